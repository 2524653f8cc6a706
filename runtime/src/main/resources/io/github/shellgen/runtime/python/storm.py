"""storm-shellgen's Python runtime: Storm's multilang protocol behind the API of Storm's storm.py.

storm-shellgen writes this file to the jar's resources/shellgen/ folder and starts each Python
component whose runtime is SHELLGEN (the default) as ``python3 shellgen/run.py <script>``. The
launcher makes ``import storm`` in the script load this module, so scripts written for Storm's
storm.py run unchanged. The names are storm.py's: Tuple, Bolt, BasicBolt, Spout, emit,
emitDirect, emitBolt, emitSpout, ack, fail, reportError, log, logTrace, logDebug, logInfo,
logWarn, logError, rpcMetrics, and the lower-level readMsg, readCommand, readTuple, readTaskIds,
sendMsgToParent, sync, sendpid, initComponent, json_encode, json_decode, MODE, ANCHOR_TUPLE.
flush(), WindowedBolt and Window are new (point 9), and so are StatefulBolt and State (point 10), and
BatchBolt and Batch (point 11).

It differs from Storm's storm.py in these ways only, each a deliberate choice with its own test
(PythonRuntimeTest in storm-shellgen's processor module, FrameWireTest in shellgen-runtime):

1. emit() does not wait for task ids. storm.py asks Storm, on every emit, for the ids of the tasks
   the tuple went to, and blocks until they come back. This runtime sends "need_task_ids": false
   and returns None; emit(..., need_task_ids=True) asks for them and returns them. A direct emit
   (emitDirect, or emit with directTask) returns None: Storm sends no task ids for it (storm.py's
   emit with directTask waits for them forever). The task id goes out plus 2**32: Storm 2.8.3's
   JSON reader casts a task id to Long, which fails (and kills the worker) for the Integer its
   parser makes of a small number; a number above 2**31 parses as a Long, and Storm keeps its
   low 32 bits, the task id. With storm.py every direct emit fails.
2. Messages to Storm are buffered and written together, in one write, whenever the runtime is
   about to wait for Storm: once the tuples already received are processed, after each spout
   command, before reading task ids. They are also written when 512 are waiting, when flush() is
   called, and when the process ends. So a message sent during a long process() or nextTuple()
   reaches Storm when that call returns; call storm.flush() to send at once.
3. Standard output is not the protocol's. Under the launcher, print() and anything else written to
   sys.stdout becomes a log message at INFO, one per line (lines written before the component has
   started are sent right after the handshake, or to standard error if it never starts);
   print(..., flush=True) sends at once. Writes to file descriptor 1 (C extensions, child
   processes) go to standard error, which Storm logs; standard input reads as empty. With
   storm.py a stray print() corrupts the protocol.
4. Messages may be sent from several threads: each one stays whole, and goes at the next flush.
5. When Storm closes the pipe (the worker is shutting down) the process ends quietly, with exit
   status 0; storm.py raises "Read EOF from stdin" and tries to report it.
6. Each emit is checked against the streams the component declares, which storm-shellgen's JVM side
   passes in the environment variable SHELLGEN_STREAMS: an emit to a stream the component does not
   declare, with the wrong number of values, or direct to a stream that is not direct (or the other
   way round) raises EmitError at the emitting line, naming the component, the stream, the declared
   fields and the values. (Storm's own shell components die in Storm's tuple code instead.) Without
   the variable nothing is checked.
7. When storm-shellgen's JVM side offers its frames in the setup message ("shellgenWire"), the
   answer to the handshake accepts them, and every message after it travels in frames instead of
   Storm's JSON lines: several messages to a frame, each a short JSON array (see _FrameWire and its
   codes), so that the emits and the ack of one input go to Storm in one write and Storm's
   side reads them at once. Tuples, values and what the script sees are the same either way;
   Storm's own shell components, and storm-shellgen's with another multilang serializer, make no
   offer, and get Storm's JSON protocol.

8. Under the launcher, the handshake is answered before the script is imported, with "loading"
   when the JVM side offers it ("ready" in the offer): the JVM side then knows the process is up
   while the script loads, and the start ends with a ready message (_FrameWire.READY), sent once the
   component's initialize() has returned (or, for a script that drives the protocol itself, when it
   calls initComponent()). Loading a model for minutes before serving is a slow start, bounded by
   the component's startup limit, not a silent process.
9. WindowedBolt, for a bolt with a window (@Window on its interface): Storm's windowing executor
   buffers the input and fires the windows; process(window) is called once per window, with a
   Window (its tuples, the new and the expired ones, its start and end). A window arrives as one
   tuple on stream "__window" whose values are [tuples, new ids, expired ids, start, end]: only the
   tuples this process does not have yet, each as a tuple message ({"id", "comp", "stream", "task",
   "tuple"}), then the ids of the new ones and of those it has that left the window since the last
   window it was sent, and the window's start and end in milliseconds (start null for a window of
   tuple counts). The process keeps the window's contents;
   after a restart the first window it is sent is whole. Its emits in process() are anchored to the
   window, which is acked when process() returns; on an exception it is reported and the window
   failed (its output may be partial; its tuples stay in the window, which Storm acks as they leave).

10. StatefulBolt, for a bolt with @Stateful: Storm checkpoints its state. init_state(state) is called
   with the state (a State: get, put, delete, iteration, values JSON-serializable) before the first
   tuple, and again whenever Storm rolls the state back; process(tuple) is as BasicBolt's, and the
   changes it made to the state are undone when it raises. The state arrives as tuples on stream
   "__state" whose values are [[[key, JSON text], ...], last], the last with last true; a checkpoint
   as a tuple on stream "__checkpoint" (values [txid]), answered with the changes since the last
   one, in state messages ({"command": "state", "id": <the checkpoint's id>, "tuple": [{key: JSON
   text, ...}, [deleted key, ...]]}, or the frame [12, id, puts, deletes]), then the checkpoint's ack.
11. BatchBolt, for a bolt with @Batch: process(batch) is called with a Batch, the tuples that have
   arrived (up to the maximum size; when fewer have, after waiting up to the maximum wait from the
   first for more, with select() on the pipe, answering heartbeats meanwhile). The limits come in the
   conf (shellgen.bolt.batch.max.size, shellgen.bolt.batch.max.wait.ms). An emit in process() must
   name its anchors (EmitError otherwise: anchoring a whole batch by default would replay all of it
   for one failure downstream); anchors may be one Tuple. The batch's tuples are acked when process()
   returns, failed when it raises (reported once, with the batch's size), except those settled in
   process() with batch.ack, batch.fail, storm.ack or storm.fail. A tick tuple ends the batch being
   gathered: the batch goes to process(), then the tick to tick(tuple), then it is acked. When Storm
   closes the pipe, the tuples gathered so far go to process() before the process ends (what it
   sends then is not delivered: their tuples are replayed).

Everything else is as in storm.py: Bolt leaves acking to the script and ends on an exception
(after reporting it); BasicBolt anchors every emit to the input tuple, acks it after process(), and
on an exception reports it and fails the tuple; heartbeats are answered with sync; the Spout
answers every command with sync.
"""
import atexit
import io
import json
import os
import select
import struct
import sys
import threading
import time
import traceback
from collections import deque

# Storm ends every message with a line "end". It writes each message as one JSON text on one line
# (its JSON never holds a raw line break), and so does this module.
_END = "\nend\n"
_END_BYTES = b"\nend\n"

# How much to read from Storm at once, and how many messages may wait before they are written.
_READ_SIZE = 1 << 16
_FLUSH_AT = 512

_decode = json.JSONDecoder().decode

# The key of the setup message under which storm-shellgen's JVM side offers its frames (point 7),
# and of the handshake's answer that accepts them (the JVM end: Handshake, in shellgen-runtime).
_OFFER = "shellgenWire"
# Frames are cut at this many bytes of messages (or the JVM's limit, if lower), so that only a
# single message larger than the JVM's limit goes over it.
_FRAME_BYTES = 1 << 20


def _make_encoder():
    """A compact JSON encoder, made once.

    json.dumps and JSONEncoder.encode build a new encoder on every call, which costs more than the
    encoding of a small tuple. The C encoder they build is made here once and reused; where it is
    missing or behaves differently (another Python implementation), JSONEncoder.encode is used.
    """
    standard = json.JSONEncoder(separators=(",", ":")).encode
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return standard
    # No table of the containers seen (json.dumps keeps one to report a circular value): a value
    # that contains itself raises RecursionError instead, at the same emit, and every encode is
    # a fifth faster.
    c_encoder = make(None, json.JSONEncoder().default, json.encoder.encode_basestring_ascii,
                     None, ":", ",", False, False, True)

    def encode(value):
        return "".join(c_encoder(value, 0))

    sample = {"tuple": ["w\u00e9rd", 1, 2.5, None, True, {"k": [-1]}], "id": "-42"}
    try:
        if encode(sample) == standard(sample):
            return encode
    except Exception:
        pass
    return standard


_encode = _make_encoder()


# storm.py's own helpers, unchanged for scripts that use them (the runtime uses _encode).
def json_encode(value):
    return json.dumps(value)


def json_decode(text):
    return json.loads(text)


MODE = None
ANCHOR_TUPLE = None

# The component's declared output streams, {stream: (fields, direct)}, from storm-shellgen's JVM side
# (see point 6 of the module's notes); None when it did not pass them, and then emits are not checked.
_STREAMS_ENV = "SHELLGEN_STREAMS"
_declared = None
_component = "?"


class EmitError(ValueError):
    """An emit that does not match the streams the component declares."""


def _read_declared(context):
    global _declared, _component
    _component = context.get("componentid", "?") if isinstance(context, dict) else "?"
    text = os.environ.get(_STREAMS_ENV)
    if text:
        _declared = {stream: (spec["fields"], spec["direct"]) for stream, spec in json.loads(text).items()}


def _check_emit(tup, stream, direct):
    declared = _declared.get(stream)
    if declared is None:
        raise EmitError('component "%s" emitted %s to stream "%s", which it does not declare; it declares %s.'
                        " Declare the stream on the component, or emit to one of these"
                        % (_component, _values(tup), stream, _declared_list()))
    fields, direct_stream = declared
    if len(tup) != len(fields):
        raise EmitError('component "%s" emitted %s to stream "%s", which declares %d field%s %s.'
                        " Emit one value per declared field, in that order"
                        % (_component, _values(tup), stream, len(fields), "" if len(fields) == 1 else "s", fields))
    if direct and not direct_stream:
        raise EmitError('component "%s" emitted directly to a task on stream "%s", which is not declared direct.'
                        " Declare it with direct = true, or emit without a task" % (_component, stream))
    if direct_stream and not direct:
        raise EmitError('component "%s" emitted without a task to stream "%s", which is declared direct.'
                        " Emit with emitDirect (a task id)" % (_component, stream))


def _values(tup):
    try:
        text = repr(list(tup))
    except TypeError:
        return "%r (not a list of values)" % (tup,)
    if len(text) > 200:
        text = text[:200] + "...]"
    return "%d value%s %s" % (len(tup), "" if len(tup) == 1 else "s", text)


def _declared_list():
    if not _declared:
        return "no streams"
    return ", ".join('"%s" %s' % (stream, fields) for stream, (fields, _) in sorted(_declared.items()))

# Commands read while waiting for task ids, and task ids read while waiting for a command.
pending_commands = deque()
pending_taskids = deque()


class _StormClosedThePipe(SystemExit):
    """Storm has gone: the worker is shutting down this component. Ends the process quietly."""

    def __init__(self):
        super().__init__(0)


class _Pipes:
    """The protocol's ends of the two pipes, and what has been read or is waiting to be written."""

    def __init__(self):
        self.in_fd = 0
        self.out_fd = 1
        self.received = bytearray()  # read, but not yet a whole message
        self.inbox = deque()  # whole messages, decoded, not yet handed out
        self.outbox = []  # encoded messages waiting to be written, in order
        self.lock = threading.Lock()  # one writer at a time
        self.started = False  # the pid is in the outbox: the first message Storm must see
        self.closed = False


_pipes = _Pipes()


def _use_pipes(in_fd, out_fd):
    """Speaks the protocol on in_fd and out_fd instead of 0 and 1 (the launcher's private copies)."""
    _pipes.in_fd = in_fd
    _pipes.out_fd = out_fd


def _receive():
    """Waits until at least one whole message has arrived, and decodes all those that have."""
    flush()  # about to wait for Storm, which may be waiting for what we have to say
    _wire.receive(_pipes.received, _pipes.inbox)


def _read_more(received):
    """Reads what Storm has sent into received; ends the process quietly when Storm has gone."""
    chunk = os.read(_pipes.in_fd, _READ_SIZE)
    if not chunk:
        _pipes.closed = True
        raise _StormClosedThePipe()
    received += chunk


def _send(text):
    """Queues one encoded message; writes the queue once it is long."""
    outbox = _pipes.outbox
    outbox.append(text)
    if len(outbox) >= _FLUSH_AT:
        flush()


def flush():
    """Writes every waiting message to Storm now, in one write. Not in storm.py."""
    pipes = _pipes
    with pipes.lock:
        count = len(pipes.outbox)
        if (not count and _wire.hello is None) or not pipes.started or pipes.closed:
            return
        # Messages other threads append meanwhile land after `count`, and stay queued.
        data = _wire.pack(pipes.outbox, count)
        del pipes.outbox[:count]
        view = memoryview(data)
        while view:
            try:
                written = os.write(pipes.out_fd, view)
            except BrokenPipeError:
                pipes.closed = True
                raise _StormClosedThePipe() from None
            view = view[written:]


def _flush_at_exit():
    if isinstance(sys.stdout, _PrintToLog):
        sys.stdout.flush()  # a last line printed without a line break
    if _pipes.started:
        try:
            flush()
        except _StormClosedThePipe:
            pass
    elif _pipes.outbox:
        # The component never started, so Storm will report a broken pipe and show stderr: put
        # what the script printed or logged there, where it helps explain why.
        text = "storm-shellgen: the component ended before it started; it had queued:\n" + "\n".join(_pipes.outbox)
        os.write(2, (text + "\n").encode("utf-8", "replace"))


def readMsg():
    """The next message from Storm. Sends the waiting messages first if it has to wait."""
    inbox = _pipes.inbox
    if not inbox:
        _receive()
    return _wire.storm_message(inbox.popleft())


def readTaskIds():
    if pending_taskids:
        return pending_taskids.popleft()
    msg = readMsg()
    while type(msg) is not list:
        pending_commands.append(msg)
        msg = readMsg()
    return msg


def readCommand():
    if pending_commands:
        return pending_commands.popleft()
    msg = readMsg()
    while type(msg) is list:
        pending_taskids.append(msg)
        msg = readMsg()
    return msg


def readTuple():
    if not pending_commands:
        tup = _wire.next_tuple()
        if tup is not None:
            return tup
    cmd = readCommand()
    return Tuple(cmd["id"], cmd["comp"], cmd["stream"], cmd["task"], cmd["tuple"])


def sendMsgToParent(msg):
    _send(_wire.to_parent(msg))


def sync():
    _send(_wire.SYNC_MESSAGE)


def sendpid(heartbeatdir, loading=False):
    pid = os.getpid()
    # The pid answers the handshake, so it goes before anything printed or logged while starting.
    answer = {"pid": pid}
    if loading:
        answer["loading"] = True
    _wire.answer(answer)
    _pipes.started = True
    open(os.path.join(heartbeatdir, str(pid)), "w").close()


_UNSET = object()


def emit(tup, stream=None, anchors=_UNSET, directTask=None, need_task_ids=False, id=None):
    """Emits a tuple: emitBolt's arguments in a bolt, emitSpout's in a spout (whose third is id).

    Returns None, or with need_task_ids=True the ids of the tasks the tuple went to.
    """
    if MODE is Spout:
        return _wire.emit_spout(tup, stream, id if anchors is _UNSET else anchors, directTask, need_task_ids)
    if id is not None:
        raise TypeError("emitBolt() got an unexpected keyword argument 'id' (a bolt's emit has no message id)")
    if anchors is _UNSET:
        if _batch is not None:
            raise EmitError("storm-shellgen: an emit in a BatchBolt's process(batch) names the input tuples it is"
                            " anchored to: storm.emit(values, anchors=[tuple]) (anchors=batch.tuples for the whole"
                            " batch, anchors=[] for none)")
        anchors = []
    elif anchors.__class__ is Tuple:
        anchors = [anchors]
    return _wire.emit_bolt(tup, stream, anchors, directTask, need_task_ids)


def emitDirect(task, *args, **kwargs):
    kwargs["directTask"] = task
    emit(*args, **kwargs)


def emitBolt(tup, stream=None, anchors=[], directTask=None, need_task_ids=False):
    return _wire.emit_bolt(tup, stream, anchors, directTask, need_task_ids)


def emitSpout(tup, stream=None, id=None, directTask=None, need_task_ids=False):
    return _wire.emit_spout(tup, stream, id, directTask, need_task_ids)


def ack(tup):
    if _batch is None or not _batch._settle(tup, True):
        _send(_wire.ack(tup.id))


def fail(tup):
    if _batch is None or not _batch._settle(tup, False):
        _send(_wire.fail(tup.id))


# The two wires, one object each, as on the JVM side (Wire, JsonWire and FrameWire in
# shellgen-runtime): Storm's JSON protocol, which every multilang program speaks, and
# storm-shellgen's frames (point 7), from the JVM side's accepted offer on. Each turns what the
# module sends into text and what it receives into messages; _wire is the one in use. The messages
# this module sends most (emit, ack, sync) are put together by hand around the encoded values: the
# same JSON as encoding the whole message, in a third of the time.

_DIRECT_TASK_OFFSET = 1 << 32


class _JsonWire(object):
    """Storm's JSON protocol: each message one JSON text on one line, then a line "end"."""

    SYNC_MESSAGE = '{"command":"sync"}'
    hello = None  # the answer to the handshake goes first in the outbox, not apart

    def __init__(self):
        # A BasicBolt's emits in one process() all anchor to its input tuple: the start of their
        # message is made once per tuple. Holding the tuple keeps its identity from being reused.
        self.anchored = [None, ""]

    def receive(self, received, inbox):
        """Reads until at least one whole message has arrived; puts every whole one in the inbox."""
        while True:
            _read_more(received)
            last = received.rfind(_END_BYTES)
            if last >= 0:
                break
        whole = received[:last].decode("utf-8")
        del received[:last + len(_END_BYTES)]
        # Whole messages joined by commas form one JSON array: one decode for the lot.
        inbox.extend(_decode("[" + whole.replace(_END, ",") + "]"))

    def pack(self, outbox, count):
        """The first count messages of the outbox, as one write."""
        return (_END.join(outbox[:count]) + _END).encode("utf-8")

    def storm_message(self, raw):
        """A received message as Storm's JSON protocol gives it: a dict, or a list of task ids."""
        return raw

    def next_tuple(self):
        """readTuple's fast path; None to read a command instead (always, here)."""
        return None

    def to_parent(self, msg):
        """A message in Storm's JSON form (a dict) as this wire sends it (sendMsgToParent)."""
        return _encode(msg)

    def answer(self, answer):
        """Queues the answer to the handshake, before anything printed or logged while starting."""
        _pipes.outbox.insert(0, _encode(answer))

    def ack(self, tid):
        return '{"command":"ack","id":' + _encode(tid) + "}"

    def state(self, tid, puts, deletes):
        return '{"command":"state","id":' + _encode(tid) + ',"tuple":' + _encode([puts, deletes]) + "}"

    def fail(self, tid):
        return '{"command":"fail","id":' + _encode(tid) + "}"

    def emit_bolt(self, tup, stream, anchors, directTask, need_task_ids):
        anchor = ANCHOR_TUPLE
        if anchor is None:
            head = '{"command":"emit","anchors":' + _encode([a.id for a in anchors])
        else:
            anchored = self.anchored
            if anchored[0] is not anchor:
                anchored[0] = anchor
                anchored[1] = '{"command":"emit","anchors":[' + _encode(anchor.id) + "]"
            head = anchored[1]
        return self._emit(head, tup, stream, directTask, need_task_ids)

    def emit_spout(self, tup, stream, id, directTask, need_task_ids):
        head = '{"command":"emit"'
        if id is not None:
            head += ',"id":' + _encode(id)
        return self._emit(head, tup, stream, directTask, need_task_ids)

    def _emit(self, head, tup, stream, directTask, need_task_ids):
        if _declared is not None:
            _check_emit(tup, "default" if stream is None else stream, directTask is not None)
        text = head + ',"tuple":' + _encode(tup)
        if stream is not None:
            text += ',"stream":' + _encode(stream)
        if directTask is not None:
            # Storm sends no task ids for a direct emit. Plus 2**32: see point 1 of the module's notes.
            _send(text + ',"task":' + _encode(int(directTask) + _DIRECT_TASK_OFFSET) + "}")
            return None
        _send(text + ("}" if need_task_ids else ',"need_task_ids":false}'))
        return readTaskIds() if need_task_ids else None

    def serve_basic_bolt(self, process):
        """BasicBolt's loop: each tuple's emits anchored to it, acked after process(), or reported
        and failed. Ends only by an exception (the pipe closed, a broken message)."""
        global ANCHOR_TUPLE
        while True:
            tup = readTuple()
            if tup.task == -1 and tup.stream == "__heartbeat":
                sync()
                continue
            ANCHOR_TUPLE = tup
            try:
                process(tup)
                ack(tup)
            except Exception:
                reportError(traceback.format_exc())
                fail(tup)


class _FrameWire(object):
    """storm-shellgen's frames: MAGIC, the payload's length (4 bytes, big-endian), and the payload, a
    JSON array of messages, each a JSON array whose first element is its code (below), the rest by
    position. The JVM end is FrameWire (shellgen-runtime), which documents each message's fields;
    FrameCodesTest there fails if the codes of the two ends differ."""

    VERSION = 1
    MAGIC = 0xF5
    # From the JVM.
    TUPLE = 0
    TASK_IDS = 1
    SPOUT_COMMAND = 2
    # To the JVM.
    BOLT_EMIT = 3
    SPOUT_EMIT = 4
    ACK = 5
    FAIL = 6
    SYNC = 7
    LOG = 8
    ERROR = 9
    METRICS = 10
    READY = 11
    STATE = 12

    _HEADER = struct.Struct(">BI")
    _HEAD_BOLT_EMIT = "[%d," % BOLT_EMIT
    _HEAD_SPOUT_EMIT = "[%d," % SPOUT_EMIT
    _HEAD_ACK = "[%d," % ACK
    _HEAD_FAIL = "[%d," % FAIL
    SYNC_MESSAGE = "[%d]" % SYNC

    def __init__(self, frame_bytes):
        self.frame_bytes = frame_bytes
        # The answer to the handshake (JSON), written before the first frame.
        self.hello = None
        self.anchored = [None, ""]  # as _JsonWire's: the anchors of a BasicBolt's emits, once per tuple

    def receive(self, received, inbox):
        """Reads until at least one whole frame has arrived; puts the messages of every whole frame in the inbox."""
        header = self._HEADER
        magic_byte = self.MAGIC
        while True:
            start = 0
            while len(received) - start >= 5:
                magic, length = header.unpack_from(received, start)
                if magic != magic_byte:
                    raise ValueError("storm-shellgen: the JVM sent something that is not a frame")
                end = start + 5 + length
                if end > len(received):
                    break
                inbox.extend(_decode(received[start + 5:end].decode("utf-8")))
                start = end
            if start:
                del received[:start]
                if inbox:
                    return
            _read_more(received)

    def pack(self, outbox, count):
        """The first count messages of the outbox as frames, after the handshake's answer if it is still due."""
        parts = [] if self.hello is None else [self.hello.encode("utf-8")]
        self.hello = None
        limit = self.frame_bytes
        start = 0
        while start < count:
            end = start
            size = 0
            while end < count and (end == start or size + len(outbox[end]) + 2 < limit):
                size += len(outbox[end]) + 1
                end += 1
            payload = ("[" + ",".join(outbox[start:end]) + "]").encode("utf-8")
            parts.append(self._HEADER.pack(self.MAGIC, len(payload)))
            parts.append(payload)
            start = end
        return b"".join(parts)

    def storm_message(self, raw):
        """A message of a frame as Storm's JSON protocol gives it: a dict, or a list of task ids."""
        code = raw[0]
        if code == self.TUPLE:
            return {"id": raw[1], "comp": raw[2], "stream": raw[3], "task": raw[4], "tuple": raw[5]}
        if code == self.TASK_IDS:
            return raw[1]
        return {"command": raw[1], "id": raw[2]}

    def next_tuple(self):
        """The next tuple, taken from the frame, when it is the next message; else None."""
        inbox = _pipes.inbox
        if not inbox:
            _receive()
        raw = inbox[0]
        if raw[0] == self.TUPLE:
            inbox.popleft()
            return Tuple(raw[1], raw[2], raw[3], raw[4], raw[5])
        return None

    def to_parent(self, msg):
        """A message in Storm's JSON form (a dict), as a message of a frame (sendMsgToParent)."""
        command = msg.get("command")
        if command == "emit":
            direct = msg.get("task")
            if "anchors" in msg or MODE is not Spout:
                head = [self.BOLT_EMIT, msg.get("stream"), msg.get("anchors")]
            else:
                head = [self.SPOUT_EMIT, msg.get("stream"), msg.get("id")]
            return _encode(head + [msg.get("tuple"), direct, msg.get("need_task_ids", direct is None)])
        if command == "ack":
            return self.ack(msg.get("id"))
        if command == "fail":
            return self.fail(msg.get("id"))
        if command == "sync":
            return self.SYNC_MESSAGE
        if command == "log":
            return _encode([self.LOG, msg.get("msg"), msg.get("level", 2)])
        if command == "error":
            return _encode([self.ERROR, msg.get("msg")])
        if command == "metrics":
            return _encode([self.METRICS, msg.get("name"), msg.get("params")])
        if command == "ready":
            return "[%d]" % self.READY
        raise ValueError("storm-shellgen: cannot send %r: not a message of Storm's multilang protocol" % (msg,))

    def answer(self, answer):
        """The answer to the handshake accepts the frames; it goes in JSON, before the first frame."""
        answer[_OFFER] = self.VERSION
        self.hello = _encode(answer) + _END

    def ack(self, tid):
        return self._HEAD_ACK + _quote_id(tid) + "]"

    def state(self, tid, puts, deletes):
        return _encode([self.STATE, tid, puts, deletes])

    def fail(self, tid):
        return self._HEAD_FAIL + _quote_id(tid) + "]"

    def emit_bolt(self, tup, stream, anchors, directTask, need_task_ids):
        anchor = ANCHOR_TUPLE
        anchored = self.anchored
        if anchor is None:
            if len(anchors) != 1:
                ids = _encode([a.id for a in anchors])
            elif anchored[0] is anchors[0]:
                ids = anchored[1]  # a batch bolt's emits of one input tuple: its ids made once
            else:
                anchored[0] = anchors[0]
                ids = anchored[1] = "[" + _quote_id(anchors[0].id) + "]"
        elif anchored[0] is anchor:
            ids = anchored[1]
        else:
            anchored[0] = anchor
            ids = anchored[1] = "[" + _encode(anchor.id) + "]"
        if directTask is not None or need_task_ids:
            return self._emit(self._HEAD_BOLT_EMIT, ids, tup, stream, directTask, need_task_ids)
        # The common case, in line: an emit that is not direct and asks for no task ids.
        if _declared is not None:
            # _check_emit's passing case, in line; it runs (and raises) only on a mismatch.
            declared = _declared.get("default" if stream is None else stream)
            if declared is None or len(declared[0]) != len(tup) or declared[1]:
                _check_emit(tup, "default" if stream is None else stream, False)
        outbox = _pipes.outbox
        outbox.append(self._HEAD_BOLT_EMIT + ("null," if stream is None else _encode(stream) + ",") + ids + ","
                      + _encode(tup) + ",null,false]")
        if len(outbox) >= _FLUSH_AT:
            flush()
        return None

    def emit_spout(self, tup, stream, id, directTask, need_task_ids):
        return self._emit(self._HEAD_SPOUT_EMIT, "null" if id is None else _encode(id), tup, stream, directTask,
                          need_task_ids)

    def _emit(self, head, second, tup, stream, directTask, need_task_ids):
        if _declared is not None:
            _check_emit(tup, "default" if stream is None else stream, directTask is not None)
        text = head + ("null" if stream is None else _encode(stream)) + "," + second + "," + _encode(tup)
        if directTask is not None:
            _send(text + "," + str(int(directTask)) + ",false]")
            return None
        if not need_task_ids:
            _send(text + ",null,false]")
            return None
        _send(text + ",null,true]")
        return readTaskIds()

    def serve_basic_bolt(self, process):
        """BasicBolt's loop on frames, the runtime's hottest code: the same steps as _JsonWire's, with
        the tuple taken from the frame, and its id encoded once, for the anchors of its emits and for
        its ack. Ends only by an exception (the pipe closed, a broken message)."""
        global ANCHOR_TUPLE
        inbox = _pipes.inbox
        outbox = _pipes.outbox
        anchored = self.anchored
        tuple_code = self.TUPLE
        head_ack = self._HEAD_ACK
        head_fail = self._HEAD_FAIL
        while True:
            # readTuple's own fast path, in line: the call is 4-8 % of the count bolt's time per tuple.
            if not inbox or pending_commands or inbox[0][0] != tuple_code:
                tup = readTuple()  # waits, after sending what is queued
            else:
                raw = inbox.popleft()
                tup = Tuple(raw[1], raw[2], raw[3], raw[4], raw[5])
            if tup.task == -1 and tup.stream == "__heartbeat":
                sync()
                continue
            ANCHOR_TUPLE = tup
            tid = tup.id
            quoted = '"' + tid + '"' if tid.__class__ is str and tid.isdigit() else _encode(tid)  # _quote_id, in line
            anchored[0] = tup
            anchored[1] = "[" + quoted + "]"
            try:
                process(tup)
                outbox.append(head_ack + quoted + "]")
            except Exception:
                reportError(traceback.format_exc())
                outbox.append(head_fail + quoted + "]")
            if len(outbox) >= _FLUSH_AT:
                flush()


def _quote_id(tid):
    """A tuple id as JSON. Storm's side numbers its tuples: an id of digits needs no escaping."""
    return '"' + tid + '"' if tid.__class__ is str and tid.isdigit() else _encode(tid)


# The wire in use: Storm's JSON protocol until the JVM side's offer of frames is accepted.
_wire = _JsonWire()


def reportError(msg):
    sendMsgToParent({"command": "error", "msg": msg})


def log(msg, level=2):
    sendMsgToParent({"command": "log", "msg": msg, "level": level})


def logTrace(msg):
    log(msg, 0)


def logDebug(msg):
    log(msg, 1)


def logInfo(msg):
    log(msg, 2)


def logWarn(msg):
    log(msg, 3)


def logError(msg):
    log(msg, 4)


def rpcMetrics(name, params):
    sendMsgToParent({"command": "metrics", "name": name, "params": params})


# The setup message when the launcher read it before importing the script (_answer_before_loading),
# and whether the JVM side then waits for the ready message.
_early_setup = None
_ready_due = False


def _answer_before_loading():
    """The launcher's part of the handshake, before it imports the script (point 8): reads the setup
    message and, when the JVM side offers to wait for a ready message, answers it at once."""
    global _early_setup, _ready_due
    _early_setup = readMsg()
    offer = _early_setup.get(_OFFER)
    if isinstance(offer, dict) and offer.get("ready") == 1:
        _accept_frames(offer)
        sendpid(_early_setup["pidDir"], loading=True)
        _read_declared(_early_setup.get("context"))
        _ready_due = True
        flush()


def initComponent(ready=True):
    """The handshake: the setup message's conf and context, once the pid has answered it. With
    ready (the default), a start that the launcher announced as loading ends here."""
    global _early_setup
    setup_info = _early_setup
    if setup_info is None:
        setup_info = readMsg()
    _early_setup = None
    if not _ready_due:
        _accept_frames(setup_info.get(_OFFER))
        sendpid(setup_info["pidDir"])
        _read_declared(setup_info.get("context"))
    elif ready:
        _send_ready()
    return [setup_info["conf"], setup_info["context"]]


def _send_ready():
    global _ready_due
    if _ready_due:
        _ready_due = False
        sendMsgToParent({"command": "ready"})
        flush()


def _accept_frames(offer):
    """Accepts the JVM side's offer of frames, if it made one: from the answer to the handshake on."""
    global _wire
    if not isinstance(offer, dict) or offer.get("frames") != _FrameWire.VERSION:
        return
    limit = offer.get("maxFrameBytes")
    wire = _FrameWire(limit if isinstance(limit, int) and 0 < limit < _FRAME_BYTES else _FRAME_BYTES)
    with _pipes.lock:
        # What was printed or logged while starting was queued as JSON: queue it again as frames.
        _pipes.outbox[:] = [wire.to_parent(_decode(text)) for text in _pipes.outbox]
        _wire = wire


class Tuple(object):
    def __init__(self, id, component, stream, task, values):
        self.id = id
        self.component = component
        self.stream = stream
        self.task = task
        self.values = values

    def __repr__(self):
        return "<%s%s>" % (
            self.__class__.__name__,
            "".join(" %s=%r" % (k, self.__dict__[k]) for k in sorted(self.__dict__.keys())))

    def is_heartbeat_tuple(self):
        return self.task == -1 and self.stream == "__heartbeat"


class _Component(object):
    """What Bolt, BasicBolt and Spout share: run() makes the handshake, calls initialize(), then
    serves Storm until the pipe closes. An exception is reported, and what is queued is sent before
    the process ends."""

    def initialize(self, stormconf, context):
        pass

    def run(self):
        global MODE
        MODE = Spout if isinstance(self, Spout) else Bolt
        conf, context = initComponent(ready=False)
        try:
            _check_kind(self, conf)
            self.initialize(conf, context)
            _send_ready()  # a model loaded in initialize() is part of the start
            self._shellgen_serve()
        except Exception:
            reportError(traceback.format_exc())
        finally:
            _flush_unless_closed()


class Bolt(_Component):
    """A bolt that acks (or fails) its tuples itself. An exception is reported and ends it."""

    def process(self, tuple):
        pass

    def _shellgen_serve(self):
        while True:
            tup = readTuple()
            if tup.task == -1 and tup.stream == "__heartbeat":
                sync()
            else:
                self.process(tup)


class BasicBolt(_Component):
    """A bolt whose emits are anchored to the input tuple, which is acked after process() returns,
    or reported and failed if process() raises."""

    def process(self, tuple):
        pass

    def _shellgen_serve(self):
        _wire.serve_basic_bolt(self.process)


class Window(object):
    """One window of a WindowedBolt: tuples (every tuple in it, oldest first), new (those that
    arrived since the last window), expired (those that left it since the last window this process
    was given), start and end (the window's
    bounds in milliseconds: event time for a window with a timestamp field, else the time Storm
    fired it; start is None for a window of tuple counts)."""

    __slots__ = ("id", "tuples", "new", "expired", "start", "end")

    def __init__(self, id, tuples, new, expired, start, end):
        self.id = id
        self.tuples = tuples
        self.new = new
        self.expired = expired
        self.start = start
        self.end = end

    def __len__(self):
        return len(self.tuples)

    def __iter__(self):
        return iter(self.tuples)

    def __repr__(self):
        return "<Window start=%r end=%r tuples=%d new=%d expired=%d>" % (
            self.start, self.end, len(self.tuples), len(self.new), len(self.expired))


WINDOW_STREAM = "__window"


class WindowedBolt(_Component):
    """A bolt with a window (@Window on its interface): process(window) is called once per window
    Storm fires, with a Window. Its emits are anchored to the window's tuples, and the window is
    acked when process() returns; an exception is reported, the window failed, and the bolt goes on
    with the next window."""

    def process(self, window):
        pass

    def _shellgen_serve(self):
        global ANCHOR_TUPLE
        contents = {}  # id -> Tuple, oldest first: the window as this process has it
        while True:
            tup = readTuple()
            if tup.task == -1 and tup.stream == "__heartbeat":
                sync()
                continue
            if tup.stream != WINDOW_STREAM:
                reportError("storm-shellgen: a WindowedBolt received a tuple that is not a window (from %r,"
                            " stream %r): the bolt's interface needs @Window, or the script a Bolt or BasicBolt"
                            " class" % (tup.component, tup.stream))
                fail(tup)
                continue
            window = self._window(tup, contents)
            ANCHOR_TUPLE = tup
            try:
                self.process(window)
                ack(tup)
            except Exception:
                reportError("%s\n(in process() of the window %s, which was failed)" % (
                    traceback.format_exc(), _window_bounds(window)))
                fail(tup)
            ANCHOR_TUPLE = None

    @staticmethod
    def _window(tup, contents):
        tuples, new_ids, expired_ids, start, end = tup.values
        for t in tuples:
            contents[t["id"]] = Tuple(t["id"], t["comp"], t["stream"], t["task"], t["tuple"])
        expired = [contents.pop(i) for i in expired_ids]
        return Window(tup.id, list(contents.values()), [contents[i] for i in new_ids], expired, start, end)


def _window_bounds(window):
    if window.start is None:
        return "of %d tuples ending at %r" % (len(window.tuples), window.end)
    return "[%r, %r) of %d tuples" % (window.start, window.end, len(window.tuples))


_MISSING = object()
_state_encode = json.JSONEncoder(separators=(",", ":"), allow_nan=False).encode


class State(object):
    """A StatefulBolt's state: keys (str) to values that JSON can hold (numbers, strings, booleans,
    None, lists, dicts of str keys). get(key, default=None), put(key, value), delete(key), and as a
    dict: state[key], state[key] = value, del state[key], key in state, len(state), iteration over
    the keys, keys(), values(), items(). A value is stored as it is when put: change a list or a dict
    after put() and put it again. Storm commits the state at each checkpoint."""

    __slots__ = ("_data", "_dirty", "_undo")

    def __init__(self):
        self._data = {}  # key -> JSON text
        self._dirty = {}  # key -> JSON text, or None when deleted: the changes since the last checkpoint
        self._undo = None  # while a tuple is processed: key -> (JSON text before, change before)

    def get(self, key, default=None):
        text = self._data.get(key)
        return default if text is None else _decode(text)

    def put(self, key, value):
        if not isinstance(key, str):
            raise TypeError("storm-shellgen: a state key must be a str, not %s %r" % (type(key).__name__, key))
        try:
            text = _state_encode(value)
        except (TypeError, ValueError) as e:
            raise TypeError("storm-shellgen: the state's value for key %r is not JSON-serializable (%s): %s. Put"
                            " numbers, strings, booleans, None, lists and dicts of str keys" % (
                                key, type(value).__name__, e)) from None
        if self._undo is not None:
            self._remember(key)
        self._data[key] = text
        self._dirty[key] = text

    def delete(self, key):
        if key in self._data:
            if self._undo is not None:
                self._remember(key)
            del self._data[key]
            self._dirty[key] = None

    def __getitem__(self, key):
        return _decode(self._data[key])

    def __setitem__(self, key, value):
        self.put(key, value)

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        self.delete(key)

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))  # a copy: keys may be put and deleted while iterating

    def keys(self):
        return list(self._data)

    def values(self):
        return [_decode(text) for text in list(self._data.values())]

    def items(self):
        return [(key, _decode(text)) for key, text in list(self._data.items())]

    def __repr__(self):
        return "<State keys=%d changed=%d>" % (len(self._data), len(self._dirty))

    def _remember(self, key):
        undo = self._undo
        if key not in undo:
            undo[key] = (self._data.get(key, _MISSING), self._dirty.get(key, _MISSING))

    def _rewind(self):
        """Undoes the changes since _undo was set (a tuple whose process() raised)."""
        for key, (text, change) in self._undo.items():
            if text is _MISSING:
                self._data.pop(key, None)
            else:
                self._data[key] = text
            if change is _MISSING:
                self._dirty.pop(key, None)
            else:
                self._dirty[key] = change
        self._undo = None

    def _load(self, data):
        self._data = data
        self._dirty = {}
        self._undo = None

    def _changes(self, tid):
        """The changes since the last checkpoint, as state messages for the checkpoint tid; then none."""
        items = list(self._dirty.items())
        self._dirty = {}
        messages = []
        for start in range(0, max(len(items), 1), _STATE_PART):
            puts = {}
            deletes = []
            for key, text in items[start:start + _STATE_PART]:
                if text is None:
                    deletes.append(key)
                else:
                    puts[key] = text
            messages.append(_wire.state(tid, puts, deletes))
        return messages


STATE_STREAM = "__state"
CHECKPOINT_STREAM = "__checkpoint"
# Keys per state message sent at a checkpoint.
_STATE_PART = 5000


class StatefulBolt(_Component):
    """A bolt with @Stateful: its state, a State, is given to init_state(state) before the first tuple
    (and again whenever Storm rolls it back to its last commit), and Storm checkpoints it. process(tuple)
    is as BasicBolt's: emits anchored to the tuple, acked when process() returns; when it raises, the
    exception is reported, the tuple failed (so it is replayed) and its changes to the state undone."""

    def init_state(self, state):
        pass

    def process(self, tuple):
        pass

    def _shellgen_serve(self):
        global ANCHOR_TUPLE
        state = State()
        loading = None
        while True:
            tup = readTuple()
            stream = tup.stream
            if tup.task == -1 and stream == "__heartbeat":
                sync()
                continue
            if stream == STATE_STREAM:
                entries, last = tup.values
                if loading is None:
                    loading = {}
                for key, text in entries:
                    loading[key] = text
                if last:
                    state._load(loading)
                    loading = None
                    self.init_state(state)
                continue
            if stream == CHECKPOINT_STREAM:
                for message in state._changes(tup.id):
                    _send(message)
                ack(tup)
                continue
            ANCHOR_TUPLE = tup
            state._undo = {}
            try:
                self.process(tup)
                state._undo = None
                ack(tup)
            except Exception:
                state._rewind()
                reportError("%s\n(in process() of a tuple, which was failed; its changes to the state were undone)"
                            % traceback.format_exc())
                fail(tup)
            ANCHOR_TUPLE = None


class Batch(object):
    """One batch of a BatchBolt: its tuples, in the order they arrived (len(batch), iteration,
    batch[i], batch.tuples). When process(batch) returns, every tuple of it is acked except those
    settled already: batch.fail(tuple) fails one tuple (a reliable spout replays it alone), and
    batch.ack(tuple) acks one at once; storm.ack and storm.fail do the same for a tuple of the batch.
    A tuple is settled once: a second ack or fail of it is ignored."""

    __slots__ = ("tuples", "_ids", "_settled")

    def __init__(self, tuples):
        self.tuples = tuples
        self._ids = None  # the ids of its tuples, once one is settled by hand
        self._settled = None  # id -> True (acked) or False (failed), by hand

    def __len__(self):
        return len(self.tuples)

    def __iter__(self):
        return iter(self.tuples)

    def __getitem__(self, index):
        return self.tuples[index]

    def __repr__(self):
        return "<Batch tuples=%d settled=%d>" % (len(self.tuples), len(self._settled or ()))

    def ack(self, tup):
        if not self._settle(tup, True):
            raise ValueError("storm-shellgen: batch.ack(%r): the tuple is not in this batch" % (tup,))

    def fail(self, tup):
        if not self._settle(tup, False):
            raise ValueError("storm-shellgen: batch.fail(%r): the tuple is not in this batch" % (tup,))

    def _settle(self, tup, acked):
        """Acks or fails a tuple of the batch now, once; False when it is not in the batch."""
        if self._ids is None:
            self._ids = {t.id for t in self.tuples}
            self._settled = {}
        tid = tup.id
        if tid not in self._ids:
            return False
        if tid not in self._settled:
            self._settled[tid] = acked
            _send(_wire.ack(tid) if acked else _wire.fail(tid))
        return True

    def _finish(self, acked):
        """Acks (or fails) every tuple not settled by hand; how many that was."""
        settled = self._settled
        wire = _wire
        outbox = _pipes.outbox
        count = 0
        for t in self.tuples:
            if settled is None or t.id not in settled:
                outbox.append(wire.ack(t.id) if acked else wire.fail(t.id))
                count += 1
        if len(outbox) >= _FLUSH_AT:
            flush()
        return count


# The batch a BatchBolt's process() is handling: storm.ack and storm.fail settle its tuples through it,
# and an emit must name its anchors.
_batch = None

TICK_STREAM = "__tick"
# The configuration keys of a batch bolt's limits: set (by @Batch) exactly when the bolt takes batches
# (RuntimeConfig.BATCH_MAX_SIZE and BATCH_MAX_WAIT_MS in shellgen-runtime).
_BATCH_SIZE_KEY = "shellgen.bolt.batch.max.size"
_BATCH_WAIT_KEY = "shellgen.bolt.batch.max.wait.ms"


class BatchBolt(_Component):
    """A bolt with @Batch: process(batch) is called with a Batch, a list of the tuples that have
    arrived (up to @Batch's maxSize, waiting up to its maxWait after the first for more), so that one
    vectorised call handles them all. Emits name the input tuples they are anchored to:
    storm.emit(values, anchors=[tuple]) (or anchors=batch.tuples, or anchors=[] for none). When
    process() returns the batch's tuples are acked, except those failed with batch.fail(tuple); when it
    raises, the exception is reported once and the tuples not yet settled are failed. A tick tuple
    (topology.tick.tuple.freq.secs) first hands the script what is buffered, then goes to tick(tuple)."""

    def process(self, batch):
        pass

    def tick(self, tuple):
        pass

    def _shellgen_serve(self):
        max_size = self._shellgen_batch_size
        max_wait = self._shellgen_batch_wait
        tuples = []
        while True:
            try:
                tick = self._gather(tuples, max_size, max_wait)
            except _StormClosedThePipe:
                if tuples:  # the worker is stopping this bolt: what has arrived is handled first
                    self._run(tuples)
                raise
            if tuples:
                self._run(tuples)
                tuples = []
            if tick is not None:
                self._run_tick(tick)

    @staticmethod
    def _gather(tuples, max_size, max_wait):
        """Adds to tuples those that arrive, up to max_size: waits as long as it takes for the first,
        then up to max_wait seconds more for the rest, answering heartbeats meanwhile; returns a tick
        tuple that ended the gathering, else None."""
        deadline = None
        inbox = _pipes.inbox
        frames = isinstance(_wire, _FrameWire)  # (Storm's JSON protocol's messages are dicts)
        tuple_code = _FrameWire.TUPLE
        while len(tuples) < max_size:
            if not inbox and not pending_commands:
                if not tuples:
                    _receive()  # waits for the first, after sending what is queued
                    continue
                if max_wait <= 0:
                    return None
                now = time.monotonic()
                if deadline is None:
                    deadline = now + max_wait
                if now >= deadline or not _wait_for_input(deadline - now):
                    return None
                continue
            if pending_commands or not frames or inbox[0][0] != tuple_code:
                tup = readTuple()  # one has arrived: no wait
            else:  # readTuple's fast path, in line, as in _FrameWire.serve_basic_bolt
                raw = inbox.popleft()
                tup = Tuple(raw[1], raw[2], raw[3], raw[4], raw[5])
                if raw[4] != -1 and raw[3] != TICK_STREAM:
                    tuples.append(tup)
                    continue
            if tup.task == -1 and tup.stream == "__heartbeat":
                sync()
            elif tup.stream == TICK_STREAM:
                return tup
            else:
                tuples.append(tup)
        return None

    def _run(self, tuples):
        global _batch
        batch = _batch = Batch(tuples)
        try:
            self.process(batch)
            _batch = None
            batch._finish(True)
        except Exception:
            _batch = None
            failed = batch._finish(False)
            reportError("%s\n(in process() of a batch of %d tuple%s; the %d not yet acked were failed, so a reliable"
                        " spout replays them)" % (traceback.format_exc(), len(tuples), "" if len(tuples) == 1 else "s",
                                                  failed))

    def _run_tick(self, tick):
        global ANCHOR_TUPLE
        ANCHOR_TUPLE = tick
        try:
            self.tick(tick)
            ack(tick)
        except Exception:
            reportError("%s\n(in tick() of a tick tuple, which was failed)" % traceback.format_exc())
            fail(tick)
        ANCHOR_TUPLE = None


def _wait_for_input(timeout):
    """Waits up to timeout seconds for Storm to send more, after sending what is queued; True when
    at least one whole message has then arrived."""
    flush()
    readable, _, _ = select.select([_pipes.in_fd], [], [], timeout)
    if readable:
        _receive()
    return bool(readable)


# The kinds of bolt whose script needs a class of its own: the class, the configuration keys of which
# one is set exactly when the bolt is of the kind, what the bolt has and lacks, what a script of another
# class would be given, what the class does, and how to make a bolt of the kind.
_SPECIAL_BOLTS = (
    (WindowedBolt, ("topology.bolts.window.length.count", "topology.bolts.window.length.duration.ms"),
     "has a window (@Window)", "has no window", "whole windows as tuples",
     "whose process(window) is called once per window", "put @Window on its interface"),
    (StatefulBolt, ("shellgen.bolt.stateful",), "is stateful (@Stateful)", "is not stateful",
     "its state and checkpoints as tuples", "whose init_state(state) receives the state",
     "put @Stateful on its interface (and name the topology's stateProvider)"),
    (BatchBolt, (_BATCH_SIZE_KEY,), "takes batches (@Batch)", "takes no batches",
     "one tuple at a time instead of batches", "whose process(batch) is called with a list of tuples",
     "put @Batch on its interface"),
)


def _check_kind(component, conf):
    """A windowed, stateful or batch bolt runs the script class for it, and that class runs only in
    such a bolt: either mistake would feed the script what it cannot read, so the start fails, saying
    which. A batch bolt's class is given its limits."""
    if isinstance(component, Spout):
        return
    for cls, keys, has, lacks, given, does, make in _SPECIAL_BOLTS:
        marked = any(conf.get(key) not in (None, False) for key in keys)
        if marked and not isinstance(component, cls):
            raise TypeError("storm-shellgen: this bolt %s, but the script's component %s is a %s: it would be given"
                            " %s. Make it a storm.%s, %s" % (has, type(component).__name__,
                                                            type(component).__mro__[1].__name__, given, cls.__name__,
                                                            does))
        if not marked and isinstance(component, cls):
            raise TypeError("storm-shellgen: the script's component %s is a storm.%s, but the bolt %s: %s, or make"
                            " it a storm.BasicBolt" % (type(component).__name__, cls.__name__, lacks, make))
    if isinstance(component, BatchBolt):
        component._shellgen_batch_size = max(1, int(conf.get(_BATCH_SIZE_KEY)))
        component._shellgen_batch_wait = max(0, int(conf.get(_BATCH_WAIT_KEY, 0))) / 1000.0


class Spout(_Component):
    def activate(self):
        pass

    def deactivate(self):
        pass

    def ack(self, id):
        pass

    def fail(self, id):
        pass

    def nextTuple(self):
        pass

    def _shellgen_serve(self):
        while True:
            msg = readCommand()
            command = msg["command"]
            if command == "next":
                self.nextTuple()
            elif command == "ack":
                self.ack(msg["id"])
            elif command == "fail":
                self.fail(msg["id"])
            elif command == "activate":
                self.activate()
            elif command == "deactivate":
                self.deactivate()
            sync()


def _flush_unless_closed():
    if not _pipes.closed:
        flush()


class _PrintToLog(io.TextIOBase):
    """sys.stdout under the launcher: every line written to it becomes a log message at INFO."""

    encoding = "utf-8"

    def __init__(self):
        super().__init__()
        self._partial = ""

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        for line in lines:
            log(line)
        return len(text)

    def flush(self):
        """Logs a line not ended yet, and sends what is waiting (print(..., flush=True))."""
        if self._partial:
            log(self._partial)
            self._partial = ""
        if _pipes.started:
            _flush_unless_closed()

    def fileno(self):
        # Code that writes to sys.stdout's descriptor (a child process, say) reaches stderr.
        return 2

    def isatty(self):
        return False


atexit.register(_flush_at_exit)
