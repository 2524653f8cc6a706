/**
 * Stage 3, model: a valid declaration as immutable records, everything the writers need and nothing
 * they must decide ({@link io.github.shellgen.processor.model.ModelBuilder}).
 */
package io.github.shellgen.processor.model;
