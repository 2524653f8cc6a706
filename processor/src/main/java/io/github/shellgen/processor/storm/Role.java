package io.github.shellgen.processor.storm;

/** What a component is to Storm: a source of tuples or a consumer of them. */
public enum Role {
    SPOUT("Spout"),
    BOLT("Bolt");

    private final String suffix;

    Role(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix of generated class names: {@code Spout} or {@code Bolt}. */
    public String suffix() {
        return suffix;
    }
}
