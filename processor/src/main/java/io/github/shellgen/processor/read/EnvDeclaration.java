package io.github.shellgen.processor.read;

/** One {@code @Env} as written: a variable of the subprocess's environment. */
public record EnvDeclaration(Member<String> name, String value) {}
