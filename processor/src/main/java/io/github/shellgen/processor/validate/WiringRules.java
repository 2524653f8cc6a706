package io.github.shellgen.processor.validate;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.GroupingDeclaration;
import io.github.shellgen.processor.read.StreamDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.GroupingType;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.StormNames;
import io.github.shellgen.processor.storm.StormTypes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * How the components connect: every grouping names a component of the topology, a stream it
 * declares and fields of that stream; spouts take no input, bolts take at least one, no input is
 * declared twice, and every bolt is reached from a spout.
 */
record WiringRules(Reporter reporter, NameRules names, ClassRules classes) {

    void check(TopologyDeclaration topology, List<ComponentDeclaration> components) {
        Map<Element, ComponentDeclaration> byElement = new LinkedHashMap<>();
        components.forEach(component -> byElement.put(component.element(), component));
        Map<ComponentDeclaration, Set<ComponentDeclaration>> upstreams = new LinkedHashMap<>();
        for (ComponentDeclaration component : components) {
            if (component.kind().role() == Role.SPOUT) {
                for (GroupingDeclaration grouping : component.groupings()) {
                    reporter.report(component.element(), grouping.mirror(), Message.SPOUT_WITH_GROUPING,
                            grouping.display(), component.element().getSimpleName(),
                            component.element().getSimpleName());
                }
                continue;
            }
            if (component.groupings().isEmpty()) {
                reporter.report(component.element(), component.mirror(), Message.BOLT_WITHOUT_INPUT,
                        component.kind().display(), component.element().getSimpleName(), suggestedUpstream(components));
                continue;
            }
            Set<ComponentDeclaration> inputs = new LinkedHashSet<>();
            Map<String, GroupingDeclaration> seen = new HashMap<>();
            for (GroupingDeclaration grouping : component.groupings()) {
                ComponentDeclaration upstream = checkGrouping(topology, components, byElement, grouping);
                if (upstream == null) {
                    continue;
                }
                inputs.add(upstream);
                String stream = grouping.stream().value();
                GroupingDeclaration earlier = seen.putIfAbsent(upstream.element() + "\n" + stream, grouping);
                if (earlier != null) {
                    reporter.report(component.element(), grouping.mirror(), Message.DUPLICATE_INPUT,
                            grouping.display(), upstream.element().getSimpleName() + ".class", stream,
                            component.element().getSimpleName(), earlier.display());
                }
            }
            upstreams.put(component, inputs);
        }
        warnUnreachable(components, upstreams);
    }

    /** Checks one grouping; returns its upstream component when it names one. */
    private ComponentDeclaration checkGrouping(TopologyDeclaration topology, List<ComponentDeclaration> components,
            Map<Element, ComponentDeclaration> byElement, GroupingDeclaration grouping) {
        Element bolt = grouping.element();
        AnnotationMirror mirror = grouping.mirror();
        String display = grouping.display();
        AnnotationValue fromValue = grouping.from().at();
        ComponentDeclaration upstream = grouping.from().value()
                .map(type -> byElement.get(type.asElement()))
                .orElse(null);
        if (upstream == null) {
            if (components.isEmpty()) {
                reporter.report(bolt, mirror, fromValue, Message.UNKNOWN_UPSTREAM_NO_COMPONENTS, display, fromValue,
                        topology.name().value(), topology.element().getSimpleName());
            } else {
                reporter.report(bolt, mirror, fromValue, Message.UNKNOWN_UPSTREAM, display, fromValue,
                        topology.name().value(), topology.element().getSimpleName(), componentNames(components));
            }
            return null;
        }
        String stream = grouping.stream().value();
        AnnotationValue streamValue = grouping.stream().at();
        if (!names.checkStreamId(bolt, mirror, streamValue, display, grouping.stream().name(), stream)) {
            return upstream;
        }
        Map<String, StreamDeclaration> streams = upstream.streamsById();
        StreamDeclaration declared = streams.get(stream);
        if (declared == null) {
            if (streams.isEmpty()) {
                reporter.report(bolt, mirror, streamValue, Message.UNKNOWN_STREAM_NO_STREAMS, display, stream,
                        upstream.id(), stream, upstream.id(), upstream.element().getSimpleName());
            } else {
                reporter.report(bolt, mirror, streamValue, Message.UNKNOWN_STREAM, display, stream, upstream.id(),
                        describeStreams(streams), stream, upstream.id(), upstream.element().getSimpleName());
            }
            return upstream;
        }
        boolean direct = declared.direct();
        if (grouping.type() == GroupingType.DIRECT) {
            if (!direct && StormNames.DEFAULT_STREAM.equals(stream)) {
                reporter.report(bolt, mirror, streamValue == null ? fromValue : streamValue,
                        Message.NOT_DIRECT_DEFAULT_STREAM, display, upstream.id(), upstream.element().getSimpleName(),
                        upstream.element().getSimpleName());
            } else if (!direct) {
                reporter.report(bolt, mirror, streamValue, Message.NOT_DIRECT_STREAM,
                        display, stream, upstream.id(), stream);
            } else if (!canEmitDirect(upstream)) {
                if (upstream.kind().isShell()) {
                    reporter.report(bolt, mirror, fromValue, Message.DIRECT_EMIT_BUG_COMMAND, display, upstream.id(),
                            upstream.kind().display());
                } else {
                    reporter.report(bolt, mirror, fromValue, Message.DIRECT_EMIT_BUG_STOCK, display, upstream.id());
                }
            }
        } else if (direct) {
            reporter.report(bolt, mirror, streamValue, Message.DIRECT_STREAM_GROUPING,
                    display, stream, upstream.id());
        }
        if (grouping.type().hasFields()) {
            checkGroupingFields(grouping, upstream, stream, declared.fieldNames());
        }
        if (grouping.using() != null) {
            classes.check(bolt, mirror, display, grouping.using(), List.of(StormTypes.CUSTOM_STREAM_GROUPING),
                    Message.Moment.TOPOLOGY_BUILT);
        }
        return upstream;
    }

    /** Whether the upstream's direct emits survive Storm 2.8.3: Java components, and the shellgen Python runtime. */
    private static boolean canEmitDirect(ComponentDeclaration upstream) {
        if (upstream.kind().isJava()) {
            return true;
        }
        return upstream.runtime() == PythonRuntime.SHELLGEN;
    }

    private void checkGroupingFields(
            GroupingDeclaration grouping, ComponentDeclaration upstream, String stream, List<String> declared) {
        Element bolt = grouping.element();
        AnnotationMirror mirror = grouping.mirror();
        String display = grouping.display();
        List<AnnotationValue> fields = grouping.fields();
        if (fields.isEmpty()) {
            reporter.report(bolt, mirror, grouping.fieldsAt(), Message.NO_GROUPING_FIELDS,
                    display, upstream.element().getSimpleName() + ".class");
            return;
        }
        for (AnnotationValue field : fields) {
            String name = (String) field.getValue();
            if (!declared.contains(name)) {
                reporter.report(bolt, mirror, field, Message.UNKNOWN_GROUPING_FIELD,
                        display, name, stream, upstream.id(), declared, name, name);
            } else if (StormNames.hasFluxPlaceholder(name)) {
                reporter.report(bolt, mirror, field, Message.FLUX_PLACEHOLDER, display, "field", name);
            }
        }
        names.checkDuplicateFields(bolt, mirror, display, "fields", fields);
    }

    /** Warns about bolts with inputs that no spout reaches, through any chain of groupings. */
    private void warnUnreachable(
            List<ComponentDeclaration> components, Map<ComponentDeclaration, Set<ComponentDeclaration>> upstreams) {
        Set<ComponentDeclaration> reached = new HashSet<>();
        Deque<ComponentDeclaration> pending = new ArrayDeque<>();
        components.stream().filter(c -> c.kind().role() == Role.SPOUT).forEach(pending::add);
        if (pending.isEmpty()) {
            return; // [NoSpout] says it all.
        }
        while (!pending.isEmpty()) {
            ComponentDeclaration next = pending.pop();
            if (reached.add(next)) {
                upstreams.forEach((bolt, inputs) -> {
                    if (inputs.contains(next)) {
                        pending.push(bolt);
                    }
                });
            }
        }
        upstreams.forEach((bolt, inputs) -> {
            if (!inputs.isEmpty() && !reached.contains(bolt)) {
                reporter.report(bolt.element(), bolt.mirror(), Message.UNREACHABLE,
                        bolt.kind().display(), bolt.element().getSimpleName(), inputs.stream()
                                .map(input -> input.element().getSimpleName().toString())
                                .collect(Collectors.joining(", ")));
            }
        });
    }

    private static String suggestedUpstream(List<ComponentDeclaration> components) {
        return components.stream()
                .filter(c -> c.kind().role() == Role.SPOUT)
                .map(c -> c.element().getSimpleName().toString())
                .findFirst()
                .orElse("Upstream");
    }

    private static String componentNames(List<ComponentDeclaration> components) {
        return components.stream()
                .map(c -> c.element().getSimpleName() + ".class")
                .collect(Collectors.joining(", "));
    }

    private static String describeStreams(Map<String, StreamDeclaration> streams) {
        return streams.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\" " + e.getValue().fieldNames())
                .collect(Collectors.joining(", "));
    }
}
