package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import io.github.shellgen.processor.model.ComponentSettings;
import io.github.shellgen.processor.model.ConfValue;
import io.github.shellgen.processor.model.Role;
import io.github.shellgen.processor.model.TopologySettings;
import io.github.shellgen.processor.read.AnnotationDeclaration;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The settings of a shell component (env, config, tick, timeouts, pending, metrics) and of a
 * topology (workers, ackers, timeouts, config, serializer): each in range, each key set once, and
 * each configuration key where Storm reads it.
 */
final class SettingsRules {

    private static final String STORM_CONFIG = "org.apache.storm.Config";
    private static final String SERIALIZER = "org.apache.storm.multilang.ISerializer";

    private final Reporter reporter;
    private final ClassRules classes;
    /** The keys of Storm's {@code Config}, when Storm is on the class path; empty otherwise. */
    private final Set<String> stormKeys;

    SettingsRules(Reporter reporter, ClassRules classes, ProcessingEnvironment env) {
        this.reporter = reporter;
        this.classes = classes;
        this.stormKeys = stormKeys(env);
    }

    void checkComponent(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        String display = component.kind().display();
        boolean bolt = component.kind().role() == Role.BOLT;
        Map<String, String> attributeKeys = new LinkedHashMap<>();
        if (bolt) {
            atLeast(annotation, display, "tickFreqSecs", 0, "0 sends no tick tuples");
            attributeKeys.put(ComponentSettings.TICK_FREQ, "tickFreqSecs");
            attributeKeys.put(ComponentSettings.SHELLBOLT_MAX_PENDING, "maxPending");
        } else {
            attributeKeys.put(TopologySettings.MAX_SPOUT_PENDING, "maxPending");
        }
        attributeKeys.put(ComponentSettings.SUBPROCESS_TIMEOUT, "subprocessTimeoutSecs");
        atLeast(annotation, display, "maxPending", 0, "0 keeps the topology's value");
        atLeast(annotation, display, "subprocessTimeoutSecs", 0, "0 keeps the topology's value");
        checkEnv(annotation, display);
        checkConf(annotation, display, attributeKeys, true);
        checkMetrics(annotation, display);
    }

    void checkTopology(TopologyDeclaration topology) {
        AnnotationDeclaration annotation = topology.annotation();
        String display = "@Topology";
        atLeast(annotation, display, "workers", 0, "0 keeps Storm's default (1)");
        atLeast(annotation, display, "ackers", -1, "-1 keeps Storm's default (one per worker), 0 turns acking off");
        atLeast(annotation, display, "messageTimeoutSecs", 0, "0 keeps Storm's default (30)");
        atLeast(annotation, display, "maxSpoutPending", 0, "0 keeps Storm's default (no limit)");
        Map<String, String> attributeKeys = new LinkedHashMap<>();
        attributeKeys.put(TopologySettings.WORKERS, "workers");
        attributeKeys.put(TopologySettings.ACKERS, "ackers");
        attributeKeys.put(TopologySettings.MESSAGE_TIMEOUT, "messageTimeoutSecs");
        attributeKeys.put(TopologySettings.MAX_SPOUT_PENDING, "maxSpoutPending");
        attributeKeys.put(TopologySettings.DEBUG, "debug");
        attributeKeys.put(TopologySettings.SERIALIZER, "multilangSerializer");
        checkConf(annotation, display, attributeKeys, false);
        boolean serializerSet = annotation.type("multilangSerializer")
                .map(type -> !type.asElement().getSimpleName().contentEquals("void"))
                .orElse(false);
        if (serializerSet) {
            classes.check(topology.element(), annotation.mirror(), display, "multilangSerializer",
                    annotation.type("multilangSerializer"), annotation.value("multilangSerializer"), List.of(SERIALIZER),
                    "when a worker starts the first shell component");
        }
    }

    private void atLeast(AnnotationDeclaration annotation, String display, String member, int min, String meaning) {
        int value = annotation.integer(member);
        if (value < min) {
            reporter.error(annotation.element(), annotation.mirror(), annotation.value(member), Message.SETTING_RANGE,
                    display, member, value, "less than " + min, "Use " + min + " or more (" + meaning + ")");
        }
    }

    private void checkEnv(AnnotationDeclaration annotation, String display) {
        Set<String> seen = new HashSet<>();
        for (AnnotationDeclaration variable : annotation.annotations("env")) {
            String name = variable.string("name");
            String problem = name.isEmpty() ? "is empty"
                    : name.contains("=") ? "contains '=', which ends a variable's name"
                    : name.indexOf('\0') >= 0 ? "contains a NUL character"
                    : !seen.add(name) ? "is set twice: the subprocess would see only the last value" : null;
            if (problem != null) {
                reporter.error(annotation.element(), annotation.mirror(), variable.value("name"), Message.ENV_NAME,
                        display, name, problem);
            }
        }
    }

    private void checkConf(AnnotationDeclaration annotation, String display, Map<String, String> attributeKeys,
            boolean component) {
        Map<String, AnnotationDeclaration> seen = new HashMap<>();
        for (AnnotationDeclaration conf : annotation.annotations("config")) {
            String key = conf.string("key");
            String value = conf.string("value");
            if (key.isBlank()) {
                confKey(annotation, conf, display, key, "is empty. Name the setting, such as \"wordcount.min.length\"");
            } else if (seen.putIfAbsent(key, conf) != null) {
                confKey(annotation, conf, display, key, "is set twice: only one value can win. Keep one");
            } else if (attributeKeys.containsKey(key)) {
                confKey(annotation, conf, display, key, "is what " + display + "'s " + attributeKeys.get(key)
                        + " sets. Use " + attributeKeys.get(key) + " = ... instead");
            } else if (component && stormKeys.contains(key) && !ComponentSettings.KEPT_STORM_KEYS.contains(key)) {
                reporter.error(annotation.element(), annotation.mirror(), conf.value("key"),
                        Message.DROPPED_COMPONENT_CONF, display, key, new TreeSet<>(ComponentSettings.KEPT_STORM_KEYS),
                        "Set it for the whole topology in @Topology(config = @Conf(key = \"" + key + "\", ...)).");
            } else if (!component && StormRules.hasFluxPlaceholder(key)) {
                reporter.error(annotation.element(), annotation.mirror(), conf.value("key"), Message.FLUX_PLACEHOLDER,
                        display, "@Conf key", key);
            }
            if (ConfValue.read(value) == ConfValue.NULL) {
                reporter.error(annotation.element(), annotation.mirror(), conf.value("value"), Message.CONF_VALUE,
                        display, key);
            } else if (!component && StormRules.hasFluxPlaceholder(value)) {
                reporter.error(annotation.element(), annotation.mirror(), conf.value("value"), Message.FLUX_PLACEHOLDER,
                        display, "@Conf value", value);
            }
        }
    }

    private void confKey(AnnotationDeclaration annotation, AnnotationDeclaration conf, String display, String key,
            String problem) {
        reporter.error(annotation.element(), annotation.mirror(), conf.value("key"), Message.CONF_KEY, display, key, problem);
    }

    private void checkMetrics(AnnotationDeclaration annotation, String display) {
        Set<String> seen = new HashSet<>();
        for (AnnotationDeclaration metric : annotation.annotations("metrics")) {
            String name = metric.string("name");
            if (name.isEmpty()) {
                reporter.error(annotation.element(), annotation.mirror(), metric.value("name"), Message.METRIC_NAME,
                        display, name, "is empty: Storm rejects an update without a name (\"Receive Metrics name is"
                                + " empty\") and kills the worker. Name it as the script's rpcMetrics calls do");
            } else if (!seen.add(name)) {
                reporter.error(annotation.element(), annotation.mirror(), metric.value("name"), Message.METRIC_NAME,
                        display, name, "is declared twice: Storm refuses to register a name twice (\"has already"
                                + " been registered\") when the component starts. Keep one");
            }
            int interval = metric.integer("intervalSecs");
            if (interval < 1) {
                reporter.error(annotation.element(), annotation.mirror(), metric.value("intervalSecs"),
                        Message.SETTING_RANGE, "@Metric \"" + name + "\"", "intervalSecs", interval, "less than 1",
                        "Storm reports a metric every intervalSecs seconds: use 1 or more");
            }
        }
    }

    /** The string constants of Storm's {@code Config}: its keys, which Storm drops from component configuration. */
    private static Set<String> stormKeys(ProcessingEnvironment env) {
        TypeElement config = env.getElementUtils().getTypeElement(STORM_CONFIG);
        Set<String> keys = new HashSet<>();
        if (config == null) {
            return keys;
        }
        for (VariableElement field : ElementFilter.fieldsIn(config.getEnclosedElements())) {
            if (field.getModifiers().contains(Modifier.STATIC) && field.getConstantValue() instanceof String key) {
                keys.add(key);
            }
        }
        return keys;
    }
}
