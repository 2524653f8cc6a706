package io.github.shellgen.processor.read;

import io.github.shellgen.processor.model.Role;

/** The annotations that make an interface a component, and what each makes it. */
public enum ComponentAnnotation {
    PYTHON_SPOUT("io.github.shellgen.PythonSpout", Role.SPOUT),
    PYTHON_BOLT("io.github.shellgen.PythonBolt", Role.BOLT);

    private final String qualifiedName;
    private final Role role;

    ComponentAnnotation(String qualifiedName, Role role) {
        this.qualifiedName = qualifiedName;
        this.role = role;
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    /** How the user wrote it, for messages: {@code @PythonBolt}. */
    public String display() {
        return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    public Role role() {
        return role;
    }

    /** Whether it runs a Python script (and so has a {@code runtime}). */
    public boolean isPython() {
        return this == PYTHON_SPOUT || this == PYTHON_BOLT;
    }
}
