/**
 * Storm's names and keys, and storm-shellgen's own on a worker, that every stage shares: the
 * configuration keys ({@link io.github.shellgen.processor.storm.StormConfig}), the attributes that
 * set them ({@link io.github.shellgen.processor.storm.Setting}), Storm's types by name
 * ({@link io.github.shellgen.processor.storm.StormTypes}), what Storm rejects in names
 * ({@link io.github.shellgen.processor.storm.StormNames}), groupings, roles, the generated classes'
 * names and the jar's resources folder. Imports no other package of the processor.
 */
package io.github.shellgen.processor.storm;
