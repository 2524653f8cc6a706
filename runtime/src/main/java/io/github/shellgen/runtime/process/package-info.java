/**
 * One run of a component's command: {@link io.github.shellgen.runtime.process.Subprocess} (start,
 * handshake, the wait for a loading script, why it can no longer be talked to, stop),
 * {@code StderrTail} (its standard error, logged and kept for reports) and
 * {@link io.github.shellgen.runtime.process.Reaper} (no subprocess outlives its worker).
 *
 * <p>It may use {@code wire} (the handshake and the wire it gives), {@code lifecycle} (a
 * subprocess is a {@code Lifecycle.Process}; a failed start a {@code Lifecycle.StartFailure}) and
 * {@code message}; not the components.
 */
package io.github.shellgen.runtime.process;
