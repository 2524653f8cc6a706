package io.github.shellgen.processor.storm;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Storm's own names, and what Storm 2.8.3 and Flux 2.8.3 themselves reject or misread in names,
 * read from their code, so the rules here say no more and no less than Storm does.
 */
public final class StormNames {

    /** Storm's name for the stream a component emits to when it names none. */
    public static final String DEFAULT_STREAM = "default";

    /**
     * {@code Utils.isSystemId}: ids starting with {@code __} are Storm's own ({@code __acker},
     * {@code __system}, {@code __tick}, ...). {@code StormCommon.validateIds}, run by Nimbus at
     * submission, rejects a user component or declared stream with such an id. No other character
     * of a component or stream id is checked by Storm.
     */
    public static final String SYSTEM_PREFIX = "__";

    /**
     * {@code Utils.TOPOLOGY_NAME_REGEX}, which {@code Utils.validateTopologyName} applies in
     * {@code StormSubmitter.submitTopologyAs} and again in Nimbus.
     */
    public static final String TOPOLOGY_NAME_REGEX = "^[^/.:\\\\]+$";

    /**
     * {@code FluxParser}'s property pattern, tried on every line of the file before it is parsed
     * as YAML: a {@code ${...}} with at least one character inside. The generated YAML keeps each
     * value on one line (SnakeYAML escapes line breaks), so the whole value is what matters.
     */
    private static final Pattern FLUX_PLACEHOLDER = Pattern.compile("\\$\\{.+}", Pattern.DOTALL);

    /** Punctuation allowed in a Flux file name besides letters and digits: URI-safe and portable. */
    public static final String FILE_NAME_PUNCTUATION = "-_~!$&'()+,;=@";

    private StormNames() {}

    public static boolean isSystemId(String id) {
        return id.startsWith(SYSTEM_PREFIX);
    }

    public static boolean hasFluxPlaceholder(String value) {
        return FLUX_PLACEHOLDER.matcher(value).find();
    }

    /**
     * The first character of a non-empty {@code name} that Storm rejects in a topology name, if there
     * is one (an empty name Storm rejects too).
     */
    public static Optional<Character> topologyNameCharacter(String name) {
        for (char c : new char[] {'/', '.', ':', '\\'}) {
            if (name.indexOf(c) >= 0) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The first character of {@code name} that cannot be part of a generated file's name, described
     * for a message, if there is one. javac's {@code Filer} only takes names that parse as relative
     * URIs (no spaces, quotes, {@code #}, {@code %}, ...), and the file must work on every OS.
     */
    public static Optional<String> fileNameProblem(String name) {
        return name.codePoints()
                .filter(c -> !Character.isLetterOrDigit(c) && FILE_NAME_PUNCTUATION.indexOf(c) < 0)
                .mapToObj(StormNames::describe)
                .findFirst();
    }

    /** A character as a message shows it: visible ones quoted, the others by code point. */
    public static String describe(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            String name = Optional.ofNullable(Character.getName(codePoint)).orElse("unnamed")
                    .replaceAll(" \\(.*\\)$", "")
                    .toLowerCase(java.util.Locale.ROOT);
            return String.format(java.util.Locale.ROOT, "U+%04X (%s)", codePoint, name);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }
}
