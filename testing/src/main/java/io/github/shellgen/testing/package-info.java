/**
 * shellgen-testing: runs any Storm topology on an in-process cluster until its work is done, and
 * says what happened. One package, in three parts:
 *
 * <ul>
 *   <li>what a test uses: {@link io.github.shellgen.testing.LocalTopology} (what to run, how long),
 *       {@link io.github.shellgen.testing.TopologyRun} (what happened: tuples, counts, errors, the
 *       report), {@link io.github.shellgen.testing.Progress}, {@link io.github.shellgen.testing.CapturePolicy},
 *       and the exceptions a run ends with; {@code RunMain} is {@code shellgen:run}'s entry point;
 *   <li>one run: {@code LocalRunner} (submit, wait, shut down in order, leave no process behind),
 *       taking a {@code LocalRunner.Settings}, and {@code FinishRule} (when a run is over and, if it
 *       did not finish, why: a pure function, the one place to change that rule or its text);
 *   <li>what a run records: {@code TrackedTopology} wraps each component ({@code TrackedSpout},
 *       {@code TrackedBolt}, {@code TrackedTask}) so that {@code RunRecorder} sees every emit, ack,
 *       fail and error; {@code LoopbackZooKeeper} and {@code ResourcesLocation} set the cluster up.
 * </ul>
 *
 * <p>Every text it reports, prints or logs is in {@code TestingMessage}. It uses Storm's
 * {@code LocalCluster}, shellgen-runtime's {@code Reaper} (to tell its own process from a left-over
 * one) and shellgen-diagram.
 */
package io.github.shellgen.testing;
