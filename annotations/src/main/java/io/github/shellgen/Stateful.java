package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link PythonBolt} or {@link ShellBolt} whose state Storm checkpoints: the script, a
 * {@code storm.StatefulBolt}, keeps its state in the dict-like object its {@code init_state(state)}
 * receives, and Storm's checkpointing (its checkpoint spout and {@code StatefulBoltExecutor}, as for
 * a Java {@code IStatefulBolt}) commits it to the topology's state store every
 * {@link Topology#checkpointEvery()}. After a failure anywhere in the topology the state goes back
 * to the last commit and the tuples since are replayed; a crash of the script's own process loses
 * nothing that was acked.
 *
 * <pre>{@code
 * @PythonBolt(script = "count.py", fields = {"word", "count"})
 * @Stateful
 * @FieldsGrouping(from = SentenceSpout.class, fields = "id")
 * interface CountBolt {}
 * }</pre>
 *
 * <p>The topology names its store: {@link Topology#stateProvider()}. A stateful bolt runs on
 * storm-shellgen's Python runtime ({@code runtime = SHELLGEN}, the default), or on a command that
 * speaks the state messages the guide (docs/bolt-kinds.md) documents; it has no {@link Window}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Stateful {}
