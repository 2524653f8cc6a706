/**
 * The subprocess lifecycle every shell component kind shares:
 * {@link io.github.shellgen.runtime.lifecycle.Lifecycle} (its states, the one place that decides
 * what a failure leads to, the waits of the threads that need a serving process) and
 * {@link io.github.shellgen.runtime.lifecycle.RestartBudget} (how many restarts a minute, after
 * which pauses: change the back-off there).
 *
 * <p>It uses only {@code message} for its texts: no Storm type, no process, no clock of its own
 * (it is given one), so its decisions are unit-tested with fake ones.
 */
package io.github.shellgen.runtime.lifecycle;
