package test.wordcount;

import javax.annotation.processing.Generated;
import org.apache.storm.Config;
import org.apache.storm.StormSubmitter;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.topology.TopologyBuilder;
import org.apache.storm.tuple.Fields;

/**
 * The Storm topology {@code wordcount} declared by {@link WordCount}.
 *
 * <p>Run it on a cluster with {@code storm jar app.jar test.wordcount.WordCountTopology}, or through Flux with
 * {@code storm jar app.jar org.apache.storm.flux.Flux --remote -R /wordcount.yaml}.
 */
@Generated("io.github.shellgen.processor.ShellgenProcessor")
public final class WordCountTopology {
    /**
     * The topology name.
     */
    public static final String NAME = "wordcount";

    /**
     * The generated Flux file, as a classpath resource.
     */
    public static final String FLUX_RESOURCE = "/wordcount.yaml";

    private WordCountTopology() {
    }

    /**
     * A builder with every component set and wired; add components to it before
     * {@code createTopology()} to extend the topology.
     */
    public static TopologyBuilder builder() {
        TopologyBuilder builder = new TopologyBuilder();
        builder.setSpout("sentences", new WordCountSentencesSpout(), 1);
        builder.setBolt("splitter", new WordCountSplitterBolt(), 2)
                .shuffleGrouping("sentences");
        builder.setBolt("counter", new WordCountCounterBolt(), 2)
                .fieldsGrouping("splitter", new Fields("word"));
        return builder;
    }

    /**
     * The topology, ready to submit.
     */
    public static StormTopology topology() {
        return builder().createTopology();
    }

    /**
     * The topology configuration; a new instance each call, free to change.
     */
    public static Config config() {
        Config config = new Config();
        // Idle executors sleep at once instead of spinning: the CPU goes to the subprocesses (@Topology idleWait).
        config.put("topology.bolt.wait.progressive.level2.count", 0);
        config.put("topology.spout.wait.progressive.level2.count", 0);
        return config;
    }

    /**
     * Submits the topology through {@code StormSubmitter}, named {@code args[0]} if given,
     * else {@link #NAME}: on a cluster with {@code storm jar}, in process under
     * {@code storm local} ({@code org.apache.storm.LocalCluster}'s {@code main}).
     */
    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : NAME;
        StormSubmitter.submitTopology(name, config(), topology());
    }
}
