package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.ConfDeclaration;
import io.github.shellgen.processor.read.ConfValue;
import io.github.shellgen.processor.read.EnvDeclaration;
import io.github.shellgen.processor.read.Member;
import io.github.shellgen.processor.read.MetricDeclaration;
import io.github.shellgen.processor.read.Settings;
import io.github.shellgen.processor.read.ShellSettings;
import io.github.shellgen.processor.read.StateDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.StormConfig;
import io.github.shellgen.processor.storm.StormNames;
import io.github.shellgen.processor.storm.StormTypes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * The settings of a shell component (env, config, its {@link Setting}s, metrics) and of a topology
 * (its {@link Setting}s, config, serializer): each in range, each key set once, and each
 * configuration key where Storm reads it.
 */
final class SettingsRules {

    private final Reporter reporter;
    private final ClassRules classes;
    /** The keys of Storm's {@code Config}, when Storm is on the class path; empty otherwise. */
    private final Set<String> stormKeys;

    SettingsRules(Reporter reporter, ClassRules classes, ProcessingEnvironment env) {
        this.reporter = reporter;
        this.classes = classes;
        this.stormKeys = stormKeys(env);
    }

    void checkComponent(ComponentDeclaration component, ShellSettings shell) {
        Where where = new Where(component.element(), component.mirror(), component.kind().display());
        checkRanges(where, shell.settings());
        checkEnv(where, shell.env());
        checkConf(where, shell.config(), shell.settings(), true);
        checkMetrics(where, shell.metrics());
    }

    void checkTopology(TopologyDeclaration topology) {
        Where where = new Where(topology.element(), topology.mirror(), "@Topology");
        checkRanges(where, topology.settings());
        checkConf(where, topology.config(), topology.settings(), false);
        Member<Optional<DeclaredType>> serializer = topology.settings().type(Setting.MULTILANG_SERIALIZER);
        if (Setting.namedClass(serializer.value()).isPresent()) {
            classes.check(topology.element(), topology.mirror(), where.display(), serializer,
                    List.of(StormTypes.MULTILANG_SERIALIZER), Message.Moment.FIRST_SHELL_COMPONENT);
        }
    }

    /** Where a setting is written, for its messages. */
    private record Where(Element element, AnnotationMirror mirror, String display) {}

    private void checkRanges(Where where, Settings settings) {
        settings.values().forEach((setting, member) -> {
            if (setting.kind() == Setting.Kind.COUNT && (Integer) member.value() < setting.unset()) {
                reporter.report(where.element(), where.mirror(), member.at(), Message.SETTING_RANGE, where.display(),
                        member.name(), member.value(), setting.unset(), setting.unset(), setting.unsetMeans());
            }
        });
    }

    private void checkEnv(Where where, List<EnvDeclaration> env) {
        Set<String> seen = new HashSet<>();
        for (EnvDeclaration variable : env) {
            String name = variable.name().value();
            Message problem = name.isEmpty() ? Message.EMPTY_ENV_NAME
                    : name.contains("=") ? Message.ENV_NAME_WITH_EQUALS
                    : name.indexOf('\0') >= 0 ? Message.ENV_NAME_WITH_NUL
                    : !seen.add(name) ? Message.ENV_NAME_TWICE : null;
            if (problem != null) {
                reporter.report(where.element(), where.mirror(), variable.name().at(), problem, where.display(), name);
            }
        }
    }

    private void checkConf(Where where, List<ConfDeclaration> config, Settings settings, boolean component) {
        Map<String, Setting> attributeKeys = new HashMap<>();
        settings.values().keySet().forEach(setting -> attributeKeys.put(setting.key(), setting));
        Set<String> seen = new HashSet<>();
        for (ConfDeclaration conf : config) {
            String key = conf.key().value();
            String value = conf.value().value();
            Setting attribute = attributeKeys.get(key);
            if (key.isBlank()) {
                confKey(where, conf, Message.EMPTY_CONF_KEY);
            } else if (!seen.add(key)) {
                confKey(where, conf, Message.CONF_KEY_TWICE);
            } else if (attribute != null) {
                confKey(where, conf, Message.CONF_KEY_OF_ATTRIBUTE, where.display(), attribute.member(),
                        attribute.member());
            } else if (StateDeclaration.MEMBER_BY_KEY.containsKey(key)) {
                confKey(where, conf, Message.STATE_CONF_KEY, StateDeclaration.MEMBER_BY_KEY.get(key));
            } else if (component && StormConfig.WINDOW_KEYS.contains(key)) {
                confKey(where, conf, Message.WINDOW_CONF_KEY);
            } else if (component && stormKeys.contains(key) && !StormConfig.KEPT_IN_COMPONENT_CONF.contains(key)) {
                // The fix names the @Topology attribute where one sets the key: a @Conf of it would be refused.
                Optional<Setting> topologyAttribute = Setting.ofTopology().stream()
                        .filter(setting -> setting.key().equals(key)).findFirst();
                if (topologyAttribute.isPresent()) {
                    confKey(where, conf, Message.DROPPED_COMPONENT_CONF_OF_ATTRIBUTE,
                            new TreeSet<>(StormConfig.KEPT_IN_COMPONENT_CONF), topologyAttribute.get().member());
                } else {
                    confKey(where, conf, Message.DROPPED_COMPONENT_CONF,
                            new TreeSet<>(StormConfig.KEPT_IN_COMPONENT_CONF), key);
                }
            } else if (key.startsWith(StormConfig.SHELLGEN_PREFIX) && !StormConfig.SHELLGEN_KEYS.contains(key)) {
                confKey(where, conf, Message.UNKNOWN_SHELLGEN_KEY, new TreeSet<>(StormConfig.SHELLGEN_KEYS));
            } else if (!component && StormNames.hasFluxPlaceholder(key)) {
                reporter.report(where.element(), where.mirror(), conf.key().at(), Message.FLUX_PLACEHOLDER,
                        where.display(), "@Conf key", key);
            }
            if (StormConfig.SHELLGEN_KEYS.contains(key) && attribute == null
                    && !(conf.parsed() instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 0)) {
                reporter.report(where.element(), where.mirror(), conf.value().at(), Message.SHELLGEN_CONF_RANGE,
                        where.display(), key, value);
            } else if (conf.parsed() == ConfValue.NULL) {
                reporter.report(where.element(), where.mirror(), conf.value().at(), Message.CONF_VALUE, where.display(),
                        key);
            } else if (!component && StormNames.hasFluxPlaceholder(value)) {
                reporter.report(where.element(), where.mirror(), conf.value().at(), Message.FLUX_PLACEHOLDER,
                        where.display(), "@Conf value", value);
            }
        }
    }

    private void confKey(Where where, ConfDeclaration conf, Message message, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = where.display();
        args[1] = conf.key().value();
        System.arraycopy(more, 0, args, 2, more.length);
        reporter.report(where.element(), where.mirror(), conf.key().at(), message, args);
    }

    private void checkMetrics(Where where, List<MetricDeclaration> metrics) {
        Set<String> seen = new HashSet<>();
        for (MetricDeclaration metric : metrics) {
            String name = metric.name().value();
            if (name.isEmpty()) {
                reporter.report(where.element(), where.mirror(), metric.name().at(), Message.EMPTY_METRIC_NAME,
                        where.display(), name);
            } else if (!seen.add(name)) {
                reporter.report(where.element(), where.mirror(), metric.name().at(), Message.METRIC_NAME_TWICE,
                        where.display(), name);
            }
            Member<Integer> interval = metric.intervalSecs();
            if (interval.value() < 1) {
                reporter.report(where.element(), where.mirror(), interval.at(), Message.METRIC_INTERVAL, name,
                        interval.name(), interval.value(), interval.name());
            }
        }
    }

    /** The string constants of Storm's {@code Config}: its keys, which Storm drops from component configuration. */
    private static Set<String> stormKeys(ProcessingEnvironment env) {
        TypeElement config = env.getElementUtils().getTypeElement(StormTypes.CONFIG.canonicalName());
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
