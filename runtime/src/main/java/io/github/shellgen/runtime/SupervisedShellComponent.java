package io.github.shellgen.runtime;

import java.io.Serializable;
import java.util.Map;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IComponent;

/**
 * What {@link SupervisedShellBolt} and {@link SupervisedShellSpout} share: the command they run, the
 * metrics hook, and no component configuration unless a subclass returns one.
 */
public abstract class SupervisedShellComponent implements IComponent, Serializable {

    private static final long serialVersionUID = 1L;

    private final ShellCommand shell;

    SupervisedShellComponent(ShellCommand shell) {
        this.shell = shell;
    }

    /** What this component runs. */
    public final ShellCommand shellCommand() {
        return shell;
    }

    /**
     * Registers the metrics the script updates through {@code storm.rpcMetrics}; called in
     * {@code prepare} or {@code open}, before the subprocess starts.
     */
    protected void registerMetrics(TopologyContext context) {}

    @Override
    public Map<String, Object> getComponentConfiguration() {
        return null;
    }
}
