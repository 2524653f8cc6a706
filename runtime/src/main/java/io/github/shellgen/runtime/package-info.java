/**
 * storm-shellgen's shell components, which the generated spouts and bolts extend: the public
 * names ({@link io.github.shellgen.runtime.SupervisedShellBolt},
 * {@link io.github.shellgen.runtime.SupervisedShellSpout}, {@link io.github.shellgen.runtime.ShellCommand},
 * {@link io.github.shellgen.runtime.RuntimeConfig} and the exceptions they throw) and what the two
 * components share: {@code Supervision} (the checks before the first start, each start, the
 * heartbeat timer, the reports), {@code DeclaredStreams} (each emit checked against the declared
 * streams) and {@code Metrics} (the script's metric updates).
 *
 * <p>The parts below it, each a package: {@code message} (every text), {@code wire} (the pipe's
 * two formats and the handshake), {@code lifecycle} (what a failure leads to), {@code process}
 * (one run of the command). This package may use all of them; they use none of it but
 * {@link io.github.shellgen.runtime.RuntimeConfig}'s key names, through {@code message}.
 */
package io.github.shellgen.runtime;
