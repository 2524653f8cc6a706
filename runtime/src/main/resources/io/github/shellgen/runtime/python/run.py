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
   the packages vendored into resources/site-packages/ (shellgen:vendor), if any;
5. when the JVM side says so (SHELLGEN_DEBUG, for the one process shellgen:run -Dshellgen.debug
   names), starts a debugger first: ``debugpy:HOST:PORT`` listens there and waits until a client
   (VS Code, any DAP client) has attached; ``pycharm:HOST:PORT`` connects to PyCharm's debug
   server there. The debugger is imported from the folders of SHELLGEN_DEBUG_PATH (say, the
   project's test packages), then as the script would import it. When the script is the same file
   in one of the folders of SHELLGEN_DEBUG_SOURCES (the project's script folders), it runs from
   there, so that a breakpoint set on the source file is hit without a path mapping.
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
    debug = os.environ.get("SHELLGEN_DEBUG")
    if debug:
        script = _start_debugger(runtime, debug, script)
        if sys.path and os.path.dirname(os.path.abspath(script)) != sys.path[0]:
            sys.path[0] = os.path.dirname(os.path.abspath(script))
    runpy.run_path(script, run_name="__main__")


def _folders(name):
    return [folder for folder in os.environ.get(name, "").split(os.pathsep) if folder]


def _start_debugger(runtime, debug, script):
    """Starts the debugger SHELLGEN_DEBUG names; returns the script to run (its source, when the same)."""
    debugger, _, address = debug.partition(":")
    host, _, port = address.rpartition(":")
    for folder in reversed(_folders("SHELLGEN_DEBUG_PATH")):
        sys.path.insert(1, folder)
    for folder in _folders("SHELLGEN_DEBUG_SOURCES"):
        source = os.path.join(folder, script)
        if os.path.isfile(source) and _same_file(source, script):
            script = source
            break
    try:
        if debugger == "pycharm":
            import pydevd_pycharm
            runtime.logWarn("storm-shellgen: connecting to PyCharm's debug server at %s:%s" % (host, port))
            runtime.flush()
            pydevd_pycharm.settrace(host, port=int(port), suspend=False, stdoutToServer=False, stderrToServer=False)
        else:
            import debugpy
            debugpy.listen((host, int(port)))
            runtime.logWarn("storm-shellgen: %s (pid %d) waits for a debugger on %s:%s; attach to it (VS Code: a"
                            " \"Python Debugger: Attach\" configuration, or any DAP client). Breakpoints: set them"
                            " in %s" % (os.path.basename(script), os.getpid(), host, port, os.path.abspath(script)))
            runtime.flush()
            debugpy.wait_for_client()
    except ImportError as e:
        sys.exit("storm-shellgen: SHELLGEN_DEBUG asks for %s, which this Python (%s) cannot import (%s). Install it"
                 " for this python3 (pip install %s), or list it in src/test/python/requirements.txt or the"
                 " scripts' requirements.txt" % (debugger, sys.executable, e,
                                                 "pydevd-pycharm" if debugger == "pycharm" else "debugpy"))
    return script


def _same_file(a, b):
    try:
        with open(a, "rb") as first, open(b, "rb") as second:
            return first.read() == second.read()
    except OSError:
        return False


if __name__ == "__main__":
    main()
