package io.github.shellgen.processor.model;

import io.github.shellgen.processor.read.BatchDeclaration;
import io.github.shellgen.processor.storm.WindowSpan;
import io.github.shellgen.runtime.RuntimeConfig;
import java.util.List;

/**
 * A validated {@code @Batch}: what the bolt's subprocess is told (in the configuration it starts
 * with), and how the diagram describes it.
 *
 * @param maxSize the most tuples in a batch
 * @param maxWait how long a batch waits for more tuples after its first
 */
public record BatchModel(int maxSize, WindowSpan maxWait) {

    private static final String WHY = "The batches (@Batch).";

    /** The model of a {@code @Batch} that passed validation. */
    static BatchModel of(BatchDeclaration batch) {
        return new BatchModel(batch.maxSize().value(), WindowSpan.parse(batch.maxWait().value()).orElseThrow());
    }

    /** The keys storm-shellgen's Python runtime reads, in the configuration the subprocess starts with. */
    public List<ConfigEntry> config() {
        return List.of(new ConfigEntry(RuntimeConfig.BATCH_MAX_SIZE, maxSize, WHY),
                new ConfigEntry(RuntimeConfig.BATCH_MAX_WAIT_MS, (int) maxWait.amount(), WHY));
    }

    /** The batches in a few words: {@code batches of up to 256, waiting up to 20ms}. */
    public String describe() {
        return "batches of up to " + maxSize + (maxWait.amount() == 0 ? "" : ", waiting up to " + maxWait);
    }
}
