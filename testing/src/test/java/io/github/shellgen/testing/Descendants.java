package io.github.shellgen.testing;

import io.github.shellgen.runtime.process.Reaper;
import java.util.List;
import java.util.OptionalLong;

/** This JVM's live descendant processes, but shellgen-runtime's reaper, which lives as long as the JVM. */
final class Descendants {

    private Descendants() {}

    static List<String> alive() {
        OptionalLong reaper = Reaper.pid();
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> reaper.isEmpty() || p.pid() != reaper.getAsLong())
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                .toList();
    }
}
