"""How fast shellgen_testing drives a script: the Python author's inner loop, with no JVM.

    python3 benchmarks/src/main/python/testing_speed.py

(after `mvn -q install -DskipTests`, which writes the runtime and shellgen_testing.py into
example-wordcount/target/shellgen/python/). Prints the time per process() call of the example's
splitter (one sentence of six words in, six emits out, through the runtime's own code and the
multilang protocol over a pipe) and per start-process-close of its counter.
"""
import os
import sys
import time

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "example-wordcount")
sys.path.insert(0, os.path.join(EXAMPLE, "target", "shellgen", "python"))
import shellgen_testing  # noqa: E402

RESOURCES = os.path.join(EXAMPLE, "src", "main", "resources", "resources")
CALLS = 2000
STARTS = 20


def main():
    with shellgen_testing.bolt("splitbolt.py", fields=["word"], resources=RESOURCES) as splitter:
        started = time.perf_counter()
        for _ in range(CALLS):
            splitter.process(["the cow jumped over the moon"])
        took = time.perf_counter() - started
    print("Python %s: process() %d times in %.2f s, %.0f us a call (%d emits)"
          % (sys.version.split()[0], CALLS, took, took / CALLS * 1e6, len(splitter.emits)))
    started = time.perf_counter()
    for _ in range(STARTS):
        with shellgen_testing.bolt("countbolt.py", fields=["word", "count"], resources=RESOURCES) as counter:
            counter.process(["moon"])
    print("Python %s: start, one tuple, close: %.0f ms" % (sys.version.split()[0],
                                                           (time.perf_counter() - started) / STARTS * 1000))


if __name__ == "__main__":
    main()
