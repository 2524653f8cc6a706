package io.github.shellgen.processor.storm;

import java.util.Locale;
import java.util.Set;

/** How the processor reads a shell component's command: which arguments may be files of {@code resources/}. */
public final class ShellCommands {

    /** Extensions of scripts that multilang commands run: an argument with one must be in {@code resources/}. */
    public static final Set<String> SCRIPT_EXTENSIONS = Set.of(
            "js", "mjs", "cjs", "py", "rb", "pl", "php", "sh", "bash", "lua", "r", "jl", "tcl", "groovy", "scala", "kts");

    private ShellCommands() {}

    /**
     * Whether an argument could name a file of {@code resources/}: not an option ({@code -x},
     * {@code key=value}), and a path {@link ResourcePaths} accepts.
     */
    public static boolean mayBeResourceFile(String argument) {
        return !argument.startsWith("-") && !argument.contains("=") && ResourcePaths.problem(argument).isEmpty();
    }

    /** Whether an argument looks like a script (ends in one of {@link #SCRIPT_EXTENSIONS}). */
    public static boolean looksLikeScript(String argument) {
        int dot = argument.lastIndexOf('.');
        int slash = Math.max(argument.lastIndexOf('/'), argument.lastIndexOf('\\'));
        return dot > slash + 1 && SCRIPT_EXTENSIONS.contains(argument.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
