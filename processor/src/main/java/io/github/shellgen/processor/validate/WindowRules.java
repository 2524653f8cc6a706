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
import java.util.ArrayList;
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
        for (Member<String> duration : List.of(window.maxLag(), window.watermarkEvery())) {
            if (!duration.value().isEmpty()) {
                span(component, window, duration, false);
            }
        }
        boolean eventTime = !window.timestampField().value().isEmpty();
        if (!eventTime) {
            needsTimestamp(component, window, window.maxLag(), "Storm would ignore it");
            needsTimestamp(component, window, window.watermarkEvery(), "Storm would ignore it");
            needsTimestamp(component, window, window.lateStream(), "Storm refuses a late stream without one when"
                    + " the worker starts (\"Late tuple stream can be defined only when specifying a timestamp field\")");
        }
        if (eventTime) {
            List<Input> inputs = inputs(components, component);
            checkTimestampField(component, window, inputs);
            if (!window.lateStream().value().isEmpty()) {
                checkLateStream(component, window, inputs);
            }
        }
        if (length.isPresent() && every.isPresent()) {
            checkLimits(topology, components, component, window, length.get(), every.get());
        }
    }

    /** A length or interval; reported and empty when it is not one (or is not a duration when it must be). */
    private Optional<WindowSpan> span(ComponentDeclaration component, WindowDeclaration window, Member<String> member,
            boolean countAllowed) {
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

    private void checkTimestampField(ComponentDeclaration component, WindowDeclaration window, List<Input> inputs) {
        String field = window.timestampField().value();
        for (Input input : inputs) {
            if (!input.stream().fieldNames().contains(field)) {
                reporter.report(component.element(), window.mirror(), window.timestampField().at(),
                        Message.WINDOW_TIMESTAMP_FIELD, field, input.stream().id(), input.from().id(),
                        component.element().getSimpleName(), input.stream().fieldNames(), field);
            }
        }
    }

    private void checkLateStream(ComponentDeclaration component, WindowDeclaration window, List<Input> inputs) {
        String late = window.lateStream().value();
        Map<String, StreamDeclaration> declared = component.streamsById();
        StreamDeclaration stream = declared.get(late);
        if (stream == null) {
            reporter.report(component.element(), window.mirror(), window.lateStream().at(),
                    Message.WINDOW_LATE_STREAM_UNDECLARED, late, component.element().getSimpleName(),
                    declared.isEmpty() ? "no streams" : declared.keySet(), late,
                    inputs.isEmpty() ? "{...}" : fieldsLiteral(inputs.get(0).stream().fieldNames()));
            return;
        }
        if (stream.direct()) {
            reporter.report(component.element(), window.mirror(), window.lateStream().at(),
                    Message.WINDOW_LATE_STREAM_DIRECT, late);
        }
        for (Input input : inputs) {
            if (!input.stream().fieldNames().equals(stream.fieldNames())) {
                reporter.report(component.element(), window.mirror(), window.lateStream().at(),
                        Message.WINDOW_LATE_STREAM_FIELDS, late, stream.fieldNames(), input.stream().id(),
                        input.from().id(), input.stream().fieldNames(),
                        inputs.stream().map(i -> i.stream().fieldNames()).distinct().count() > 1
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
            if (timeout <= 0) { // (a @Conf of its key is refused: the attribute is the one place to set it)
                timeout = StormConfig.DEFAULT_MESSAGE_TIMEOUT_SECS;
                source = "Storm's default, as messageTimeoutSecs is not set";
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

    /** One stream the bolt subscribes to, and the component that declares it. */
    private record Input(ComponentDeclaration from, StreamDeclaration stream) {}

    /** The streams the bolt subscribes to; a grouping naming none (which the wiring rules report) is left out. */
    private static List<Input> inputs(List<ComponentDeclaration> components, ComponentDeclaration component) {
        List<Input> inputs = new ArrayList<>();
        for (GroupingDeclaration grouping : component.groupings()) {
            grouping.from().value()
                    .flatMap(type -> components.stream().filter(c -> c.element().equals(type.asElement())).findFirst())
                    .ifPresent(from -> {
                        StreamDeclaration stream = from.streamsById().get(grouping.stream().value());
                        if (stream != null) {
                            inputs.add(new Input(from, stream));
                        }
                    });
        }
        return inputs;
    }

    private static String fieldsLiteral(List<String> fields) {
        return fields.size() == 1 ? "\"" + fields.get(0) + "\""
                : "{" + String.join(", ", fields.stream().map(f -> "\"" + f + "\"").toList()) + "}";
    }
}
