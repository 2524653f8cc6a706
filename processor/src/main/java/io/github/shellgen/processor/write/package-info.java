/**
 * Stage 4, write: the model as Java sources (JavaPoet), Flux files (SnakeYAML), diagrams and the
 * Python runtime's files, all through {@link io.github.shellgen.processor.write.OutputWriter}. The
 * writers translate; they decide nothing.
 */
package io.github.shellgen.processor.write;
