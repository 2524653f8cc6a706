package io.github.shellgen.processor;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The topologies of this compilation that run on storm-shellgen's Python runtime, collected across
 * rounds. Its files are written once, when processing is over, if any topology needs them: the
 * Filer refuses to create one file twice.
 */
final class RuntimeFiles {

    private final Set<TypeElement> users = new LinkedHashSet<>();

    void requiredBy(TypeElement topology) {
        users.add(topology);
    }

    /** The topologies that need the runtime; empty once drained, so the files are written once. */
    TypeElement[] drain() {
        TypeElement[] all = users.toArray(TypeElement[]::new);
        users.clear();
        return all;
    }
}
