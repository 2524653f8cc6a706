"""storm-shellgen's Python runtime alone, with no JVM and no Storm: the benchmark's count and split
bolts, and their batch versions, fed a prepared input through a pipe, timed as whole processes.

    python3 benchmarks/src/main/python/runtime_alone.py [--tuples N] [--runs R] [RUNTIME_DIR ...]

Each RUNTIME_DIR holds a runtime as the processor writes it (shellgen/run.py, shellgen/storm.py);
by default, this checkout's runtime/src/main/resources/io/github/shellgen/runtime/python/. With
several, the runs alternate between them (paired), so that a slower moment of the machine falls on
all of them alike. The input is what storm-shellgen's JVM side sends: the setup message offering
frames, then N tuples in frames of 500 (the count bolt gets words, the split bolt N/8 sentences of
8 words), drawn with a fixed seed. Prints a Markdown table: the median wall time of R runs per
runtime and bolt, its tuples a second, and the bytes written, which must be equal across runtimes.
"""
import argparse
import json
import os
import random
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
DEFAULT_RUNTIME = os.path.join(ROOT, "runtime", "src", "main", "resources", "io", "github", "shellgen", "runtime",
                               "python")
SCRIPTS = os.path.join(ROOT, "benchmarks", "src", "main", "resources", "resources")
# What the JVM side passes each bolt (see storm.py, point 6): the streams its emits are checked against.
STREAMS = {
    "countbolt.py": {"default": {"fields": ["word", "count"], "direct": False}},
    "splitbolt.py": {"default": {"fields": ["word"], "direct": False}},
    "batchcountbolt.py": {"default": {"fields": ["word", "count"], "direct": False}},
    "batchsplitbolt.py": {"default": {"fields": ["word"], "direct": False}},
}
# The batch bolts' setting (storm.py, point 11): @Batch's default size.
BATCH_CONF = {"shellgen.bolt.batch.max.size": 100, "shellgen.bolt.batch.max.wait.ms": 0}


def prepared_input(path, tuples, pid_dir, conf):
    """The setup message with the JVM side's offer, then the tuples in frames (FrameWire's layout)."""
    setup = {"pidDir": pid_dir, "conf": conf, "context": {"componentid": "bench", "taskid": 1},
             "shellgenWire": {"frames": 1, "maxFrameBytes": 64 << 20, "ready": 1}}
    with open(path, "wb") as out:
        out.write((json.dumps(setup) + "\nend\n").encode("utf-8"))
        for start in range(0, len(tuples), 500):
            payload = json.dumps(tuples[start:start + 500], separators=(",", ":")).encode("utf-8")
            out.write(struct.pack(">BI", 0xF5, len(payload)) + payload)


def lay_out(runtime_dir, work):
    """A resources folder: the runtime in shellgen/, the benchmark's bolts beside it."""
    os.makedirs(os.path.join(work, "shellgen"))
    for name in ("run.py", "storm.py"):
        source = os.path.join(runtime_dir, "shellgen", name)
        if not os.path.exists(source):
            source = os.path.join(runtime_dir, name)
        shutil.copy(source, os.path.join(work, "shellgen", name))
    for script in STREAMS:
        shutil.copy(os.path.join(SCRIPTS, script), work)


def run_once(work, script, input_path, keep_output=False):
    """One run: its wall time, and with keep_output the bytes it wrote (else its output is discarded,
    so that writing it costs the same on every run)."""
    env = dict(os.environ, SHELLGEN_STREAMS=json.dumps(STREAMS[script]))
    output = os.path.join(work, "out") if keep_output else os.devnull
    with open(input_path, "rb") as stdin, open(output, "wb") as stdout:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "shellgen/run.py", script], cwd=work, env=env, stdin=stdin,
                              stdout=stdout, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit("%s in %s exited with status %d:\n%s" % (script, work, done.returncode,
                                                                  done.stderr.decode("utf-8", "replace")))
    return seconds, os.path.getsize(output) if keep_output else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tuples", type=int, default=300000, help="tuples for the count bolt (default 300000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per runtime and bolt (default 5)")
    parser.add_argument("runtimes", nargs="*", default=[DEFAULT_RUNTIME])
    args = parser.parse_args()

    random.seed(20240611)
    words = ["w%d" % i for i in range(5000)]
    count = [[0, str(i), "split", "default", 3, [random.choice(words)]] for i in range(args.tuples)]
    split = [[0, str(i), "spout", "default", 2, [" ".join(random.choice(words) for _ in range(8))]]
             for i in range(args.tuples // 8)]

    base = tempfile.mkdtemp(prefix="shellgen-alone-")
    try:
        pids = os.path.join(base, "pids")
        os.makedirs(pids)
        inputs = {}
        for script in STREAMS:
            inputs[script] = os.path.join(base, script + ".in")
            prepared_input(inputs[script], count if "count" in script else split, pids,
                           BATCH_CONF if script.startswith("batch") else {})
        works = []
        for i, runtime in enumerate(args.runtimes):
            work = os.path.join(base, "runtime%d" % i)
            lay_out(runtime, work)
            works.append(work)
        # One run each, untimed, for what it writes (and to warm the file cache).
        written = {(i, script): run_once(work, script, inputs[script], keep_output=True)[1]
                   for i, work in enumerate(works) for script in STREAMS}
        times = {(i, s): [] for i in range(len(works)) for s in STREAMS}
        for _ in range(args.runs):
            for script in STREAMS:
                for i, work in enumerate(works):
                    times[(i, script)].append(run_once(work, script, inputs[script])[0])
        print("Python %s, %d runs each, the median:" % (sys.version.split()[0], args.runs))
        print()
        print("| runtime | bolt | tuples | seconds | tuples/s | bytes written |")
        print("|---|---|--:|--:|--:|--:|")
        for i, runtime in enumerate(args.runtimes):
            for script in STREAMS:
                n = len(count) if "count" in script else len(split)
                median = statistics.median(times[(i, script)])
                print("| %s | %s | %d | %.3f | %.0f | %d |" % (runtime, script, n, median, n / median,
                                                              written[(i, script)]))
        for script in STREAMS:
            sizes = {written[(i, script)] for i in range(len(works))}
            if len(sizes) > 1:
                raise SystemExit("%s wrote different amounts on different runtimes: %s" % (script, sorted(sizes)))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
