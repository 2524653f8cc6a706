package io.github.shellgen.processor.model;

/**
 * Storm's stream groupings, with the name each has in {@code TopologyBuilder}'s
 * {@code InputDeclarer} and in a Flux file.
 */
public enum GroupingType {
    SHUFFLE("shuffleGrouping", "SHUFFLE"),
    FIELDS("fieldsGrouping", "FIELDS"),
    ALL("allGrouping", "ALL"),
    GLOBAL("globalGrouping", "GLOBAL"),
    NONE("noneGrouping", "NONE"),
    LOCAL_OR_SHUFFLE("localOrShuffleGrouping", "LOCAL_OR_SHUFFLE"),
    DIRECT("directGrouping", "DIRECT"),
    /** Flux 2.8 has no PARTIAL_KEY type: it is a CUSTOM grouping with Storm's PartialKeyGrouping class. */
    PARTIAL_KEY("partialKeyGrouping", "CUSTOM"),
    CUSTOM("customGrouping", "CUSTOM");

    private final String declarerMethod;
    private final String fluxType;

    GroupingType(String declarerMethod, String fluxType) {
        this.declarerMethod = declarerMethod;
        this.fluxType = fluxType;
    }

    /** The {@code InputDeclarer} method, e.g. {@code fieldsGrouping}. */
    public String declarerMethod() {
        return declarerMethod;
    }

    /** Whether it groups by fields of the stream (and so has {@code fields}). */
    public boolean hasFields() {
        return this == FIELDS || this == PARTIAL_KEY;
    }

    /** The Flux {@code grouping.type}, e.g. {@code FIELDS}. */
    public String fluxType() {
        return fluxType;
    }
}
