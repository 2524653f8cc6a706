package io.github.shellgen.processor.storm;

import com.squareup.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * The one naming rule for generated classes: the simple names from the outermost type down to the
 * annotated interface, joined, then {@code Spout}, {@code Bolt} or {@code Topology}
 * ({@code WordCount.Splitter} becomes {@code WordCountSplitterBolt}; {@code WordCount} becomes
 * {@code WordCountTopology}), in the interface's package.
 */
public final class GeneratedNames {

    private static final String TOPOLOGY_SUFFIX = "Topology";

    /** Storm's methods that every generated component declares itself: its streams, its configuration. */
    public static final String DECLARE_OUTPUT_FIELDS = "declareOutputFields";
    public static final String GET_COMPONENT_CONFIGURATION = "getComponentConfiguration";

    private GeneratedNames() {}

    /** The topology class generated for the {@code @Topology} interface {@code element}. */
    public static ClassName topology(TypeElement element) {
        return join(element, TOPOLOGY_SUFFIX);
    }

    /** The component class generated for the shell component interface {@code element}. */
    public static ClassName component(TypeElement element, Role role) {
        return join(element, role.suffix());
    }

    private static ClassName join(TypeElement element, String suffix) {
        ClassName source = ClassName.get(element);
        return ClassName.get(source.packageName(), String.join("", source.simpleNames()) + suffix);
    }
}
