package io.github.shellgen.processor.diagnostic;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every text the processor reports, with its severity, in one place. Each starts with a stable tag
 * in brackets (tests and users can search for it), states the rule, names the offending value and
 * says the fix. One tag may have several texts, one per way the rule is broken; the arguments are
 * values only, never wording.
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
    EMPTY_SCRIPT_PATH("ScriptPath", "%s script \"%s\" is empty." + Text.SCRIPT_PATH_FIX),
    ABSOLUTE_SCRIPT_PATH("ScriptPath", "%s script \"%s\" is absolute." + Text.SCRIPT_PATH_FIX),
    SCRIPT_PATH_LEAVES_RESOURCES("ScriptPath",
            "%s script \"%s\" contains \"..\", which would leave the resources/ folder." + Text.SCRIPT_PATH_FIX),
    SCRIPT_PATH_WITH_NUL("ScriptPath",
            "%s script \"%s\" contains a NUL character, which no file name can hold." + Text.SCRIPT_PATH_FIX),
    SCRIPT_PATH_OF_FOLDER("ScriptPath", "%s script \"%s\" names a folder, not a file." + Text.SCRIPT_PATH_FIX),
    INVALID_SCRIPT_PATH("ScriptPath",
            "%s script \"%s\" is not a valid path (%s)." + Text.SCRIPT_PATH_FIX),
    RESERVED_SCRIPT_FOLDER("ReservedScriptFolder",
            "%s script \"%s\" is in resources/%s/, the folder where storm-shellgen puts its Python runtime"
                    + " (%s): in the jar one would overwrite the other. Move the script to another folder of"
                    + " resources/"),
    UNKNOWN_UPSTREAM("UnknownUpstream",
            "%s from = %s is not a component of topology \"%s\"" + Text.UNKNOWN_UPSTREAM + ": %s"),
    UNKNOWN_UPSTREAM_NO_COMPONENTS("UnknownUpstream",
            "%s from = %s is not a component of topology \"%s\"" + Text.UNKNOWN_UPSTREAM + ": (it has none)"),
    UNKNOWN_STREAM("UnknownStream",
            "%s stream \"%s\" is not declared by \"%s\", which declares %s" + Text.UNKNOWN_STREAM),
    UNKNOWN_STREAM_NO_STREAMS("UnknownStream",
            "%s stream \"%s\" is not declared by \"%s\", which declares no streams (it emits nothing)"
                    + Text.UNKNOWN_STREAM),
    UNKNOWN_GROUPING_FIELD("UnknownGroupingField",
            "%s field \"%s\" is not a field of stream \"%s\" of \"%s\", which declares %s: Nimbus would reject"
                    + " the topology at submission (\"with non-existent fields: [%s]\"). Group by one of those,"
                    + " or add \"%s\" to the upstream's fields"),
    SCRIPT_EXTENSION(Diagnostic.Kind.WARNING, "ScriptExtension",
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
            "%s %s names field \"%s\" twice (fields %d and %d). Storm's Fields rejects that (\"duplicate field '%s'\")"
                    + " when the topology is built: at submission, or when Flux builds it. Remove one, or rename it"),
    NO_FIELDS("NoFields",
            "%s on %s declares no fields. A spout exists to emit, and every tuple its script emits goes to"
                    + " stream \"default\", which it would not declare: Storm kills the worker at the first emit, at"
                    + " run time. Name the fields of the tuples the script emits, e.g. fields = {\"sentence\"}"),
    NO_GROUPING_FIELDS("NoGroupingFields",
            "%s from %s names no fields. Storm (and Flux) treat a fields grouping on no fields as a global"
                    + " grouping without a word: every tuple goes to one task. Name the fields to group by, or write"
                    + " @GlobalGrouping if one task is what you want"),
    RESERVED_COMPONENT_ID("ReservedId",
            "%s %s \"%s\" starts with \"__\", the prefix of Storm's own components and streams (__acker,"
                    + " __system, __tick, ...). Nimbus rejects the topology at submission (\"%s is not a valid"
                    + " component id.\"). Choose an id that does not start with \"__\""),
    RESERVED_STREAM_ID("ReservedId",
            "%s %s \"%s\" starts with \"__\", the prefix of Storm's own components and streams (__acker,"
                    + " __system, __tick, ...). No component can declare such a stream: Nimbus rejects one that does"
                    + " at submission (\"%s is not a valid stream id.\"). Choose a stream that does not start with"
                    + " \"__\""),
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
    FEWER_TASKS_THAN_EXECUTORS(Diagnostic.Kind.WARNING, "FewerTasksThanExecutors",
            "%s tasks = %d is less than parallelism = %d. Storm never runs more executors than tasks, so only %d"
                    + " executors (and %d script processes) would run, silently. Give at least %d tasks, or leave"
                    + " tasks out for one task per executor"),
    NOT_AN_INTERFACE("NotAnInterface",
            "%s is on %s %s, which is not an interface. storm-shellgen generates a class that implements the"
                    + " annotated interface, and a topology's components are its nested interfaces. Declare it as"
                    + " an interface: interface %s {}"),
    PRIVATE_INTERFACE("PrivateInterface",
            "%s is on %s, which is private: the classes storm-shellgen generates in package %s could not refer"
                    + " to it. Make it package-private or public"),
    PRIVATE_ENCLOSING_TYPE("PrivateInterface",
            "%s is on %s, which is private (it is nested in a private type): the classes storm-shellgen generates"
                    + " in package %s could not refer to it. Make it package-private or public"),
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
    UNREACHABLE(Diagnostic.Kind.WARNING, "Unreachable",
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
    EMPTY_TOPOLOGY_NAME("TopologyName", "@Topology name \"%s\" is empty." + Text.TOPOLOGY_NAME_FIX),
    TOPOLOGY_NAME_CHARACTER("TopologyName",
            "@Topology name \"%s\" contains '%s'." + Text.TOPOLOGY_NAME_FIX),
    FLUX_FILE_NAME("FluxFileName",
            "@Topology name \"%s\" contains %s, which cannot be part of the Flux file name %s: javac only writes"
                    + " file names that are relative URIs, and the file must also be portable. Storm would accept the"
                    + " name, but storm-shellgen could not write the YAML. Use letters, digits and the characters %s, such as"
                    + " \"word-count\""),
    DUPLICATE_TOPOLOGY_NAME("DuplicateTopologyName",
            "@Topology name \"%s\" is already the name of %s (\"%s\"): both would write the Flux file %s,"
                    + " one silently replacing the other (names differing only in case collide on macOS and"
                    + " Windows), and StormSubmitter refuses a name that is already running (\"Topology name %s is"
                    + " either not allowed or it already exists on the cluster\"). Rename one of them"),
    GENERATED_NAME_CLASH("GeneratedNameClash",
            "storm-shellgen would generate %s for %s, but that file already exists in this compilation (it is"
                    + " generated for %s)." + Text.GENERATED_NAMES_MEET),
    GENERATED_NAME_IN_SOURCE("GeneratedNameClash",
            "storm-shellgen would generate %s for %s, but that file already exists in this compilation (a source"
                    + " of this compilation declares it)." + Text.GENERATED_NAMES_MEET),
    GENERATED_NAME_TAKEN("GeneratedNameClash",
            "storm-shellgen would generate %s for %s, but that file already exists in this compilation (%s)."
                    + Text.GENERATED_NAMES_MEET),
    STATEFUL_WITHOUT_BOLT("StatefulPlacement",
            "@Stateful is on %s, which is not a component: nothing would keep its state. Put it on the"
                    + " @PythonBolt or @ShellBolt interface whose script keeps the state"),
    STATEFUL_ON_SPOUT("StatefulPlacement",
            "@Stateful is on %s %s: Storm checkpoints the state of bolts only. Put it on the bolt that keeps"
                    + " the state, and let the spout replay what fails"),
    STATEFUL_ON_JAVA_BOLT("StatefulPlacement",
            "@Stateful is on @JavaBolt %s: a Java bolt is stateful by itself. Extend Storm's BaseStatefulBolt"
                    + " (initState(KeyValueState)), or remove @Stateful"),
    STATEFUL_ON_STOCK("StatefulRuntime",
            "@Stateful is on %s, which runs on Storm's storm.py (runtime = STOCK): storm.py has no stateful"
                    + " bolt, so the script could neither receive its state nor give its changes at a checkpoint."
                    + " Remove runtime = STOCK (storm-shellgen's runtime has storm.StatefulBolt, and runs storm.py"
                    + " scripts unchanged), or remove @Stateful"),
    STATEFUL_WITH_WINDOW("StatefulWindow",
            "%s has both @Stateful and @Window: a stateful windowed Python bolt is not supported yet (Storm's"
                    + " IStatefulWindowedBolt is not wired to scripts). Keep the state in a @Stateful bolt fed by"
                    + " the windowed bolt's output, or remove one of the two"),
    BATCH_WITHOUT_BOLT("BatchPlacement",
            "@Batch is on %s, which is not a component: nothing would batch its input. Put it on the @PythonBolt"
                    + " or @ShellBolt interface whose script takes batches"),
    BATCH_ON_SPOUT("BatchPlacement",
            "@Batch is on %s %s: a spout has no input to batch. Put it on the bolt whose script takes its input"
                    + " in batches (a storm.BatchBolt)"),
    BATCH_ON_JAVA_BOLT("BatchPlacement",
            "@Batch is on @JavaBolt %s: a Java bolt runs no script to hand batches to. Remove @Batch (a Java"
                    + " bolt that wants batches buffers in execute() and flushes on tick tuples)"),
    BATCH_ON_STOCK("BatchRuntime",
            "@Batch is on %s, which runs on Storm's storm.py (runtime = STOCK): storm.py has no batch bolt and"
                    + " hands the script one tuple per call. Remove runtime = STOCK (storm-shellgen's runtime has"
                    + " storm.BatchBolt, and runs storm.py scripts unchanged), or remove @Batch"),
    BATCH_WITH_WINDOW("BatchWindow",
            "%s has both @Batch and @Window: a windowed bolt's script already gets its tuples many at a time, a"
                    + " window per process(window) call. Remove @Batch (or @Window, for batches without windows)"),
    BATCH_WITH_STATEFUL("BatchStateful",
            "%s has both @Batch and @Stateful: a stateful batch bolt is not supported yet (a batch's changes"
                    + " to the state cannot be undone tuple by tuple). Keep the state in a @Stateful bolt fed by the"
                    + " batch bolt's output, or remove one of the two"),
    BATCH_SIZE("BatchSize",
            "@Batch maxSize = %d is not between 1 and %d: it is the most tuples a batch holds. Choose a size"
                    + " the script handles in one call, such as 100 (the default) or 1000"),
    BATCH_WAIT("BatchWait",
            "@Batch maxWait = \"%s\" is not a duration. Write a whole number and a unit: \"0ms\" (no wait, the"
                    + " default), \"20ms\", \"1s\""),
    BATCH_WAIT_TIMEOUT("BatchWait",
            "@Batch maxWait = \"%s\" is not shorter than the topology's message timeout of %d s (%s): a tuple"
                    + " waiting for its batch to fill would time out and be replayed. Wait less (a batch bolt's"
                    + " wait is meant to be a fraction of a second), or set messageTimeoutSecs on @Topology"),
    STATE_PROVIDER_MISSING("StateProvider",
            "@Topology of %s has stateful bolts (%s) but names no stateProvider: Storm would keep their state in"
                    + " the worker's memory, lost with the worker. Name where it is kept: stateProvider ="
                    + " RedisKeyValueStateProvider.class (storm-redis; the state outlives the worker) or"
                    + " InMemoryKeyValueStateProvider.class (tests and local runs)"),
    STATE_WITHOUT_STATEFUL_BOLT("StateProvider",
            "@Topology %s = \"%s\" is set, but no bolt of %s has @Stateful: Storm would checkpoint nothing."
                    + " Put @Stateful on the bolt whose state it is, or remove %s"),
    STATE_CONFIG("StateConfig",
            "@Topology stateConfig = \"%s\" is not a JSON object: Storm's state provider reads it as one, and"
                    + " fails when a worker starts the stateful bolt. Write it as {\"jedisPoolConfig\": {\"host\":"
                    + " \"127.0.0.1\", \"port\": 6379}} (storm-redis' form), or leave it empty for the provider's defaults"),
    STATE_CHECKPOINT("StateCheckpoint",
            "@Topology checkpointEvery = \"%s\" is not a positive duration. Write a whole number and a unit:"
                    + " \"500ms\", \"2s\", \"1min\"; or leave it empty for Storm's 1 second"),
    STATE_CHECKPOINT_TIMEOUT("StateCheckpoint",
            "@Topology checkpointEvery = \"%s\" is not shorter than the topology's message timeout of %d s (%s):"
                    + " a stateful bolt's tuples are acked when the checkpoint after them commits, so they would time"
                    + " out and be replayed, again and again. Checkpoint more often, or set messageTimeoutSecs on"
                    + " @Topology above %d"),
    STATE_CONF_KEY("StateConfig",
            "%s @Conf key \"%s\" is a key of Storm's checkpointing, which storm-shellgen sets from @Topology:"
                    + " a @Conf of it would fight the attribute. Set it with @Topology(%s = ...)"),
    WINDOW_CONF_KEY("WindowConfig",
            "%s @Conf key \"%s\" is a key of Storm's windowing executor, which runs only a bolt with @Window: here it"
                    + " would do nothing, or fight @Window's own. Give the bolt its window with @Window(length = ...,"
                    + " every = ...)"),
    WINDOW_WITHOUT_BOLT("WindowPlacement",
            "@Window is on %s, which is not a component: nothing would run the window. Put it on a @PythonBolt or"
                    + " @ShellBolt interface, or remove it"),
    WINDOW_ON_SPOUT("WindowPlacement",
            "@Window is on %s %s: a spout has no input to window. Put it on the bolt that should see the windows"),
    WINDOW_ON_JAVA_BOLT("WindowPlacement",
            "@Window is on @JavaBolt %s: a Java bolt windows itself. Extend Storm's BaseWindowedBolt with"
                    + " withWindow(...), or remove @Window"),
    WINDOW_ON_STOCK("WindowRuntime",
            "@Window is on %s, which runs on Storm's storm.py (runtime = STOCK): storm.py has no windowed bolt"
                    + " class, so the script could not receive its windows. Remove runtime = STOCK (storm-shellgen's"
                    + " runtime has storm.WindowedBolt, and runs storm.py scripts unchanged), or remove @Window"),
    WINDOW_SPAN("WindowSpan",
            "@Window %s = \"%s\" is not a duration or a tuple count. Write a whole number and a unit: \"500ms\","
                    + " \"10s\", \"5min\", \"1h\"%s"),
    WINDOW_SPAN_ZERO("WindowSpan",
            "@Window %s = \"%s\" is zero: Storm refuses a window that is not positive when the worker starts."
                    + " Give it a length of at least 1"),
    WINDOW_SLIDE_LONGER("WindowSlide",
            "@Window every = \"%s\" is longer than length = \"%s\": windows would leave out the tuples between them."
                    + " Make every at most the length, or leave it out for a tumbling window (every = length)"),
    WINDOW_NEEDS_TIMESTAMP("WindowEventTime",
            "@Window %s = \"%s\" needs timestampField: it applies to windows of event time only, and %s. Name"
                    + " the field holding each tuple's time in milliseconds, timestampField = \"...\", or remove %s"),
    WINDOW_TIMESTAMP_FIELD("WindowTimestampField",
            "@Window timestampField = \"%s\" is not a field of stream \"%s\" of \"%s\", which %s subscribes to"
                    + " and which declares %s: every tuple of that stream would be failed for lacking its time."
                    + " Add \"%s\" to that stream's fields, or name a field every input stream has"),
    WINDOW_LATE_STREAM_UNDECLARED("WindowLateStream",
            "@Window lateStream = \"%s\" is not declared by %s, which declares %s: Storm refuses the bolt when the"
                    + " worker starts (\"Stream for late tuples must be defined\"). Declare it with the fields of"
                    + " the input: streams = @Stream(id = \"%s\", fields = %s)"),
    WINDOW_LATE_STREAM_FIELDS("WindowLateStream",
            "@Window lateStream = \"%s\" declares the fields %s, but a late tuple goes to it as it came, with the"
                    + " fields of its input stream \"%s\" of \"%s\": %s. Declare the late stream with those fields%s"),
    WINDOW_LATE_STREAM_DIRECT("WindowLateStream",
            "@Window lateStream = \"%s\" is declared direct, but late tuples go to it without a task: subscribers"
                    + " with @DirectGrouping would receive none. Declare it without direct = true"),
    WINDOW_LONGER_THAN_TIMEOUT("WindowTimeout",
            "@Window length + every is %s, longer than the topology's message timeout of %d s (%s): its tuples"
                    + " would time out inside the window, and Storm refuses the bolt when the worker starts"
                    + " (\"Window duration (length + sliding interval) value %d is more than"
                    + " topology.message.timeout.secs value %d\"). Shorten the window, or set messageTimeoutSecs on"
                    + " @Topology to at least %d"),
    WINDOW_COUNT_OVER_PENDING("WindowTimeout",
            "@Window length + every is %d tuples, more than the %d tuples a spout may have pending (%s): the"
                    + " spouts would stop emitting before a window fills%s. Shorten the window, or set maxSpoutPending"
                    + " on @Topology to at least %d"),
    COMPONENT_OUTSIDE_TOPOLOGY("ComponentOutsideTopology",
            "%s on %s, which is not nested directly in a @Topology interface: nothing would run it."
                    + " Move it into the @Topology interface whose topology it belongs to"),
    EMPTY_OPTION("BadOption",
            "processor option -A%s=%s is not valid: it is empty. Allowed values: %s"),
    RESOURCE_DIR_NOT_A_DIRECTORY("BadOption",
            "processor option -A%s=%s is not valid: \"%s\" (%s) is not a directory. Allowed values: %s"),
    RESOURCE_DIR_NOT_A_PATH("BadOption",
            "processor option -A%s=%s is not valid: \"%s\" is not a path (%s). Allowed values: %s"),
    UNKNOWN_OPTION("UnknownOption",
            "processor option -A%s is not an option of storm-shellgen. The options are: %s"),
    EMPTY_COMMAND("EmptyCommand",
            "%s command is empty. Storm would start no program, and the worker dies at run time (\"Error when"
                    + " launching multilang subprocess\"). Name the program and its arguments, e.g."
                    + " command = {\"node\", \"splitbolt.js\"}"),
    EMPTY_COMMAND_PART("EmptyCommandPart",
            "%s command part %d is empty (%s). An empty program cannot start, and an empty argument reaches the"
                    + " program as \"\" without a word. Remove it, or write what it should be"),
    EMPTY_STREAM_ID("StreamId",
            "@Stream id \"%s\" is empty." + Text.STREAM_ID_FIX),
    DEFAULT_STREAM_ID("StreamId",
            "@Stream id \"%s\" is the default stream, which the component's fields declare." + Text.STREAM_ID_FIX),
    DUPLICATE_STREAM("DuplicateStream",
            "%s declares stream \"%s\" twice. Storm's OutputFieldsDeclarer throws (\"Fields for %s already"
                    + " set\") when the topology is built, at submission. Remove one, or give it another id"),
    NOT_DIRECT_STREAM("NotDirectStream",
            "%s subscribes to stream \"%s\" of \"%s\", which is not direct: Storm accepts the topology, and the"
                    + " worker fails at the first tuple. Declare it with @Stream(id = \"%s\", fields = {...},"
                    + " direct = true) and emit to it with emitDirect, or use another grouping"),
    NOT_DIRECT_DEFAULT_STREAM("NotDirectStream",
            "%s subscribes to the default stream of \"%s\", which is not direct: Storm accepts the topology, and"
                    + " the worker fails at the first tuple. The default stream is declared by fields and is never"
                    + " direct here: declare a direct stream on %s with streams = @Stream(id = \"direct\", fields ="
                    + " {...}, direct = true), subscribe with @DirectGrouping(from = %s.class, stream = \"direct\"),"
                    + " and emit to it with emitDirect; or use another grouping"),
    DIRECT_STREAM_GROUPING("DirectStreamGrouping",
            "%s subscribes to stream \"%s\" of \"%s\", which is direct: only a @DirectGrouping receives its"
                    + " tuples, since the emitter picks each tuple's task. Use @DirectGrouping, or subscribe to"
                    + " a stream that is not direct"),
    DIRECT_EMIT_BUG_COMMAND(Diagnostic.Kind.WARNING, "DirectEmitBug",
            "%s from \"%s\", which runs a command (%s)" + Text.DIRECT_EMIT_BUG),
    DIRECT_EMIT_BUG_STOCK(Diagnostic.Kind.WARNING, "DirectEmitBug",
            "%s from \"%s\", which runs on Storm's storm.py (runtime = PythonRuntime.STOCK)" + Text.DIRECT_EMIT_BUG),
    UNUSABLE_CLASS_NOT_A_CLASS("UnusableClass",
            "%s %s = %s.class: %s is not a class" + Text.BY_REFLECTION + " Name a class."),
    UNUSABLE_CLASS_ABSTRACT("UnusableClass",
            "%s %s = %s.class: %s is abstract" + Text.BY_REFLECTION + " Name a concrete subclass."),
    UNUSABLE_CLASS_NOT_PUBLIC("UnusableClass",
            "%s %s = %s.class: %s is not public" + Text.BY_REFLECTION + Text.MAKE_PUBLIC),
    UNUSABLE_CLASS_IN_NOT_PUBLIC("UnusableClass",
            "%s %s = %s.class: %s is nested in %s, which is not public" + Text.BY_REFLECTION + Text.MAKE_PUBLIC),
    UNUSABLE_CLASS_INNER("UnusableClass",
            "%s %s = %s.class: %s is an inner (non-static) class" + Text.BY_REFLECTION + " Make it static."),
    UNUSABLE_CLASS_NO_CONSTRUCTOR("UnusableClass",
            "%s %s = %s.class: %s has no public no-arg constructor" + Text.BY_REFLECTION + " Add one."),
    UNUSABLE_CLASS_WRONG_TYPE("UnusableClass",
            "%s %s = %s.class: %s does not implement %s" + Text.BY_REFLECTION + " Implement %s."),
    SETTING_RANGE("SettingRange",
            "%s %s = %d is less than %d. Use %d or more (%s)"),
    METRIC_INTERVAL("SettingRange",
            "@Metric \"%s\" %s = %d is less than 1. Storm reports a metric every %s seconds: use 1 or more"),
    EMPTY_CONF_KEY("ConfKey",
            "%s @Conf key \"%s\" is empty. Name the setting, such as \"wordcount.min.length\""),
    CONF_KEY_TWICE("ConfKey",
            "%s @Conf key \"%s\" is set twice: only one value can win. Keep one"),
    CONF_KEY_OF_ATTRIBUTE("ConfKey",
            "%s @Conf key \"%s\" is what %s's %s sets. Use %s = ... instead"),
    UNKNOWN_SHELLGEN_KEY("ConfKey",
            "%s @Conf key \"%s\" is in storm-shellgen's namespace but is none of its keys (%s): nothing would"
                    + " read it. Spell one of those, or name your script's own setting outside shellgen.*"),
    SHELLGEN_CONF_RANGE("SettingRange",
            "%s @Conf \"%s\" = %s is not a whole number of at least 0: every shell component it reaches would"
                    + " refuse to start. Use 0 or more"),
    CONF_VALUE("ConfValue",
            "%s @Conf \"%s\" has the value null, which Storm cannot hold in a configuration (it would be"
                    + " dropped). Remove the entry, or give a value such as \"\\\"\\\"\" for the empty string"),
    DROPPED_COMPONENT_CONF("DroppedComponentConf",
            "%s @Conf key \"%s\" is one of Storm's own settings, which Storm silently removes from a"
                    + " component's configuration (it keeps only %s). Set it for the whole topology in"
                    + " @Topology(config = @Conf(key = \"%s\", ...))."),
    DROPPED_COMPONENT_CONF_OF_ATTRIBUTE("DroppedComponentConf",
            "%s @Conf key \"%s\" is one of Storm's own settings, which Storm silently removes from a"
                    + " component's configuration (it keeps only %s). Set it for the whole topology with"
                    + " @Topology(%s = ...)."),
    EMPTY_ENV_NAME("EnvName",
            "%s @Env name \"%s\" is empty." + Text.ENV_NAME_FIX),
    ENV_NAME_WITH_EQUALS("EnvName",
            "%s @Env name \"%s\" contains '=', which ends a variable's name." + Text.ENV_NAME_FIX),
    ENV_NAME_WITH_NUL("EnvName",
            "%s @Env name \"%s\" contains a NUL character." + Text.ENV_NAME_FIX),
    ENV_NAME_TWICE("EnvName",
            "%s @Env name \"%s\" is set twice: the subprocess would see only the last value." + Text.ENV_NAME_FIX),
    EMPTY_METRIC_NAME("MetricName",
            "%s @Metric name \"%s\" is empty: Storm rejects an update without a name (\"Receive Metrics name is"
                    + " empty\") and kills the worker. Name it as the script's rpcMetrics calls do"),
    METRIC_NAME_TWICE("MetricName",
            "%s @Metric name \"%s\" is declared twice: Storm refuses to register a name twice (\"has already"
                    + " been registered\") when the component starts. Keep one"),
    SCRIPT_SYNTAX("ScriptSyntax",
            "%s script \"%s\" does not compile: %s:%d: %s. Storm would start it on every worker and restart it"
                    + " as it dies at once; fix the line"),
    SCRIPT_IMPORT("ScriptImport",
            "%s script \"%s\" imports %s at %s:%d, which is not in Python's standard library, in the script's"
                    + " folder or in the packages vendored into resources/site-packages/ (looked in: %s). On a worker"
                    + " the script would stop with ModuleNotFoundError" + Text.SCRIPT_PATH_RULE + ". Add the package"
                    + " that provides it to src/main/resources/resources/requirements.txt and add the"
                    + " shellgen-maven-plugin's vendor goal (see the guide, docs/python-packages.md), or"
                    + " put the module in the script's folder"),
    SCRIPT_IMPORT_STOCK("ScriptImport",
            "%s script \"%s\" imports %s at %s:%d, which is not in Python's standard library or in the script's"
                    + " folder (looked in: %s). On a worker the script would stop with ModuleNotFoundError"
                    + Text.SCRIPT_PATH_RULE + "; on Storm's storm.py (runtime = PythonRuntime.STOCK) the packages"
                    + " vendored into resources/site-packages/ are not on the path either. Put the module in the"
                    + " script's folder, or run the script on storm-shellgen's runtime (the default), which adds the"
                    + " vendored packages"),
    SCRIPT_IMPORT_STOCK_STORM("ScriptImport",
            "%s script \"%s\" imports storm at %s:%d, but no storm.py is in the script's folder (looked in: %s)."
                    + " With runtime = PythonRuntime.STOCK the script runs on Storm's own storm.py, which must lie"
                    + " beside it; on a worker it would stop with ModuleNotFoundError. Put Storm's storm.py (from"
                    + " org.apache.storm:multilang-python) in the script's folder, or remove runtime ="
                    + " PythonRuntime.STOCK: storm-shellgen's runtime provides storm itself"),
    SCRIPT_RELATIVE_IMPORT("ScriptImport",
            "%s script \"%s\" has a relative import (%s) at %s:%d. Storm runs the script as __main__, which is"
                    + " in no package, so on a worker it would stop with \"ImportError: attempted relative import"
                    + " with no known parent package\". Import the module by its name (from helper import x): the"
                    + " script's own folder is on its path"),
    SCRIPT_EMIT_STREAM("ScriptEmitStream",
            "%s script \"%s\" emits to stream \"%s\" at %s:%d, which component \"%s\" does not declare (it"
                    + " declares: %s). Storm would fail the tuple at run time. %s, or emit to a declared stream"),
    SCRIPT_EMIT_NO_STREAMS("ScriptEmitStream",
            "%s script \"%s\" emits to stream \"%s\" at %s:%d, but component \"%s\" declares no output fields"
                    + " or streams. Storm would fail the tuple at run time. Declare the fields its emits carry"
                    + " (fields = {\"word\"}, say, for the default stream), or do not emit"),
    SCRIPT_EMIT_NOT_DIRECT("ScriptEmitDirect",
            "%s script \"%s\" emits to stream \"%s\" at %s:%d without a task, but the stream is direct: a"
                    + " direct stream's tuples go only where the emitter says. Storm would fail the emit at run time."
                    + " Name the task (storm.emitDirect(task, values, stream=...), or emit(..., directTask=task)), or"
                    + " declare the stream with direct = false"),
    SCRIPT_EMIT_DIRECT("ScriptEmitDirect",
            "%s script \"%s\" emits direct to a task on stream \"%s\" at %s:%d, which is not a direct stream."
                    + " Storm would fail the emit at run time. Emit without a task, or declare the stream with"
                    + " direct = true (and subscribe to it with @DirectGrouping)"),
    SCRIPT_CHECK_FAILED("PythonCheckFailed",
            "%s script \"%s\" could not be checked: the checker failed on it (%s). It is not known to work on a"
                    + " worker. If python3 itself runs the script, this is a bug in storm-shellgen's checker: please"
                    + " report it with this message; a line that should be left to run time can say"
                    + " \"# shellgen: ignore\""),
    SCRIPT_EMIT_ARITY("ScriptEmitArity",
            "%s script \"%s\" emits %d value%s to stream \"%s\" at %s:%d, whose fields are %s (%d). Storm"
                    + " would fail the tuple at run time. Emit one value per field, or change the declared fields"),
    SCRIPT_NOT_WINDOWED("ScriptWindow",
            "%s script \"%s\": its class %s, a storm.%s (%s:%d), is not a storm.WindowedBolt, yet the bolt has"
                    + " @Window: it would be given whole windows as tuples, and refuses to start. Make it a"
                    + " storm.WindowedBolt, whose process(window) is called once per window"),
    SCRIPT_WINDOWED_WITHOUT_WINDOW("ScriptWindow",
            "%s script \"%s\": its class %s is a storm.WindowedBolt (%s:%d), yet the bolt has no @Window: it would"
                    + " never be given a window, and refuses to start. Put @Window(length = ...) on %s, or make the"
                    + " class a storm.BasicBolt"),
    SCRIPT_NOT_STATEFUL("ScriptState",
            "%s script \"%s\": its class %s, a storm.%s (%s:%d), is not a storm.StatefulBolt, yet the bolt has"
                    + " @Stateful: it would never receive its state nor give its changes at a checkpoint, and refuses"
                    + " to start. Make it a storm.StatefulBolt, whose init_state(state) receives the state"),
    SCRIPT_STATEFUL_WITHOUT_STATEFUL("ScriptState",
            "%s script \"%s\": its class %s is a storm.StatefulBolt (%s:%d), yet the bolt has no @Stateful: it"
                    + " would never be given its state, and refuses to start. Put @Stateful on %s (and name the"
                    + " topology's stateProvider), or make the class a storm.BasicBolt"),
    SCRIPT_NOT_BATCH("ScriptBatch",
            "%s script \"%s\": its class %s, a storm.%s (%s:%d), is not a storm.BatchBolt, yet the bolt has"
                    + " @Batch: it would be handed lists of tuples it cannot read, and refuses to start. Make it a"
                    + " storm.BatchBolt, whose process(batch) is called with a list of tuples"),
    SCRIPT_BATCH_WITHOUT_BATCH("ScriptBatch",
            "%s script \"%s\": its class %s is a storm.BatchBolt (%s:%d), yet the bolt has no @Batch: it would"
                    + " never be handed a batch, and refuses to start. Put @Batch on %s, or make the class a"
                    + " storm.BasicBolt"),
    PYTHON_NOT_RUN(Diagnostic.Kind.NOTE, "PythonChecksSkipped",
            "storm-shellgen did not check the Python scripts (syntax, imports, emits): %s could not be run (%s)."
                    + Text.PYTHON_CHECKS_FIX),
    PYTHON_ANSWER_UNREADABLE(Diagnostic.Kind.NOTE, "PythonChecksSkipped",
            "storm-shellgen did not check the Python scripts (syntax, imports, emits): the checker's answer"
                    + " \"%s\" could not be read (%s)." + Text.PYTHON_CHECKS_FIX),
    UNEXPECTED("Unexpected",
            "storm-shellgen failed unexpectedly while processing this element: %s." + Text.BUG + " Stack: %s"),
    UNEXPECTED_IN_DIAGRAM("Unexpected",
            "storm-shellgen failed unexpectedly while processing this element: drawing the diagram of %s: %s."
                    + Text.BUG + " Stack: "),
    UNEXPECTED_IN_WRITE("Unexpected",
            "storm-shellgen failed unexpectedly while processing this element: writing %s: %s." + Text.BUG
                    + " Stack: ");

    /** When Storm would create a class an annotation names, and fail: the last words of an UnusableClass text. */
    public enum Moment {
        TOPOLOGY_BUILT("when the topology is built"),
        FIRST_SHELL_COMPONENT("when a worker starts the first shell component"),
        STATEFUL_BOLT_STARTS("when a worker starts a stateful bolt");

        private final String words;

        Moment(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** Wording that several texts share. */
    private static final class Text {
        static final String TOPOLOGY_NAME_FIX = " StormSubmitter rejects it at submission (\"Topology name '%s' is not"
                + " valid. It can't be null and it must match %s\"). Use a name without / . : or \\, such as"
                + " \"word-count\"";
        static final String SCRIPT_PATH_FIX = " Storm starts a script in the jar's extracted resources/ folder, so"
                + " any other path fails on the worker at run time, with only \"Pipe to subprocess seems to be"
                + " broken!\". Give a path relative to that folder, such as \"splitbolt.py\" or"
                + " \"bolts/splitbolt.py\"";
        static final String UNKNOWN_UPSTREAM = ": Nimbus would reject the topology at submission (\"subscribes"
                + " from non-existent component\"). Name one of the component interfaces nested in %s";
        static final String UNKNOWN_STREAM = ": Nimbus would reject the topology at submission (\"subscribes from"
                + " non-existent stream: [%s] of component [%s]\"). Subscribe to one of those, or declare the stream"
                + " on %s";
        static final String GENERATED_NAMES_MEET = " Generated names join the simple names of the nested"
                + " interfaces, so two declarations can meet. Rename %s or the other type";
        static final String STREAM_ID_FIX = " Declare the default stream with the component's fields = {...}, and"
                + " give every other stream its own non-empty id";
        static final String DIRECT_EMIT_BUG = ": Storm 2.8.3's JSON reader fails at the first direct emit from a"
                + " multilang process (its JsonSerializer casts the task id, which its JSON parser reads as an"
                + " Integer, to Long), and the emitter's subprocess is restarted as broken at every direct"
                + " emit until its component gives up. storm-shellgen's Python runtime (@PythonBolt/@PythonSpout"
                + " with the default runtime = PythonRuntime.SHELLGEN) sends task ids Storm reads. Use it for the"
                + " emitter, or make sure your multilang library sends task ids above 2^31 (Storm keeps the low 32"
                + " bits)";
        static final String BY_REFLECTION = ": Storm creates it by reflection (Flux too) and would fail %s.";
        static final String MAKE_PUBLIC = " Make it public (and every class it is nested in).";
        static final String ENV_NAME_FIX = " Name the variable as the subprocess reads it, such as \"PYTHONHASHSEED\"";
        static final String SCRIPT_PATH_RULE = ": Python looks for a script's modules in the script's own folder,"
                + " not in resources/ above it";
        static final String PYTHON_CHECKS_FIX = " Put python3 on the PATH of the build, or name an interpreter with"
                + " -Ashellgen.python=..., to have them checked";
        static final String BUG = " This is a bug in storm-shellgen; please report it with this message.";
    }

    private final Diagnostic.Kind kind;
    private final String tag;
    private final String template;

    Message(String tag, String template) {
        this(Diagnostic.Kind.ERROR, tag, template);
    }

    Message(Diagnostic.Kind kind, String tag, String template) {
        this.kind = kind;
        this.tag = tag;
        this.template = template;
    }

    public String tag() {
        return tag;
    }

    /** How a message names a stream's fields: "fields" for the default stream, else "stream "id" fields". */
    public static String streamFields(String streamId, boolean isDefault) {
        return isDefault ? "fields" : "stream \"" + streamId + "\" fields";
    }

    /** The fix for an emit to an undeclared stream: the annotation attribute that declares it. */
    public static String streamFix(String streamId, boolean isDefault) {
        return isDefault
                ? "Declare the default stream's fields with fields = {...} on the component"
                : "Declare it with streams = @Stream(id = \"" + streamId + "\", fields = {...})";
    }

    /** How a message names a component's id: its member, or how the id was derived from the interface. */
    public static String componentId(String member, boolean explicit, CharSequence interfaceName) {
        return explicit ? member : member + " (taken from the interface name " + interfaceName + ")";
    }

    /** Its severity: an error stops generation for the topology at fault; a warning or note does not. */
    public Diagnostic.Kind kind() {
        return kind;
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
