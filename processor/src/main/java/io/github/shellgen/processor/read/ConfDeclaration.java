package io.github.shellgen.processor.read;

/**
 * One {@code @Conf} as written.
 *
 * @param key its key
 * @param value its value as written
 * @param parsed the value as {@code storm jar -c} would read it ({@link ConfValue#read})
 */
public record ConfDeclaration(Member<String> key, Member<String> value, Object parsed) {}
