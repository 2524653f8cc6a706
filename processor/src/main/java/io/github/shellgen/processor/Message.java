package io.github.shellgen.processor;

import java.util.Locale;

/**
 * Every text the processor reports, in one place. Each starts with a stable tag in brackets
 * (tests and users can search for it), states the rule, names the offending value and says the fix.
 */
public enum Message {
    SCRIPT_NOT_FOUND("ScriptNotFound",
            "%s script \"%s\" was not found at resources/%s (looked in: %s). Storm runs scripts from"
                    + " the jar's resources/ folder: put it under src/main/resources/resources/ (Maven"
                    + " copies it to the class output before compiling), or point the processor at the"
                    + " folder that holds resources/ with -Ashellgen.resourceDirs=<dir> (Gradle and IDEs"
                    + " that do not copy resources first: -Ashellgen.resourceDirs=<project>/src/main/resources)"),
    SCRIPT_PATH("ScriptPath",
            "%s script \"%s\" %s. A script is a path relative to the jar's resources/ folder, such as"
                    + " \"splitbolt.py\" or \"bolts/splitbolt.py\""),
    UNKNOWN_UPSTREAM("UnknownUpstream",
            "%s from = %s is not a component of topology \"%s\". Name one of the component interfaces"
                    + " nested in %s: %s"),
    UNKNOWN_STREAM("UnknownStream",
            "%s stream \"%s\" is not declared by \"%s\", which declares %s. Subscribe to one of those,"
                    + " or declare the stream on %s"),
    UNKNOWN_GROUPING_FIELD("UnknownGroupingField",
            "%s field \"%s\" is not a field of stream \"%s\" of \"%s\", which declares %s. Group by one"
                    + " of those, or add \"%s\" to the upstream's fields"),
    COMPONENT_OUTSIDE_TOPOLOGY("ComponentOutsideTopology",
            "%s on %s, which is not nested directly in a @Topology interface: nothing would run it."
                    + " Move it into the @Topology interface whose topology it belongs to"),
    BAD_OPTION("BadOption",
            "processor option -A%s=%s is not valid: %s"),
    UNKNOWN_OPTION("UnknownOption",
            "processor option -A%s is not an option of storm-shellgen. The options are: %s"),
    UNEXPECTED("Unexpected",
            "storm-shellgen failed unexpectedly while processing this element: %s. This is a bug in"
                    + " storm-shellgen; please report it with this message. Stack: %s");

    private final String tag;
    private final String template;

    Message(String tag, String template) {
        this.tag = tag;
        this.template = template;
    }

    public String tag() {
        return tag;
    }

    /** The full text: {@code [Tag] } followed by the template filled with {@code args}. */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(Locale.ROOT, template, args);
    }
}
