package io.github.shellgen.processor.model;

import io.github.shellgen.processor.read.WindowDeclaration;
import io.github.shellgen.processor.storm.StormConfig;
import io.github.shellgen.processor.storm.WindowSpan;
import io.github.shellgen.runtime.RuntimeConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A validated {@code @Window}: what the component configuration tells Storm's windowing executor,
 * and how the diagram and the generated code describe it.
 *
 * @param length the window's length
 * @param every its sliding interval: the length for a tumbling window
 * @param timestampField the field of event time; empty for processing time
 * @param maxLag how far out of order event time may be, if set
 * @param watermarkEvery how often watermarks are computed, if set
 * @param lateStream the stream of late tuples; empty for none
 */
public record WindowModel(
        WindowSpan length,
        WindowSpan every,
        String timestampField,
        Optional<WindowSpan> maxLag,
        Optional<WindowSpan> watermarkEvery,
        String lateStream) {

    private static final String WHY = "The window (@Window).";

    /** The model of a window that passed validation. */
    static WindowModel of(WindowDeclaration window) {
        WindowSpan length = WindowSpan.parse(window.length().value()).orElseThrow();
        return new WindowModel(
                length,
                window.every().value().isEmpty() ? length : WindowSpan.parse(window.every().value()).orElseThrow(),
                window.timestampField().value(),
                WindowSpan.parse(window.maxLag().value()),
                WindowSpan.parse(window.watermarkEvery().value()),
                window.lateStream().value());
    }

    public boolean tumbling() {
        return length.equals(every);
    }

    /** The keys Storm's windowing executor reads, in the bolt's component configuration. */
    public List<ConfigEntry> config() {
        List<ConfigEntry> config = new ArrayList<>();
        config.add(new ConfigEntry(length.count() ? StormConfig.WINDOW_LENGTH_COUNT : StormConfig.WINDOW_LENGTH_MS,
                (int) length.amount(), WHY));
        config.add(new ConfigEntry(every.count() ? StormConfig.WINDOW_SLIDING_COUNT : StormConfig.WINDOW_SLIDING_MS,
                (int) every.amount(), WHY));
        if (!timestampField.isEmpty()) {
            config.add(new ConfigEntry(RuntimeConfig.WINDOW_TIMESTAMP_FIELD, timestampField, WHY));
        }
        maxLag.ifPresent(lag -> config.add(
                new ConfigEntry(StormConfig.WINDOW_MAX_LAG_MS, (int) lag.amount(), WHY)));
        watermarkEvery.ifPresent(interval -> config.add(
                new ConfigEntry(StormConfig.WINDOW_WATERMARK_MS, (int) interval.amount(), WHY)));
        if (!lateStream.isEmpty()) {
            config.add(new ConfigEntry(StormConfig.WINDOW_LATE_STREAM, lateStream, WHY));
        }
        return config;
    }

    /** The window in a few words: {@code window 10s every 2s, event time "ts" (lag 1s), late -> "late"}. */
    public String describe() {
        StringBuilder text = new StringBuilder("window ").append(length);
        text.append(tumbling() ? " tumbling" : " every " + every);
        if (!timestampField.isEmpty()) {
            text.append(", event time \"").append(timestampField).append('"');
            maxLag.ifPresent(lag -> text.append(" (lag ").append(lag).append(')'));
        }
        if (!lateStream.isEmpty()) {
            text.append(", late -> \"").append(lateStream).append('"');
        }
        return text.toString();
    }
}
