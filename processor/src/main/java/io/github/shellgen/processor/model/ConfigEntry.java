package io.github.shellgen.processor.model;

/**
 * One setting of the generated topology configuration.
 *
 * @param key the Storm configuration key
 * @param value its value
 * @param why why storm-shellgen sets it, for a comment next to it in the generated code
 */
public record ConfigEntry(String key, int value, String why) {}
