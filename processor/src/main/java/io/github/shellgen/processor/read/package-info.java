/**
 * Stage 1, read: annotation mirrors into typed declarations, each member read once, by name, in
 * {@link io.github.shellgen.processor.read.DeclarationReader} only. Judges nothing.
 */
package io.github.shellgen.processor.read;
