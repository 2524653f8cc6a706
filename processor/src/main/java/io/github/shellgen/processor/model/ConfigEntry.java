package io.github.shellgen.processor.model;

/**
 * One configuration setting.
 *
 * @param key the configuration key
 * @param value its value: an Integer, Long, Double, Boolean, String, or a List or Map of those
 *     (the JSON values Storm's configuration holds)
 * @param why why it is set, for a comment next to it in the generated code
 */
public record ConfigEntry(String key, Object value, String why) {}
