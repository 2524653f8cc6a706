package io.github.shellgen.benchmarks.variants;

import io.github.shellgen.benchmarks.variants.alljava.AllJavaWordCount;
import io.github.shellgen.benchmarks.variants.batch.BatchWordCountTopology;
import io.github.shellgen.benchmarks.variants.fastpath.FastWordCountTopology;
import io.github.shellgen.benchmarks.variants.generated.GeneratedWordCount;
import io.github.shellgen.benchmarks.variants.handwritten.HandWrittenWordCount;
import io.github.shellgen.benchmarks.variants.stateful.StatefulWordCountTopology;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The benchmark's variants, in table order. */
public enum Variant {

    ALL_JAVA("all-java", "all-Java (the limit)", AllJavaWordCount::new),

    /** What users write today: hand-written ShellSpout/ShellBolt wrappers running stock storm.py. */
    HAND_WRITTEN("hand-written", "hand-written wrappers + storm.py (the peer)", HandWrittenWordCount::new),

    /** The same scripts behind the wrappers storm-shellgen generates: the overhead check. */
    GENERATED("generated", "storm-shellgen generated + storm.py", GeneratedWordCount::new),

    /** The same scripts with storm-shellgen's defaults: its Python runtime, and idle executors that sleep. */
    FAST_PATH("fast-path", "storm-shellgen fast path (defaults)",
            () -> new OnShellgenRuntime(FastWordCountTopology::builder, FastWordCountTopology::config)),

    /** The fast path with a stateful counter (@Stateful, state in memory, Storm's 1 s checkpoints). */
    STATEFUL("stateful", "fast path, counter @Stateful (in-memory state, 1 s checkpoints)",
            () -> new OnShellgenRuntime(StatefulWordCountTopology::builder, StatefulWordCountTopology::config)),

    /** The fast path with both bolts written as batch bolts (@Batch, its defaults). */
    BATCH("batch", "fast path, both bolts @Batch (batch bolts)",
            () -> new OnShellgenRuntime(BatchWordCountTopology::builder, BatchWordCountTopology::config));

    private final String id;
    private final String label;
    private final Supplier<WordCountVariant> implementation;

    Variant(String id, String label, Supplier<WordCountVariant> implementation) {
        this.id = id;
        this.label = label;
        this.implementation = implementation;
    }

    /** The short name used on the command line of a variant's JVM and in result lines. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** False for a variant with a place in the table but no implementation yet. */
    public boolean implemented() {
        return implementation != null;
    }

    public Optional<WordCountVariant> implementation() {
        return Optional.ofNullable(implementation).map(Supplier::get);
    }

    public static Variant byId(String id) {
        return Arrays.stream(values())
                .filter(variant -> variant.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No variant \"" + id + "\"; the variants are "
                        + Arrays.stream(values()).map(Variant::id).toList()));
    }
}
