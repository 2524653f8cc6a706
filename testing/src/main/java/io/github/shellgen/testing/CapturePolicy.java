package io.github.shellgen.testing;

import java.util.Set;

/** Which components' emitted tuples a run keeps for {@link TopologyRun#emitted}: all, or the ones named. */
record CapturePolicy(Set<String> only) {

    static final CapturePolicy ALL = new CapturePolicy(null);

    CapturePolicy {
        only = only == null ? null : Set.copyOf(only);
    }

    boolean captures(String component) {
        return only == null || only.contains(component);
    }
}
