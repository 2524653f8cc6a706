/**
 * Stage 2, validate: the rules, one class per concern, each reporting every problem of a
 * declaration on the value at fault; {@link io.github.shellgen.processor.validate.TopologyValidator}
 * runs them, and a topology with no error goes on to the model.
 */
package io.github.shellgen.processor.validate;
