/**
 * The JVM's end of the pipe to a subprocess: {@link io.github.shellgen.runtime.wire.Wire}, spoken
 * as Storm's JSON protocol ({@link io.github.shellgen.runtime.wire.JsonWire}) or as
 * storm-shellgen's frames ({@link io.github.shellgen.runtime.wire.FrameWire}, whose table of codes
 * is the one place a frame message is added), the {@link io.github.shellgen.runtime.wire.Handshake}
 * that chooses between them, and {@link io.github.shellgen.runtime.wire.MessageSizeGuard}.
 *
 * <p>The Python end lives beside it, in this module's resources
 * ({@code io/github/shellgen/runtime/python/}: {@code storm.py} with {@code _JsonWire} and
 * {@code _FrameWire}, and the launcher {@code run.py}), which the processor copies into each
 * topology's {@code resources/shellgen/}; {@code FrameCodesTest} fails if the codes of the two ends
 * differ. It may use Storm's multilang types and {@code message}; nothing else of the runtime.
 */
package io.github.shellgen.runtime.wire;
