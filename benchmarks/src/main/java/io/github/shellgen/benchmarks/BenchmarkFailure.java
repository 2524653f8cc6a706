package io.github.shellgen.benchmarks;

/** Something that makes the benchmark's numbers meaningless; it stops the run with this message. */
final class BenchmarkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchmarkFailure(String message) {
        super(message);
    }
}
