package io.github.shellgen.processor.validate;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.ConfDeclaration;
import io.github.shellgen.processor.read.GroupingDeclaration;
import io.github.shellgen.processor.read.Member;
import io.github.shellgen.processor.read.StreamDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.read.WindowDeclaration;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.StormConfig;
import io.github.shellgen.processor.storm.WindowSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * A bolt's {@code @Window}: on a shell bolt that can receive windows, each length a duration or a
 * count, the interval not longer than the window, event-time settings only with a timestamp field
 * every input has, the late stream declared with the input's fields, and the window within what
 * Storm accepts when the worker starts (the message timeout, the spouts' pending limit).
 */
record WindowRules(Reporter reporter) {

    /** Storm's default {@code topology.message.timeout.secs}. */
    private static final int STORM_MESSAGE_TIMEOUT_SECS = 30;
    private static final String MESSAGE_TIMEOUT_KEY = "topology.message.timeout.secs";
    private static final String MESSAGE_TIMEOUTS_ENABLED_KEY = "topology.enable.message.timeouts";

    void check(TopologyDeclaration topology, List<ComponentDeclaration> components) {
        for (ComponentDeclaration component : components) {
            WindowDeclaration window = component.window();
            if (window != null && placed(component, window)) {
                check(topology, components, component, window);
            }
        }
    }

    private boolean placed(ComponentDeclaration component, WindowDeclaration window) {
        Element element = component.element();
        if (component.kind().role() == Role.SPOUT) {
            reporter.report(element, window.mirror(), Message.WINDOW_ON_SPOUT, component.kind().display(),
                    element.getSimpleName());
            return false;
        }
        if (component.kind().isJava()) {
            reporter.report(element, window.mirror(), Message.WINDOW_ON_JAVA_BOLT, element.getSimpleName());
            return false;
        }
        if (component.runtime() == PythonRuntime.STOCK) {
            reporter.report(element, window.mirror(), Message.WINDOW_ON_STOCK, element.getSimpleName());
            return false;
        }
        return true;
    }

    private void check(TopologyDeclaration topology, List<ComponentDeclaration> components,
            ComponentDeclaration component, WindowDeclaration window) {
        Optional<WindowSpan> length = span(component, window, window.length(), true);
        Optional<WindowSpan> every = window.every().value().isEmpty() ? length
                : span(component, window, window.every(), true);
        if (length.isPresent() && every.isPresent() && length.get().count() == every.get().count()
                && every.get().amount() > length.get().amount()) {
            reporter.report(component.element(), window.mirror(), window.every().at(), Message.WINDOW_SLIDE_LONGER,
                    window.every().value(), window.length().value());
        }
        span(component, window, window.maxLag(), false);
        span(component, window, window.watermarkEvery(), false);
        boolean eventTime = !window.timestampField().value().isEmpty();
        if (!eventTime) {
            needsTimestamp(component, window, window.maxLag(), "Storm would ignore it");
            needsTimestamp(component, window, window.watermarkEvery(), "Storm would ignore it");
            needsTimestamp(component, window, window.lateStream(), "Storm refuses a late stream without one when"
                    + " the worker starts (\"Late tuple stream can be defined only when specifying a timestamp field\")");
        }
        List<StreamDeclaration> inputs = inputStreams(components, component);
        if (eventTime) {
            checkTimestampField(components, component, window);
            if (!window.lateStream().value().isEmpty()) {
                checkLateStream(components, component, window, inputs);
            }
        }
        if (length.isPresent() && every.isPresent()) {
            checkLimits(topology, components, component, window, length.get(), every.get());
        }
    }

    /** A length or interval; reported and empty when it is not one (or is not a duration when it must be). */
    private Optional<WindowSpan> span(ComponentDeclaration component, WindowDeclaration window, Member<String> member,
            boolean countAllowed) {
        if (member.value().isEmpty() && !member.name().equals("length")) {
            return Optional.empty();
        }
        Optional<WindowSpan> span = WindowSpan.parse(member.value());
        if (span.isEmpty() || (span.get().count() && !countAllowed)) {
            reporter.report(component.element(), window.mirror(), member.at(), Message.WINDOW_SPAN, member.name(),
                    member.value(), countAllowed ? ", or a tuple count, \"100 tuples\"" : " (it is a duration)");
            return Optional.empty();
        }
        if (span.get().amount() == 0) {
            reporter.report(component.element(), window.mirror(), member.at(), Message.WINDOW_SPAN_ZERO, member.name(),
                    member.value());
            return Optional.empty();
        }
        return span;
    }

    private void needsTimestamp(ComponentDeclaration component, WindowDeclaration window, Member<String> member,
            String storm) {
        if (!member.value().isEmpty()) {
            reporter.report(component.element(), window.mirror(), member.at(), Message.WINDOW_NEEDS_TIMESTAMP,
                    member.name(), member.value(), storm, member.name());
        }
    }

    private void checkTimestampField(List<ComponentDeclaration> components, ComponentDeclaration component,
            WindowDeclaration window) {
        String field = window.timestampField().value();
        for (GroupingDeclaration grouping : component.groupings()) {
            ComponentDeclaration upstream = upstream(components, grouping);
            StreamDeclaration stream = upstream == null ? null : upstream.streamsById().get(grouping.stream().value());
            if (stream != null && !stream.fieldNames().contains(field)) {
                reporter.report(component.element(), window.mirror(), window.timestampField().at(),
                        Message.WINDOW_TIMESTAMP_FIELD, field, stream.id(), upstream.id(),
                        component.element().getSimpleName(), stream.fieldNames(), field);
            }
        }
    }

    private void checkLateStream(List<ComponentDeclaration> components, ComponentDeclaration component,
            WindowDeclaration window, List<StreamDeclaration> inputs) {
        String late = window.lateStream().value();
        Map<String, StreamDeclaration> declared = component.streamsById();
        StreamDeclaration stream = declared.get(late);
        String inputFields = inputs.isEmpty() ? "{...}" : fieldsLiteral(inputs.get(0).fieldNames());
        if (stream == null) {
            reporter.report(component.element(), window.mirror(), window.lateStream().at(),
                    Message.WINDOW_LATE_STREAM_UNDECLARED, late, component.element().getSimpleName(),
                    declared.isEmpty() ? "no streams" : declared.keySet(), late, inputFields);
            return;
        }
        if (stream.direct()) {
            reporter.report(component.element(), window.mirror(), window.lateStream().at(),
                    Message.WINDOW_LATE_STREAM_DIRECT, late);
        }
        for (GroupingDeclaration grouping : component.groupings()) {
            ComponentDeclaration upstream = upstream(components, grouping);
            StreamDeclaration input = upstream == null ? null : upstream.streamsById().get(grouping.stream().value());
            if (input != null && !input.fieldNames().equals(stream.fieldNames())) {
                reporter.report(component.element(), window.mirror(), window.lateStream().at(),
                        Message.WINDOW_LATE_STREAM_FIELDS, late, stream.fieldNames(), input.id(), upstream.id(),
                        input.fieldNames(), inputs.stream().map(StreamDeclaration::fieldNames).distinct().count() > 1
                                ? " (a late stream needs every input stream to have the same fields)" : "");
                return;
            }
        }
    }

    private void checkLimits(TopologyDeclaration topology, List<ComponentDeclaration> components,
            ComponentDeclaration component, WindowDeclaration window, WindowSpan length, WindowSpan every) {
        long durations = (length.count() ? 0 : length.amount()) + (every.count() ? 0 : every.amount());
        long counts = (length.count() ? length.amount() : 0) + (every.count() ? every.amount() : 0);
        if (durations > 0 && !Boolean.FALSE.equals(topologyConf(topology, MESSAGE_TIMEOUTS_ENABLED_KEY))) {
            int timeout = (Integer) topology.settings().values().get(Setting.MESSAGE_TIMEOUT).value();
            String source = "messageTimeoutSecs on @Topology";
            if (timeout <= 0) {
                Object configured = topologyConf(topology, MESSAGE_TIMEOUT_KEY);
                timeout = configured instanceof Number n ? n.intValue() : STORM_MESSAGE_TIMEOUT_SECS;
                source = configured instanceof Number ? MESSAGE_TIMEOUT_KEY + " in @Topology's config"
                        : "Storm's default, as messageTimeoutSecs is not set";
            }
            if (durations > timeout * 1000L) {
                reporter.report(component.element(), window.mirror(), window.length().at(),
                        Message.WINDOW_LONGER_THAN_TIMEOUT, new WindowSpan(durations, false), timeout, source,
                        durations, timeout * 1000L, (durations + 999) / 1000);
            }
        }
        if (counts > 0) {
            int pending = (Integer) topology.settings().values().get(Setting.MAX_SPOUT_PENDING).value();
            String source = "maxSpoutPending on @Topology";
            String storm = ", and Storm refuses the bolt when the worker starts";
            if (pending <= 0) {
                boolean shellSpout = components.stream()
                        .anyMatch(c -> c.kind().role() == Role.SPOUT && c.shell() != null);
                if (!shellSpout) {
                    return;
                }
                pending = StormConfig.DEFAULT_SHELL_SPOUT_PENDING;
                source = "storm-shellgen's default for a shell spout when maxSpoutPending is not set";
                storm = "";
            }
            if (counts > pending) {
                reporter.report(component.element(), window.mirror(), window.length().at(),
                        Message.WINDOW_COUNT_OVER_PENDING, counts, pending, source, storm, counts);
            }
        }
    }

    private static Object topologyConf(TopologyDeclaration topology, String key) {
        for (ConfDeclaration conf : topology.config()) {
            if (key.equals(conf.key().value())) {
                return conf.parsed();
            }
        }
        return null;
    }

    private static List<StreamDeclaration> inputStreams(List<ComponentDeclaration> components,
            ComponentDeclaration component) {
        return component.groupings().stream()
                .map(grouping -> {
                    ComponentDeclaration upstream = upstream(components, grouping);
                    return upstream == null ? null : upstream.streamsById().get(grouping.stream().value());
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The component a grouping names; null when it names none (which the wiring rules report). */
    private static ComponentDeclaration upstream(List<ComponentDeclaration> components, GroupingDeclaration grouping) {
        return grouping.from().value()
                .flatMap(type -> components.stream().filter(c -> c.element().equals(type.asElement())).findFirst())
                .orElse(null);
    }

    private static String fieldsLiteral(List<String> fields) {
        return fields.size() == 1 ? "\"" + fields.get(0) + "\""
                : "{" + String.join(", ", fields.stream().map(f -> "\"" + f + "\"").toList()) + "}";
    }
}
