package io.github.shellgen.processor;

import java.util.Locale;

/**
 * Every text the processor reports, in one place. Each starts with a stable tag in brackets
 * (tests and users can search for it), states the rule, names the offending value and says the fix.
 */
public enum Message {
    SCRIPT_NOT_FOUND("ScriptNotFound",
            "%s script \"%s\" was not found at resources/%s (looked in: %s). Storm would find out only when a"
                    + " worker starts it, and say no more than \"Pipe to subprocess seems to be broken! No output"
                    + " read.\". Storm runs scripts from the jar's resources/ folder: put it in"
                    + " src/main/resources/resources/ (Maven copies that to the class output before compiling,"
                    + " where this processor looks). Where resources are not copied before compiling, point the"
                    + " processor at the folder that holds resources/: in Maven <compilerArgs><arg>"
                    + "-Ashellgen.resourceDirs=${project.basedir}/src/main/resources</arg></compilerArgs>, in Gradle"
                    + " options.compilerArgs += \"-Ashellgen.resourceDirs=$projectDir/src/main/resources\", in an"
                    + " IDE the annotation processor option shellgen.resourceDirs"),
    SCRIPT_PATH("ScriptPath",
            "%s script \"%s\" %s. Storm starts a script in the jar's extracted resources/ folder, so any other"
                    + " path fails on the worker at run time, with only \"Pipe to subprocess seems to be broken!\"."
                    + " Give a path relative to that folder, such as \"splitbolt.py\" or \"bolts/splitbolt.py\""),
    RESERVED_SCRIPT_FOLDER("ReservedScriptFolder",
            "%s script \"%s\" is in resources/%s/, the folder where storm-shellgen puts its Python runtime"
                    + " (%s): in the jar one would overwrite the other. Move the script to another folder of"
                    + " resources/"),
    UNKNOWN_UPSTREAM("UnknownUpstream",
            "%s from = %s is not a component of topology \"%s\": Nimbus would reject the topology at"
                    + " submission (\"subscribes from non-existent component\"). Name one of the component"
                    + " interfaces nested in %s: %s"),
    UNKNOWN_STREAM("UnknownStream",
            "%s stream \"%s\" is not declared by \"%s\", which declares %s: Nimbus would reject the topology"
                    + " at submission (\"subscribes from non-existent stream: [%s] of component [%s]\")."
                    + " Subscribe to one of those, or declare the stream on %s"),
    UNKNOWN_GROUPING_FIELD("UnknownGroupingField",
            "%s field \"%s\" is not a field of stream \"%s\" of \"%s\", which declares %s: Nimbus would reject"
                    + " the topology at submission (\"with non-existent fields: [%s]\"). Group by one of those,"
                    + " or add \"%s\" to the upstream's fields"),
    SCRIPT_EXTENSION("ScriptExtension",
            "%s script \"%s\" does not end in .py, yet it runs as \"%s %s\". If it is not a Python script"
                    + " the process exits at start-up, and Storm says only \"Pipe to subprocess seems to be broken!\""
                    + " at run time. Rename it to end in .py if it is Python; if not, it does not belong in a %s"),
    EMPTY_INTERPRETER("EmptyInterpreter",
            "%s interpreter is empty. Storm would start the script with an empty command, and the worker dies at"
                    + " run time (\"Error when launching multilang subprocess\"). Leave interpreter out for"
                    + " \"python3\", or name the command that runs the script, such as \"/usr/bin/python3.11\""),
    EMPTY_FIELD("EmptyField",
            "%s %s has an empty field name (field %d of %s). Storm and Flux accept it without a word, but no"
                    + " grouping and no script can refer to it. Name the field"),
    DUPLICATE_FIELD("DuplicateField",
            "%s %s names field \"%s\" twice (%s). Storm's Fields rejects that (\"duplicate field '%s'\")"
                    + " when the topology is built: at submission, or when Flux builds it. Remove one, or rename it"),
    NO_FIELDS("NoFields",
            "%s on %s declares no fields. A spout exists to emit, and every tuple its script emits goes to"
                    + " stream \"default\", which it would not declare: Storm kills the worker at the first emit, at"
                    + " run time. Name the fields of the tuples the script emits, e.g. fields = {\"sentence\"}"),
    NO_GROUPING_FIELDS("NoGroupingFields",
            "%s from %s names no fields. Storm (and Flux) treat a fields grouping on no fields as a global"
                    + " grouping without a word: every tuple goes to one task. Name the fields to group by, or write"
                    + " @GlobalGrouping if one task is what you want"),
    RESERVED_ID("ReservedId",
            "%s %s \"%s\" starts with \"__\", the prefix of Storm's own components and streams (__acker,"
                    + " __system, __tick, ...). %s. Choose %s that does not start with \"__\""),
    FLUX_PLACEHOLDER("FluxPlaceholder",
            "%s %s \"%s\" contains \"${...}\", which Flux reads as a property placeholder in the generated"
                    + " YAML: without --filter or -e Flux fails with a NullPointerException while parsing it, and"
                    + " with them it replaces the text, so the Flux topology would not be the Java one. Remove the"
                    + " \"${\" or the \"}\""),
    DUPLICATE_COMPONENT_ID("DuplicateComponentId",
            "%s %s \"%s\" is already the id of %s in topology \"%s\". TopologyBuilder throws (\"Bolt has"
                    + " already been declared for id %s\") when the topology is built, at submission, and Flux"
                    + " silently keeps only one of them. Give one of them another id = \"...\""),
    PARALLELISM("Parallelism",
            "%s parallelism = %d is less than 1. TopologyBuilder throws (\"Parallelism must be positive.\") when"
                    + " the topology is built, at submission, and Flux does the same when it builds it. Use 1 or more:"
                    + " it is the number of executors, each running its own script process"),
    TASKS("Tasks",
            "%s tasks = %d is negative. Storm does not check it, and the component ends up with no tasks: nothing"
                    + " would run it. Leave tasks out (0: one task per executor), or give at least parallelism tasks"),
    FEWER_TASKS_THAN_EXECUTORS("FewerTasksThanExecutors",
            "%s tasks = %d is less than parallelism = %d. Storm never runs more executors than tasks, so only %d"
                    + " executors (and %d script processes) would run, silently. Give at least %d tasks, or leave"
                    + " tasks out for one task per executor"),
    NOT_AN_INTERFACE("NotAnInterface",
            "%s is on %s %s, which is not an interface. storm-shellgen generates a class that implements the"
                    + " annotated interface, and a topology's components are its nested interfaces. Declare it as"
                    + " an interface: interface %s {}"),
    PRIVATE_INTERFACE("PrivateInterface",
            "%s is on %s, which is private%s: the classes storm-shellgen generates in package %s could not refer"
                    + " to it. Make it package-private or public"),
    GENERIC_INTERFACE("GenericInterface",
            "%s is on %s, which has type parameters %s. Storm creates a component from its class alone, so type"
                    + " parameters mean nothing to it, and the generated class would implement a raw type. Remove %s"),
    ABSTRACT_METHOD("AbstractMethod",
            "%s interface %s declares abstract method %s, which the generated %s cannot implement: a component's"
                    + " behaviour is its script. Remove the method, or give it a default body"),
    TWO_COMPONENT_ANNOTATIONS("TwoComponentAnnotations",
            "%s is on %s, which is already a %s. One interface is one component: Storm would get two components"
                    + " from it. Keep one annotation, or declare the other component on its own nested interface"),
    SPOUT_WITH_GROUPING("SpoutWithGrouping",
            "%s is on spout %s. A spout reads from outside the topology and cannot subscribe to a stream: Nimbus"
                    + " rejects the topology at submission (\"May not declare inputs for a spout\"). Remove it, or"
                    + " make %s a bolt"),
    GROUPING_WITHOUT_BOLT("GroupingWithoutBolt",
            "%s is on %s, which is not a component: nothing would subscribe. Put @PythonBolt on it, or remove"
                    + " the grouping"),
    BOLT_WITHOUT_INPUT("BoltWithoutInput",
            "%s on %s has no grouping, so it would never receive a tuple: Flux silently drops a bolt that no"
                    + " stream reaches, and the Java topology runs it idle. Subscribe it to the component it reads"
                    + " from, e.g. @ShuffleGrouping(from = %s.class)"),
    DUPLICATE_INPUT("DuplicateInput",
            "%s from %s, stream \"%s\", repeats an input that %s already declares with %s. Storm keeps one"
                    + " grouping per upstream stream, the last one, and drops the other without a word. Keep one"),
    UNREACHABLE("Unreachable",
            "%s on %s is not reached from any spout: it reads only from %s, which no spout feeds, so it would"
                    + " never receive a tuple. Storm runs it idle without a word. Subscribe it, or one of them, to a"
                    + " spout's stream"),
    RUNTIME_MISSING("RuntimeMissing",
            "topology \"%s\" has shell components, and their generated classes extend %s from storm-shellgen's"
                    + " runtime, which is not on the compile class path. Add the dependency"
                    + " io.github.shellgen:shellgen-runtime (compile scope, so a shaded jar includes it) next to"
                    + " storm-client"),
    NO_SPOUT("NoSpout",
            "topology \"%s\" has no spout, so nothing would ever emit a tuple: Storm accepts it and runs it idle."
                    + " Declare a @PythonSpout interface nested in %s"),
    TOPOLOGY_NAME("TopologyName",
            "@Topology name \"%s\" %s. StormSubmitter rejects it at submission (\"Topology name '%s' is not"
                    + " valid. It can't be null and it must match %s\"). Use a name without / . : or \\, such as"
                    + " \"word-count\""),
    FLUX_FILE_NAME("FluxFileName",
            "@Topology name \"%s\" contains %s, which cannot be part of the Flux file name %s: javac only writes"
                    + " file names that are relative URIs, and the file must also be portable. Storm would accept the"
                    + " name, but storm-shellgen could not write the YAML. Use letters, digits and %s, such as"
                    + " \"word-count\""),
    DUPLICATE_TOPOLOGY_NAME("DuplicateTopologyName",
            "@Topology name \"%s\" is already the name of %s (\"%s\"): both would write the Flux file %s,"
                    + " one silently replacing the other (names differing only in case collide on macOS and"
                    + " Windows), and StormSubmitter refuses a name that is already running (\"Topology name %s is"
                    + " either not allowed or it already exists on the cluster\"). Rename one of them"),
    GENERATED_NAME_CLASH("GeneratedNameClash",
            "storm-shellgen would generate %s for %s, but that file already exists in this compilation (%s)."
                    + " Generated names join the simple names of the nested interfaces, so two declarations can"
                    + " meet. Rename %s or the other type"),
    COMPONENT_OUTSIDE_TOPOLOGY("ComponentOutsideTopology",
            "%s on %s, which is not nested directly in a @Topology interface: nothing would run it."
                    + " Move it into the @Topology interface whose topology it belongs to"),
    BAD_OPTION("BadOption",
            "processor option -A%s=%s is not valid: %s. Allowed values: %s"),
    UNKNOWN_OPTION("UnknownOption",
            "processor option -A%s is not an option of storm-shellgen. The options are: %s"),
    EMPTY_COMMAND("EmptyCommand",
            "%s command is empty. Storm would start no program, and the worker dies at run time (\"Error when"
                    + " launching multilang subprocess\"). Name the program and its arguments, e.g."
                    + " command = {\"node\", \"splitbolt.js\"}"),
    EMPTY_COMMAND_PART("EmptyCommandPart",
            "%s command part %d is empty (%s). An empty program cannot start, and an empty argument reaches the"
                    + " program as \"\" without a word. Remove it, or write what it should be"),
    STREAM_ID("StreamId",
            "@Stream id \"%s\" %s. Declare the default stream with the component's fields = {...}, and give"
                    + " every other stream its own non-empty id"),
    DUPLICATE_STREAM("DuplicateStream",
            "%s declares stream \"%s\" twice. Storm's OutputFieldsDeclarer throws (\"Fields for %s already"
                    + " set\") when the topology is built, at submission. Remove one, or give it another id"),
    NOT_DIRECT_STREAM("NotDirectStream",
            "%s subscribes to stream \"%s\" of \"%s\", which is not direct: Storm accepts the topology, and the"
                    + " worker fails at the first tuple. Declare it with @Stream(id = \"%s\", ..., direct = true) and"
                    + " emit to it with emitDirect, or use another grouping"),
    DIRECT_STREAM_GROUPING("DirectStreamGrouping",
            "%s subscribes to stream \"%s\" of \"%s\", which is direct: only a @DirectGrouping receives its"
                    + " tuples, since the emitter picks each tuple's task. Use @DirectGrouping, or subscribe to"
                    + " a stream that is not direct"),
    DIRECT_EMIT_BUG("DirectEmitBug",
            "%s from \"%s\", which %s: Storm 2.8.3's JSON reader fails at the first direct emit from a"
                    + " multilang process (its JsonSerializer casts the task id, which its JSON parser reads as an"
                    + " Integer, to Long), and the emitter's subprocess is restarted as broken at every direct"
                    + " emit until its component gives up. storm-shellgen's Python runtime (@PythonBolt/@PythonSpout with the default"
                    + " runtime = PythonRuntime.SHELLGEN) sends task ids Storm reads. Use it for the emitter, or"
                    + " make sure your multilang library sends task ids above 2^31 (Storm keeps the low 32 bits)"),
    UNUSABLE_CLASS("UnusableClass",
            "%s %s %s: Storm creates it by reflection (Flux too) and would fail %s. %s"),
    SETTING_RANGE("SettingRange",
            "%s %s = %d is %s. %s"),
    CONF_KEY("ConfKey",
            "%s @Conf key \"%s\" %s"),
    CONF_VALUE("ConfValue",
            "%s @Conf \"%s\" has the value null, which Storm cannot hold in a configuration (it would be"
                    + " dropped). Remove the entry, or give a value such as \"\\\"\\\"\" for the empty string"),
    DROPPED_COMPONENT_CONF("DroppedComponentConf",
            "%s @Conf key \"%s\" is one of Storm's own settings, which Storm silently removes from a"
                    + " component's configuration (it keeps only %s). %s"),
    ENV_NAME("EnvName",
            "%s @Env name \"%s\" %s. Name the variable as the subprocess reads it, such as \"PYTHONHASHSEED\""),
    METRIC_NAME("MetricName",
            "%s @Metric name \"%s\" %s"),
    SCRIPT_SYNTAX("ScriptSyntax",
            "%s script \"%s\" does not compile: %s:%d: %s. Storm would start it on every worker and restart it"
                    + " as it dies at once; fix the line"),
    SCRIPT_IMPORT("ScriptImport",
            "%s script \"%s\" imports %s at %s:%d, which is not in Python's standard library, in resources/ or"
                    + " in the packages vendored into resources/site-packages/ (looked in: %s). On a worker the"
                    + " script would stop with ModuleNotFoundError. Add the package that provides it to"
                    + " src/main/resources/resources/requirements.txt and add the shellgen-maven-plugin's vendor"
                    + " goal (see the README, \"Python packages on the workers\"), or put the module in resources/"),
    SCRIPT_EMIT_STREAM("ScriptEmitStream",
            "%s script \"%s\" emits to stream \"%s\" at %s:%d, which %s does not declare (it declares: %s)."
                    + " Storm would fail the tuple at run time. Declare it with streams = @Stream(id = \"%s\","
                    + " fields = ...), or emit to a declared stream"),
    SCRIPT_EMIT_ARITY("ScriptEmitArity",
            "%s script \"%s\" emits %d value%s to stream \"%s\" at %s:%d, whose fields are %s (%d). Storm"
                    + " would fail the tuple at run time. Emit one value per field, or change the declared fields"),
    PYTHON_CHECKS_SKIPPED("PythonChecksSkipped",
            "storm-shellgen did not check the Python scripts (syntax, imports, emits): %s. Put python3 on the"
                    + " PATH of the build, or name an interpreter with -Ashellgen.python=..., to have them checked"),
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

    /**
     * The full text: {@code [Tag] } followed by the template filled with {@code args}. Control and
     * line-break characters in the arguments are shown as Java escapes ({@code \\n}, {@code \\u2028}),
     * so a value with a line break still reads as the value, in a diagnostic of one line.
     */
    public String format(Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number || args[i] == null ? args[i] : escapeControls(String.valueOf(args[i]));
        }
        return "[" + tag + "] " + String.format(Locale.ROOT, template, shown);
    }

    private static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
