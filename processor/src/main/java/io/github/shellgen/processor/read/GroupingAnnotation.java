package io.github.shellgen.processor.read;

import io.github.shellgen.processor.storm.GroupingType;

/** The grouping annotations, each with its {@code List} container, and the grouping each means. */
public enum GroupingAnnotation {
    SHUFFLE("io.github.shellgen.ShuffleGrouping", GroupingType.SHUFFLE),
    FIELDS("io.github.shellgen.FieldsGrouping", GroupingType.FIELDS),
    ALL("io.github.shellgen.AllGrouping", GroupingType.ALL),
    GLOBAL("io.github.shellgen.GlobalGrouping", GroupingType.GLOBAL),
    NONE("io.github.shellgen.NoneGrouping", GroupingType.NONE),
    LOCAL_OR_SHUFFLE("io.github.shellgen.LocalOrShuffleGrouping", GroupingType.LOCAL_OR_SHUFFLE),
    DIRECT("io.github.shellgen.DirectGrouping", GroupingType.DIRECT),
    PARTIAL_KEY("io.github.shellgen.PartialKeyGrouping", GroupingType.PARTIAL_KEY),
    CUSTOM("io.github.shellgen.CustomGrouping", GroupingType.CUSTOM);

    private final String qualifiedName;
    private final GroupingType type;

    GroupingAnnotation(String qualifiedName, GroupingType type) {
        this.qualifiedName = qualifiedName;
        this.type = type;
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    /** The repeatable container, {@code @ShuffleGrouping.List}, which javac puts on the element when the annotation repeats. */
    public String containerName() {
        return qualifiedName + ".List";
    }

    public String display() {
        return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    public GroupingType type() {
        return type;
    }
}
