package io.github.shellgen.processor.validate;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.ConfValue;
import io.github.shellgen.processor.read.Member;
import io.github.shellgen.processor.read.StateDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.StormTypes;
import io.github.shellgen.processor.storm.WindowSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * A bolt's {@code @Stateful} and the topology's state attributes: {@code @Stateful} on a shell bolt
 * that can keep state (not a spout, not a Java bolt, not {@code runtime = STOCK}, not windowed), a
 * provider named exactly when a bolt is stateful and usable as one, its configuration a JSON object,
 * and the checkpoint interval a duration shorter than the message timeout.
 */
record StateRules(Reporter reporter, ClassRules classes) {

    void check(TopologyDeclaration topology, List<ComponentDeclaration> components) {
        List<ComponentDeclaration> stateful = components.stream().filter(c -> c.stateful() != null).toList();
        stateful.forEach(this::placed);
        StateDeclaration state = topology.state();
        Element element = topology.element();
        if (stateful.isEmpty()) {
            for (Member<?> member : List.of(state.provider(), state.config(), state.checkpointEvery())) {
                if (member.explicit()) {
                    reporter.report(element, topology.mirror(), member.at(), Message.STATE_WITHOUT_STATEFUL_BOLT,
                            member.name(), text(member), element.getSimpleName(), member.name());
                }
            }
            return;
        }
        if (Setting.namedClass(state.provider().value()).isEmpty()) {
            if (!state.provider().explicit()) { // (javac reports a class it cannot resolve)
                reporter.report(element, topology.mirror(), Message.STATE_PROVIDER_MISSING, element.getSimpleName(),
                        stateful.stream().map(ComponentDeclaration::id).collect(Collectors.joining(", ")));
            }
        } else {
            classes.check(element, topology.mirror(), "@Topology", state.provider(),
                    List.of(StormTypes.STATE_PROVIDER), Message.Moment.STATEFUL_BOLT_STARTS);
        }
        String config = state.config().value().strip();
        if (!config.isEmpty() && !(ConfValue.json(config).orElse(null) instanceof Map<?, ?>)) {
            reporter.report(element, topology.mirror(), state.config().at(), Message.STATE_CONFIG, config);
        }
        checkInterval(topology, state.checkpointEvery());
    }

    private void placed(ComponentDeclaration component) {
        Element element = component.element();
        if (component.kind().role() == Role.SPOUT) {
            reporter.report(element, component.stateful(), Message.STATEFUL_ON_SPOUT, component.kind().display(),
                    element.getSimpleName());
        } else if (component.kind().isJava()) {
            reporter.report(element, component.stateful(), Message.STATEFUL_ON_JAVA_BOLT, element.getSimpleName());
        } else if (component.runtime() == PythonRuntime.STOCK) {
            reporter.report(element, component.stateful(), Message.STATEFUL_ON_STOCK, element.getSimpleName());
        } else if (component.window() != null) {
            reporter.report(element, component.stateful(), Message.STATEFUL_WITH_WINDOW, element.getSimpleName());
        }
    }

    private void checkInterval(TopologyDeclaration topology, Member<String> every) {
        if (every.value().isEmpty()) {
            return; // Storm's second, shorter than any timeout Storm accepts
        }
        Optional<WindowSpan> span = WindowSpan.parse(every.value());
        if (span.isEmpty() || span.get().count() || span.get().amount() == 0) {
            reporter.report(topology.element(), topology.mirror(), every.at(), Message.STATE_CHECKPOINT, every.value());
            return;
        }
        MessageTimeout timeout = MessageTimeout.of(topology);
        if (span.get().amount() >= timeout.millis()) {
            reporter.report(topology.element(), topology.mirror(), every.at(), Message.STATE_CHECKPOINT_TIMEOUT,
                    every.value(), timeout.secs(), timeout.source(), span.get().amount() / 1000);
        }
    }

    private static String text(Member<?> member) {
        return member.value() instanceof Optional<?> type
                ? Setting.namedClass(type).map(t -> t.getSimpleName() + ".class").orElse("")
                : String.valueOf(member.value());
    }
}
