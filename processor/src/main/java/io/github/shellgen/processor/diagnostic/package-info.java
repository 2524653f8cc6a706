/**
 * What the processor tells the user: every text with its tag and severity
 * ({@link io.github.shellgen.processor.diagnostic.Message}), printed on the exact annotation value
 * ({@link io.github.shellgen.processor.diagnostic.Reporter}). Imports no other package of the processor.
 */
package io.github.shellgen.processor.diagnostic;
