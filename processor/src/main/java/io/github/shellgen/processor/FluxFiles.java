package io.github.shellgen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * The Flux files (and each topology's index file) collected across rounds, keyed by file name so
 * they are written once each, in a stable order, when processing is over. Two topologies never
 * share a file name: the validator reports the second one ({@code [DuplicateTopologyName]}) before
 * anything is written.
 */
final class FluxFiles {

    /** One rendered file and the interface it comes from. */
    record Pending(String fileName, String content, TypeElement originating) {}

    private final Map<String, Pending> byName = new TreeMap<>();

    void add(Pending pending) {
        byName.put(pending.fileName(), pending);
    }

    List<Pending> drain() {
        List<Pending> all = new ArrayList<>(byName.values());
        byName.clear();
        return all;
    }
}
