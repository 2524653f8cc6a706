package io.github.shellgen.processor.storm;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window's length or interval as {@code @Window} writes it: a duration ({@code "500ms"},
 * {@code "10s"}, {@code "5min"}, {@code "1h"}) or a tuple count ({@code "100 tuples"}).
 *
 * @param amount milliseconds for a duration, tuples for a count
 * @param count whether it counts tuples
 */
public record WindowSpan(long amount, boolean count) {

    private static final Pattern SPAN = Pattern.compile("\\s*(\\d{1,12})\\s*(ms|s|m|min|h|tuples?)\\s*");

    /** What {@code text} says; empty when it is neither a duration nor a count (or is too large to hold). */
    public static Optional<WindowSpan> parse(String text) {
        Matcher matcher = SPAN.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(matcher.group(1));
        long millis = switch (matcher.group(2)) {
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m", "min" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> -1;
        };
        WindowSpan span = millis < 0 ? new WindowSpan(value, true) : new WindowSpan(millis, false);
        return span.amount() > Integer.MAX_VALUE ? Optional.empty() : Optional.of(span); // Storm reads an int
    }

    /** How a message or the diagram shows it: {@code 10s}, {@code 1500ms}, {@code 100 tuples}. */
    @Override
    public String toString() {
        if (count) {
            return amount + (amount == 1 ? " tuple" : " tuples");
        }
        if (amount % 3_600_000 == 0) {
            return amount / 3_600_000 + "h";
        }
        if (amount % 60_000 == 0) {
            return amount / 60_000 + "min";
        }
        return amount % 1_000 == 0 ? amount / 1_000 + "s" : amount + "ms";
    }
}
