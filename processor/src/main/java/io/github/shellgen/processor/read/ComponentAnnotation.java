package io.github.shellgen.processor.read;

import io.github.shellgen.processor.storm.Role;

/** The annotations that make an interface a component, and what each makes it. */
public enum ComponentAnnotation {
    PYTHON_SPOUT("PythonSpout", Role.SPOUT),
    PYTHON_BOLT("PythonBolt", Role.BOLT),
    SHELL_SPOUT("ShellSpout", Role.SPOUT),
    SHELL_BOLT("ShellBolt", Role.BOLT),
    JAVA_SPOUT("JavaSpout", Role.SPOUT),
    JAVA_BOLT("JavaBolt", Role.BOLT);

    private final String qualifiedName;
    private final Role role;

    ComponentAnnotation(String simpleName, Role role) {
        this.qualifiedName = Annotations.component(simpleName);
        this.role = role;
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    /** How the user wrote it, for messages: {@code @PythonBolt}. */
    public String display() {
        return Annotations.display(qualifiedName);
    }

    public Role role() {
        return role;
    }

    /** Whether it runs a Python script (and so has a {@code script}, {@code interpreter} and {@code runtime}). */
    public boolean isPython() {
        return this == PYTHON_SPOUT || this == PYTHON_BOLT;
    }

    /** Whether it runs any command (and so has a {@code command}). */
    public boolean isShell() {
        return this == SHELL_SPOUT || this == SHELL_BOLT;
    }

    /** Whether it is an existing Java class (and so runs no subprocess, and nothing is generated for it). */
    public boolean isJava() {
        return this == JAVA_SPOUT || this == JAVA_BOLT;
    }
}
