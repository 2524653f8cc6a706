package io.github.shellgen.benchmarks.run;

import io.github.shellgen.benchmarks.variants.WordCountShape;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Checks, before any cluster starts, that Storm will start the shell components in the resources/
 * folder holding the scripts and storm.py. In local mode Storm 2.8.3 extracts resources/ from the
 * first jar on the class path that has one (directories count only when no jar has one). Getting
 * that wrong shows only as "Pipe to subprocess seems to be broken!", so say it plainly instead.
 */
final class ResourcesGuard {

    private static final List<String> NEEDED = List.of(
            "resources/storm.py",
            "resources/" + WordCountShape.SPOUT_SCRIPT,
            "resources/" + WordCountShape.SPLITTER_SCRIPT,
            "resources/" + WordCountShape.COUNTER_SCRIPT);

    private ResourcesGuard() {}

    static void check() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !new File(entry).isFile()) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                if (jar.stream().anyMatch(e -> e.getName().startsWith("resources/"))) {
                    List<String> missing = NEEDED.stream().filter(name -> jar.getEntry(name) == null).toList();
                    if (!missing.isEmpty()) {
                        throw new IllegalStateException("Storm would start the Python components in the resources/"
                                + " folder of " + entry + ", the first jar on the class path that has one, but it lacks "
                                + missing + ". Put the shellgen-benchmarks jar first on the class path.");
                    }
                    return;
                }
            }
        }
        for (String name : NEEDED) {
            if (ResourcesGuard.class.getClassLoader().getResource(name) == null) {
                throw new IllegalStateException(name + " is not on the class path; build the benchmarks module"
                        + " (its build unpacks storm.py next to the scripts).");
            }
        }
    }
}
