package io.github.shellgen;

/**
 * Which Python library a {@link PythonSpout} or {@link PythonBolt} script's {@code import storm}
 * gets: storm-shellgen's fast runtime (the default) or Storm's own {@code storm.py}.
 *
 * <pre>{@code
 * @PythonBolt(script = "splitbolt.py", fields = "word", runtime = PythonRuntime.STOCK)
 * }</pre>
 */
public enum PythonRuntime {

    /**
     * storm-shellgen's Python runtime (the default). The processor writes it into the class output,
     * hence the jar, as {@code resources/shellgen/run.py} (a launcher) and
     * {@code resources/shellgen/storm.py} (the library), and the generated component runs
     * {@code python3 shellgen/run.py <script>}. The launcher makes {@code import storm} in the
     * script load the runtime, which has the API of Storm's {@code storm.py} ({@code Bolt},
     * {@code BasicBolt}, {@code Spout}, {@code Tuple}, {@code emit}, {@code emitDirect},
     * {@code ack}, {@code fail}, {@code reportError}, {@code log} and its level helpers,
     * {@code rpcMetrics}, and the lower-level {@code readMsg}, {@code readTuple},
     * {@code sendMsgToParent}, {@code sync}, ...), so scripts written for {@code storm.py} run
     * unchanged and no {@code storm.py} needs to be in {@code resources/}. Needs Python 3.8 or
     * later and nothing outside the standard library. It differs from {@code storm.py} in these
     * ways only:
     * <ol>
     *   <li>{@code emit()} does not wait for task ids: it sends {@code "need_task_ids": false} and
     *       returns {@code None}. {@code emit(..., need_task_ids=True)} returns the task ids, as
     *       {@code storm.py}'s {@code emit} always does (it waits for Storm to send them on every
     *       emit, which is where a Python bolt spends half its time). A direct emit returns
     *       {@code None}: Storm sends no task ids for it.
     *   <li>Messages to Storm are buffered and written in one write whenever the script is about to
     *       wait for Storm (after the tuples already received are processed, after each spout
     *       command, before reading task ids), when 512 are waiting, on {@code storm.flush()} (new),
     *       and when the process ends. A message sent during a long {@code process()} or
     *       {@code nextTuple()} reaches Storm when that call returns.
     *   <li>Standard output is not the protocol's: {@code print()} (anything written to
     *       {@code sys.stdout}) becomes a {@code log} message at INFO, one per line; writes to file
     *       descriptor 1 (C extensions, child processes) go to standard error, which Storm logs;
     *       standard input reads as empty. With {@code storm.py} a stray {@code print()} corrupts
     *       the protocol and kills the component.
     *   <li>Emitting, acking and logging from other threads is safe: each message stays whole and
     *       is written at the next flush.
     *   <li>When Storm closes the pipe (the worker shuts the component down) the process ends
     *       quietly with exit status 0, instead of raising "Read EOF from stdin".
     * </ol>
     */
    SHELLGEN,

    /**
     * Storm's own {@code storm.py}: the generated component runs {@code python3 <script>}, and the
     * script imports the {@code storm.py} that must lie next to it in {@code resources/} (Storm
     * ships it in {@code org.apache.storm:multilang-python}'s jar, at {@code resources/storm.py}).
     * Everything behaves exactly as with a hand-written {@code ShellBolt}/{@code ShellSpout}.
     */
    STOCK
}
