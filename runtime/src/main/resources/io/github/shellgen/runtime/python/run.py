"""Starts a Python component on storm-shellgen's runtime: ``python3 shellgen/run.py SCRIPT [ARGS...]``.

Storm runs this in the topology's resources/ folder, where storm-shellgen put it (in shellgen/)
next to the runtime (shellgen/storm.py). It

1. loads the runtime as the module ``storm``, so ``import storm`` in the script gives it, even
   when resources/ also holds Storm's own storm.py (components on the STOCK runtime need that);
2. keeps the protocol's pipes to itself: the runtime speaks on private copies of standard input
   and output; file descriptor 1 then goes to standard error (which Storm logs), sys.stdout to
   Storm's log through the runtime, and standard input reads as empty;
3. answers the handshake before importing the script, so that a script that loads for minutes is
   a slow start, not a silent process (storm.py's point 8);
4. runs the script as ``__main__``, with its own folder first on sys.path, as ``python3 SCRIPT``
   would, then the blob store's environment (SHELLGEN_BLOB_PACKAGES) if the topology maps one, then
   the packages vendored into resources/site-packages/ (shellgen:vendor), if any.
"""
import importlib.util
import os
import runpy
import sys


def _load_runtime(folder):
    spec = importlib.util.spec_from_file_location("storm", os.path.join(folder, "storm.py"))
    runtime = importlib.util.module_from_spec(spec)
    sys.modules["storm"] = runtime
    spec.loader.exec_module(runtime)
    return runtime


def _claim_protocol_pipes(runtime):
    protocol_in = os.dup(0)  # os.dup gives descriptors child processes do not inherit
    protocol_out = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    runtime._use_pipes(protocol_in, protocol_out)
    sys.stdout = runtime._PrintToLog()


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: python3 shellgen/run.py SCRIPT [ARGS...] (run in the topology's resources folder)")
    folder = os.path.dirname(os.path.abspath(__file__))
    runtime = _load_runtime(folder)
    _claim_protocol_pipes(runtime)
    # Started before the script loads (which may take minutes): the JVM side knows from here on
    # that the process is up, and waits for the component's ready message within its startup limit.
    runtime._answer_before_loading()

    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    # Python put this launcher's folder first on the path; the script expects its own there.
    if sys.path and os.path.abspath(sys.path[0] or os.curdir) == folder:
        sys.path[0] = os.path.dirname(os.path.abspath(script))
    # Packages shellgen:vendor put in the jar (resources/site-packages/) come before the
    # interpreter's own, right after the script's folder.
    # The environment shellgen:submit put in Storm's blob store, when the topology maps it, comes
    # before those: the JVM side names its folder (in the worker's folder) in SHELLGEN_BLOB_PACKAGES.
    for packages in (os.path.join(os.path.dirname(folder), "site-packages"),
                     os.environ.get("SHELLGEN_BLOB_PACKAGES")):
        if packages and os.path.isdir(packages):
            sys.path.insert(1, packages)
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
