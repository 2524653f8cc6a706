"""Unit tests of storm-shellgen Python components, in-process, without a JVM or Storm.

    import shellgen_testing

    def test_splits_a_sentence():
        with shellgen_testing.bolt("splitbolt.py", fields=["word"]) as splitter:
            splitter.process(["The cow"])
            assert splitter.emitted() == [["the"], ["cow"]]
            assert len(splitter.acked) == 1

bolt() and spout() load the script as the worker would (its folder first on sys.path, started in
its folder) with a fresh copy of storm-shellgen's runtime behind its ``import storm``, and run the
component the script runs (the one whose run() it calls) on that runtime's own code: the handshake,
initialize(), the kind checks, emit, ack, fail, the BasicBolt, WindowedBolt, StatefulBolt and
BatchBolt loops. The test plays Storm's part of the multilang protocol (Storm's JSON messages) over
a pipe, so what the test sees is what Storm would have been sent. Nothing here re-implements emit
or ack.

Each call (process, batch, window, tick, checkpoint, next_tuple, ack, fail, ...) returns once the
component has handled it and waits for more, with the emits it made; everything is also kept on
the object: emits, emitted(stream), acked, failed, logs, errors, metrics. An exception raised in
the script is re-raised by the call, after the runtime has reported it and failed the tuple (as in
Storm); pass raise_errors=False to read it from errors instead. A call that does not return within
timeout seconds (10) raises TimeoutError, naming the script.

Differences from a worker, each on purpose: print() goes to the test's standard output (on a
worker it becomes a log line, see the runtime's notes); the configuration is the one given (plus
the keys that make a windowed, stateful or batch bolt one), not the topology's; the declared
streams are the ones given (fields= or streams=), so emits are checked only when they are given;
task ids asked for with need_task_ids=True are what task_ids returns (by default none).
Works with pytest and unittest alike, on Python 3.8 and later.
"""
import errno
import fcntl
import importlib.util
import itertools
import json
import os
import runpy
import sys
import tempfile
import threading

__all__ = ["bolt", "spout", "tuple", "Emit", "TestTuple", "ComponentRun", "BoltRun", "SpoutRun", "RESOURCES_ENV"]

# The folders to look for a script in, separated by os.pathsep: shellgen:python-test sets it to
# the project's resources/ folders. Without it, src/main/resources/resources under the current folder.
RESOURCES_ENV = "SHELLGEN_RESOURCES"
_DEFAULT_RESOURCES = os.path.join("src", "main", "resources", "resources")
_RUNTIME_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "storm.py")
_PIPE_BYTES = 1 << 20

_ids = itertools.count(1)


class TestTuple(object):
    """A tuple as a bolt receives it (storm.Tuple's fields), made with tuple()."""

    __test__ = False  # not a test class, for pytest
    __slots__ = ("id", "component", "stream", "task", "values")

    def __init__(self, values, stream="default", component="upstream", task=1, id=None):
        self.id = str(next(_ids)) if id is None else id
        self.component = component
        self.stream = stream
        self.task = task
        self.values = list(values)

    def _message(self):
        return {"id": self.id, "comp": self.component, "stream": self.stream, "task": self.task,
                "tuple": self.values}

    def __repr__(self):
        return "<TestTuple id=%r component=%r stream=%r values=%r>" % (
            self.id, self.component, self.stream, self.values)


def tuple(values, stream="default", component="upstream", task=1, id=None):  # noqa: A001 (storm.Tuple's name)
    """A tuple to give a bolt: its values, and where it comes from. Give the same TestTuple to
    several windows to keep it in them."""
    return TestTuple(values, stream, component, task, id)


class Emit(object):
    """One emit: values, stream ("default" when none was named), anchors (the input tuples it is
    anchored to, in a bolt), id (the message id, in a spout), task (the task of a direct emit)."""

    __slots__ = ("values", "stream", "anchors", "id", "task")

    def __init__(self, values, stream, anchors, id, task):
        self.values = values
        self.stream = stream
        self.anchors = anchors
        self.id = id
        self.task = task

    def __eq__(self, other):
        return isinstance(other, Emit) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def __repr__(self):
        parts = ["values=%r" % (self.values,)]
        if self.stream != "default":
            parts.append("stream=%r" % self.stream)
        if self.anchors:
            parts.append("anchors=%r" % ([a.id if isinstance(a, TestTuple) else a for a in self.anchors],))
        if self.id is not None:
            parts.append("id=%r" % (self.id,))
        if self.task is not None:
            parts.append("task=%r" % (self.task,))
        return "<Emit %s>" % " ".join(parts)


def _find_script(script, resources):
    if os.path.isabs(script):
        return script
    folders = [resources] if resources else (os.environ.get(RESOURCES_ENV) or _DEFAULT_RESOURCES).split(os.pathsep)
    for folder in folders:
        path = os.path.join(folder, script)
        if os.path.isfile(path):
            return os.path.abspath(path)
    if os.path.isfile(script):
        return os.path.abspath(script)
    raise FileNotFoundError("shellgen_testing: no script %r in %s (give the path, resources=FOLDER, or set %s)"
                            % (script, " or ".join(os.path.abspath(f) for f in folders), RESOURCES_ENV))


def _load_runtime():
    spec = importlib.util.spec_from_file_location("storm", _RUNTIME_FILE)
    assert spec is not None and spec.loader is not None, _RUNTIME_FILE
    runtime = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runtime)
    return runtime


class _Captured(Exception):
    pass


def _load_component(path, runtime):
    """Runs the script as __main__ (a worker's python3 would) with runtime behind `import storm`,
    and returns the component whose run() it calls, without serving."""
    captured = []
    original_run = runtime._Component.run

    def capture(component):
        captured.append(component)
        raise _Captured()

    runtime._Component.run = capture
    folder = os.path.dirname(path)
    saved_storm = sys.modules.get("storm")
    saved_bytecode = sys.dont_write_bytecode
    sys.modules["storm"] = runtime
    sys.dont_write_bytecode = True  # no __pycache__ among the scripts (they go into the jar)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        runpy.run_path(path, run_name="__main__")
    except _Captured:
        pass
    finally:
        os.chdir(cwd)
        sys.dont_write_bytecode = saved_bytecode
        if saved_storm is None:
            sys.modules.pop("storm", None)
        else:
            sys.modules["storm"] = saved_storm
        runtime._Component.run = original_run
    if not captured:
        raise AssertionError("shellgen_testing: %s starts no component: it must call run() on a storm.Bolt,"
                             " BasicBolt, WindowedBolt, StatefulBolt, BatchBolt or Spout (as in"
                             " `SplitBolt().run()`), even under `if __name__ == \"__main__\":`" % path)
    return captured[0]


def _streams_env(fields, streams):
    if fields is not None and streams is not None:
        raise TypeError("shellgen_testing: give fields= (the default stream's) or streams=, not both")
    if fields is not None:
        streams = {"default": fields}
    if streams is None:
        return None
    declared = {}
    for name, spec in streams.items():
        if isinstance(spec, dict):
            declared[name] = {"fields": list(spec["fields"]), "direct": bool(spec.get("direct", False))}
        else:
            declared[name] = {"fields": list(spec), "direct": False}
    return json.dumps(declared)


class ComponentRun(object):
    """A component started on the runtime, with Storm's side played by the test. Use it in a with
    block, or call close()."""

    _spout = False  # whether the script must run a spout

    def __init__(self, script, conf, context, component, task, fields, streams, resources, timeout, raise_errors,
                 task_ids):
        self.script = _find_script(script, resources)
        self.timeout = timeout
        self.raise_errors = raise_errors
        self.task_ids = task_ids
        self.emits = []
        self.acked = []
        self.failed = []
        self.logs = []  # (level, message): 0 trace, 1 debug, 2 info, 3 warn, 4 error
        self.errors = []  # what the component reported with storm.reportError (tracebacks included)
        self.metrics = []  # (name, params) of storm.rpcMetrics
        self._sent = {}  # tuple id -> TestTuple given
        self._exceptions = []
        self._closed = False
        self._runtime = _load_runtime()
        self.component = _load_component(self.script, self._runtime)
        self._check_kind()
        self._hook_runtime()
        self._tmp = tempfile.mkdtemp(prefix="shellgen-testing-")
        self._in_read, self._in_write = os.pipe()
        try:
            fcntl.fcntl(self._in_write, 1031, _PIPE_BYTES)  # F_SETPIPE_SZ (Linux): a whole batch in one read
        except OSError:
            pass
        self._runtime._READ_SIZE = _PIPE_BYTES
        out_path = os.path.join(self._tmp, "out")
        self._out_write = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        self._out_read = open(out_path, "rb")
        self._out_buffer = b""
        self._runtime._use_pipes(self._in_read, self._out_write)
        self._cond = threading.Condition()
        self._written = 0
        self._consumed = 0
        self._idle = False
        self._ended = False
        self.conf = dict(self._kind_conf())
        self.conf.update(conf or {})
        ctx = {"taskid": task, "componentid": component, "task->component": {str(task): component}}
        ctx.update(context or {})
        self.context = ctx
        self._thread = threading.Thread(target=self._serve, name="shellgen-testing " + os.path.basename(self.script),
                                        daemon=True)
        streams_env = _streams_env(fields, streams)
        env_name = self._runtime._STREAMS_ENV  # the runtime reads the declared streams from it (point 6)
        saved = os.environ.get(env_name)
        if streams_env is None:
            os.environ.pop(env_name, None)
        else:
            os.environ[env_name] = streams_env
        try:
            self._thread.start()
            self._exchange([{"conf": self.conf, "context": ctx, "pidDir": self._tmp}], "starting it")
        except BaseException:
            self.close()
            raise
        finally:
            if saved is None:
                os.environ.pop(env_name, None)
            else:
                os.environ[env_name] = saved

    # --- what a test reads ---

    def emitted(self, stream="default"):
        """The values of every emit so far to stream (every stream with stream=None), in order."""
        return [e.values for e in self.emits if stream is None or e.stream == stream]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        """Closes the pipe, as a worker shutting down does: the component ends quietly."""
        if self._closed:
            return
        self._closed = True
        try:
            os.close(self._in_write)
        except OSError:
            pass
        self._thread.join(self.timeout)
        self._runtime._pipes.closed = True  # nothing more to write at exit
        for fd in (self._in_read, self._out_write):
            try:
                os.close(fd)
            except OSError:
                pass
        self._out_read.close()
        for name in os.listdir(self._tmp):
            os.remove(os.path.join(self._tmp, name))
        os.rmdir(self._tmp)

    # --- the exchange with the runtime ---

    def _kind_conf(self):
        return {}

    def _check_kind(self):
        if isinstance(self.component, self._runtime.Spout) != self._spout:
            raise TypeError("shellgen_testing: %s runs a %s (storm.%s): start it with shellgen_testing.%s()" % (
                self.script, "spout" if not self._spout else "bolt", type(self.component).__mro__[1].__name__,
                "bolt" if self._spout else "spout"))

    def _hook_runtime(self):
        runtime = self._runtime
        read_more = runtime._read_more
        report = runtime.reportError

        def _read_more(received):
            # The runtime has handled what it received, sent what it had to say, and waits for more.
            with self._cond:
                if self._consumed == self._written:
                    self._idle = True
                    self._cond.notify_all()
            length = len(received)
            read_more(received)
            with self._cond:
                self._consumed += len(received) - length

        def reportError(msg):
            exception = sys.exc_info()[1]
            if exception is not None:
                self._exceptions.append(exception)
            report(msg)

        runtime._read_more = _read_more
        runtime.reportError = reportError

    def _serve(self):
        try:
            self.component.run()
        except SystemExit:  # the pipe closed: the component ends quietly, as on a worker
            pass
        finally:
            with self._cond:
                self._ended = True
                self._cond.notify_all()

    def _exchange(self, messages, doing):
        """Sends Storm's messages, waits until the component has handled them, and returns its emits."""
        if self._closed:
            raise RuntimeError("shellgen_testing: %s was closed" % os.path.basename(self.script))
        if self._ended:
            raise RuntimeError("shellgen_testing: the component of %s has ended (see errors: %r)"
                               % (os.path.basename(self.script), self.errors[-1:]))
        data = "".join(json.dumps(m) + "\nend\n" for m in messages).encode("utf-8")
        first = len(self.emits)
        with self._cond:
            self._idle = False
            self._written += len(data)
        cwd = os.getcwd()
        os.chdir(os.path.dirname(self.script))  # Storm starts the script in resources/
        try:
            view = memoryview(data)
            while view:
                try:
                    view = view[os.write(self._in_write, view):]
                except OSError as e:
                    if e.errno != errno.EPIPE:
                        raise
                    break
            while True:
                with self._cond:
                    if not self._cond.wait_for(lambda: self._idle or self._ended, self.timeout):
                        raise TimeoutError("shellgen_testing: %s did not finish %s within %s s (timeout=)" % (
                            os.path.basename(self.script), doing, self.timeout))
                    self._idle = False
                if not self._read_output() or self._ended:
                    break
        finally:
            os.chdir(cwd)
        if self._exceptions and self.raise_errors:
            exception = self._exceptions.pop(0)
            del self._exceptions[:]
            raise exception
        if self._ended and not self._closed:
            raise RuntimeError("shellgen_testing: the component of %s ended while %s (reported: %r)"
                               % (os.path.basename(self.script), doing, self.errors[-1:]))
        return self.emits[first:]

    def _read_output(self):
        """Reads what the component sent; True when it waits for task ids, which were then sent."""
        self._out_buffer += self._out_read.read()
        *whole, self._out_buffer = self._out_buffer.split(b"\nend\n")
        answers = []
        for raw in whole:
            message = json.loads(raw.decode("utf-8"))
            answer = self._receive(message)
            if answer is not None:
                answers.append(answer)
        if answers:
            data = "".join(json.dumps(a) + "\nend\n" for a in answers).encode("utf-8")
            with self._cond:
                self._written += len(data)
            os.write(self._in_write, data)
            return True
        return False

    def _receive(self, message):
        command = message.get("command")
        if command is None:  # the answer to the handshake: {"pid": ...}
            return None
        if command == "emit":
            task = message.get("task")
            anchors = [self._sent.get(a, a) for a in message.get("anchors", ())]
            stream = message.get("stream") or "default"
            self.emits.append(Emit(message["tuple"], stream, anchors, message.get("id"),
                                   None if task is None else task - (1 << 32)))
            if task is None and message.get("need_task_ids", True):
                return list(self.task_ids(stream, message["tuple"]))
        elif command == "ack":
            self.acked.append(self._sent.get(message["id"], message["id"]))
        elif command == "fail":
            self.failed.append(self._sent.get(message["id"], message["id"]))
        elif command == "log":
            self.logs.append((message.get("level", 2), message["msg"]))
        elif command == "error":
            self.errors.append(message["msg"])
        elif command == "metrics":
            self.metrics.append((message["name"], message["params"]))
        elif command == "state":
            self._state_message(message)
        return None

    def _state_message(self, message):
        raise AssertionError("shellgen_testing: %s sent state outside a stateful bolt" % self.script)

    def _tuples(self, tuples):
        messages = []
        for t in tuples:
            if not isinstance(t, TestTuple):
                t = TestTuple(t)
            self._sent[t.id] = t
            messages.append(t._message())
        return messages


class BoltRun(ComponentRun):
    """A bolt's script running on the runtime. process() for a Bolt or BasicBolt (and StatefulBolt),
    window() for a WindowedBolt, batch() for a BatchBolt; tick() for any; checkpoint() and
    rollback() for a StatefulBolt."""

    def __init__(self, *args, state=None):
        self.committed = dict(state or {})  # the state as Storm keeps it: as of the last checkpoint
        self._pending_state = {}
        self._window_has = {}  # id -> TestTuple: the window as the process has it
        super().__init__(*args)
        runtime = self._runtime
        if isinstance(self.component, runtime.StatefulBolt):
            self._send_state()

    def _kind_conf(self):
        """A key that makes the bolt the kind its class is, as the runtime's own kind check reads it;
        a batch bolt gets its batches whole (see batch())."""
        runtime = self._runtime
        for cls, keys, *_ in runtime._SPECIAL_BOLTS:
            if isinstance(self.component, cls):
                conf = {keys[0]: 1}
                if cls is runtime.BatchBolt:
                    conf.update({runtime._BATCH_SIZE_KEY: 1 << 30, runtime._BATCH_WAIT_KEY: 0})
                return conf
        return {}

    def process(self, values, stream="default", component="upstream", task=1):
        """Gives the bolt one tuple (values, or a TestTuple); returns its emits. For a BatchBolt, a
        batch of one."""
        t = values if isinstance(values, TestTuple) else TestTuple(values, stream, component, task)
        if isinstance(self.component, self._runtime.WindowedBolt):
            raise TypeError("shellgen_testing: %s is a WindowedBolt: give it windows, with window([...])"
                            % os.path.basename(self.script))
        return self._exchange(self._tuples([t]), "process() of %r" % (t,))

    def batch(self, tuples):
        """Gives a BatchBolt these tuples (values or TestTuples) as one batch; returns its emits."""
        if not isinstance(self.component, self._runtime.BatchBolt):
            raise TypeError("shellgen_testing: %s is not a BatchBolt: give it tuples with process()"
                            % os.path.basename(self.script))
        return self._exchange(self._tuples(tuples), "process() of a batch of %d" % len(tuples))

    def window(self, tuples, start=None, end=0):
        """Gives a WindowedBolt the window whose tuples are these (values or TestTuples, oldest first):
        those not in the previous window are new, those of it that are not here expired, as Storm's
        windowing computes them. Give the same TestTuple objects to keep a tuple across windows.
        start and end: the window's bounds in milliseconds (start None for a window of counts)."""
        if not isinstance(self.component, self._runtime.WindowedBolt):
            raise TypeError("shellgen_testing: %s is not a WindowedBolt" % os.path.basename(self.script))
        given = [t if isinstance(t, TestTuple) else TestTuple(t) for t in tuples]
        ids = [t.id for t in given]
        new = [t for t in given if t.id not in self._window_has]
        expired = [i for i in self._window_has if i not in set(ids)]
        self._window_has = {t.id: t for t in given}
        for t in given:
            self._sent[t.id] = t
        window = TestTuple([[t._message() for t in new], [t.id for t in new], expired, start, end],
                           stream=self._runtime.WINDOW_STREAM, component="__window", task=-2)
        self._sent[window.id] = window
        return self._exchange([window._message()], "process() of a window of %d" % len(given))

    def tick(self):
        """Sends a tick tuple (stream "__tick", from "__system"), as topology.tick.tuple.freq.secs does."""
        t = TestTuple([1], stream=self._runtime.TICK_STREAM, component="__system", task=-1)
        return self._exchange(self._tuples([t]), "a tick tuple")

    def checkpoint(self):
        """A StatefulBolt's checkpoint: the state changes since the last one are committed (to
        committed, as Storm's state store would); returns them as {key: value or None (deleted)}."""
        self._stateful("checkpoint()")
        self._pending_state = {}
        t = TestTuple([0], stream=self._runtime.CHECKPOINT_STREAM, component="$checkpointspout", task=-3)
        self._exchange(self._tuples([t]), "a checkpoint")
        changes = self._pending_state
        self._pending_state = {}
        for key, value in changes.items():
            if value is None:
                self.committed.pop(key, None)
            else:
                self.committed[key] = value
        return changes

    def rollback(self):
        """A StatefulBolt's rollback (Storm's after a failure): init_state() is given the state as of
        the last checkpoint again; what changed since is lost."""
        self._stateful("rollback()")
        self._send_state()

    def _stateful(self, what):
        if not isinstance(self.component, self._runtime.StatefulBolt):
            raise TypeError("shellgen_testing: %s is not a StatefulBolt: %s is for one"
                            % (os.path.basename(self.script), what))

    def _send_state(self):
        entries = [[key, json.dumps(value)] for key, value in self.committed.items()]
        t = TestTuple([entries, True], stream=self._runtime.STATE_STREAM, component="__state", task=-3)
        self._exchange(self._tuples([t]), "init_state()")

    def _state_message(self, message):
        puts, deletes = message["tuple"]
        for key, text in puts.items():
            self._pending_state[key] = json.loads(text)
        for key in deletes:
            self._pending_state[key] = None


class SpoutRun(ComponentRun):
    """A spout's script running on the runtime: next_tuple(), ack(id), fail(id), activate(), deactivate()."""

    _spout = True

    def next_tuple(self):
        """Asks for the next tuple (Storm's "next"); returns what nextTuple() emitted."""
        return self._exchange([{"command": "next"}], "nextTuple()")

    def ack(self, id):
        """Tells the spout the tuple tree of message id was acked."""
        return self._exchange([{"command": "ack", "id": id}], "ack(%r)" % (id,))

    def fail(self, id):
        """Tells the spout the tuple tree of message id failed."""
        return self._exchange([{"command": "fail", "id": id}], "fail(%r)" % (id,))

    def activate(self):
        return self._exchange([{"command": "activate"}], "activate()")

    def deactivate(self):
        return self._exchange([{"command": "deactivate"}], "deactivate()")


def _no_task_ids(stream, values):
    return []


def bolt(script, conf=None, context=None, component="bolt", task=1, fields=None, streams=None, resources=None,
         state=None, timeout=10.0, raise_errors=True, task_ids=_no_task_ids):
    """Starts the bolt that script runs. script: its path, or its name in the resources folder
    (SHELLGEN_RESOURCES, else src/main/resources/resources). fields: the default stream's declared
    fields, or streams: {stream: [fields]} ({"fields": [...], "direct": True} for a direct one); with
    either, each emit is checked as on a worker. state: a StatefulBolt's committed state at start.
    task_ids(stream, values): the tasks an emit with need_task_ids=True went to."""
    return BoltRun(script, conf, context, component, task, fields, streams, resources, timeout, raise_errors, task_ids,
                   state=state)


def spout(script, conf=None, context=None, component="spout", task=1, fields=None, streams=None, resources=None,
          timeout=10.0, raise_errors=True, task_ids=_no_task_ids):
    """Starts the spout that script runs (arguments as bolt()'s)."""
    return SpoutRun(script, conf, context, component, task, fields, streams, resources, timeout,
                    raise_errors, task_ids)
