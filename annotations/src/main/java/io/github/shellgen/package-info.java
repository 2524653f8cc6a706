/**
 * Annotations that describe an Apache Storm topology whose spouts and bolts are Python (or other
 * multilang) scripts.
 *
 * <p>Put {@link io.github.shellgen.Topology @Topology} on a public interface and declare each
 * component as an interface nested in it, annotated with
 * {@link io.github.shellgen.PythonSpout @PythonSpout} or {@link io.github.shellgen.PythonBolt @PythonBolt}.
 * Wire a bolt to its inputs
 * with one grouping annotation per input, named as in Storm's {@code TopologyBuilder}:
 *
 * <pre>{@code
 * @Topology(name = "wordcount")
 * public interface WordCount {
 *
 *     @PythonSpout(script = "sentencespout.py", fields = "sentence")
 *     interface Sentences {}
 *
 *     @PythonBolt(script = "splitbolt.py", fields = "word", parallelism = 2)
 *     @ShuffleGrouping(from = Sentences.class)
 *     interface Splitter {}
 *
 *     @PythonBolt(script = "countbolt.py", fields = {"word", "count"}, parallelism = 2)
 *     @FieldsGrouping(from = Splitter.class, fields = "word")
 *     interface Counter {}
 * }
 * }</pre>
 *
 * <p>At compile time the {@code shellgen-processor} checks the annotations and generates, in the
 * same package: one Storm component class per component interface (named by joining the simple
 * names of the enclosing interfaces and the component interface, then {@code Spout} or
 * {@code Bolt}: {@code WordCountSplitterBolt}), a {@code WordCountTopology} class with the
 * {@code StormTopology}, its {@code Config} and a {@code main} that submits it, and the Flux file
 * {@code wordcount.yaml} at the root of the class output. Python components run on storm-shellgen's
 * own Python runtime unless they say otherwise ({@link io.github.shellgen.PythonRuntime}), which
 * the processor writes to {@code resources/shellgen/} in the class output.
 *
 * <p>All annotations have {@code CLASS} retention: nothing of them is needed at run time.
 */
package io.github.shellgen;
