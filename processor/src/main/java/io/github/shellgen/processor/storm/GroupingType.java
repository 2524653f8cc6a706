package io.github.shellgen.processor.storm;

/**
 * Storm's stream groupings, with the name each has in {@code TopologyBuilder}'s
 * {@code InputDeclarer} and in a Flux file.
 */
public enum GroupingType {
    SHUFFLE("shuffleGrouping", "SHUFFLE", "shuffle"),
    FIELDS("fieldsGrouping", "FIELDS", "fields"),
    ALL("allGrouping", "ALL", "all"),
    GLOBAL("globalGrouping", "GLOBAL", "global"),
    NONE("noneGrouping", "NONE", "none"),
    LOCAL_OR_SHUFFLE("localOrShuffleGrouping", "LOCAL_OR_SHUFFLE", "local or shuffle"),
    DIRECT("directGrouping", "DIRECT", "direct"),
    /** Flux 2.8 has no PARTIAL_KEY type: it is a CUSTOM grouping with Storm's PartialKeyGrouping class. */
    PARTIAL_KEY("partialKeyGrouping", "CUSTOM", "partial key"),
    CUSTOM("customGrouping", "CUSTOM", "custom");

    private final String declarerMethod;
    private final String fluxType;
    private final String label;

    GroupingType(String declarerMethod, String fluxType, String label) {
        this.declarerMethod = declarerMethod;
        this.fluxType = fluxType;
        this.label = label;
    }

    /** The {@code InputDeclarer} method, e.g. {@code fieldsGrouping}. */
    public String declarerMethod() {
        return declarerMethod;
    }

    /** Whether it groups by fields of the stream (and so has {@code fields}). */
    public boolean hasFields() {
        return this == FIELDS || this == PARTIAL_KEY;
    }

    /** How a person names it, on the topology's diagram: {@code "partial key"}. */
    public String label() {
        return label;
    }

    /** The Flux {@code grouping.type}, e.g. {@code FIELDS}. */
    public String fluxType() {
        return fluxType;
    }
}
