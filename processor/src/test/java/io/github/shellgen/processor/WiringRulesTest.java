package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How components connect ({@code validate/WiringRules}): upstreams, streams and fields that exist,
 * direct streams, inputs declared once, bolts reached from a spout. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class WiringRulesTest {

    @TempDir
    Path dir;

    @Test
    void spoutWithAGroupingPointsAtTheGrouping() {
        JavaFileObject source = Shellgen.topologyWithSentences("spoutin",
                "    @PythonSpout(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = Sentences.class)",
                "    interface Words {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[SpoutWithGrouping] @ShuffleGrouping is on spout Words")
                .inFile(source).onLineContaining("@ShuffleGrouping(");
        assertThat(compilation).hadErrorContaining("(\"May not declare inputs for a spout\")");
    }

    @Test
    void unknownUpstreamPointsAtTheFromValue() {
        JavaFileObject source = Shellgen.testSource("Stray",
                "@Topology(name = \"stray\")",
                "public interface Stray {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    interface NotAComponent {}",
                "",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = NotAComponent.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownUpstream] @ShuffleGrouping from = ")
                .inFile(source).onLineContaining("from = NotAComponent.class");
        assertThat(compilation).hadErrorContaining("not a component of topology \"stray\"");
        assertThat(compilation).hadErrorContaining("Sentences.class, Splitter.class");
    }

    @Test
    void unknownUpstreamForAComponentOfAnotherTopology() {
        JavaFileObject other = Shellgen.testSource("Other",
                "@Topology(name = \"other\")",
                "public interface Other {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "}");
        JavaFileObject source = Shellgen.testSource("Borrower",
                "@Topology(name = \"borrower\")",
                "public interface Borrower {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Own {}",
                "",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = Other.Sentences.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(other, source), "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownUpstream]")
                .inFile(source).onLineContaining("Other.Sentences.class");
    }

    @Test
    void unknownGroupingFieldPointsAtTheField() {
        JavaFileObject source = Shellgen.testSource("Typo",
                "@Topology(name = \"typo\")",
                "public interface Typo {",
                "    @PythonSpout(script = \"splitbolt.py\", fields = \"word\")",
                "    interface Splitter {}",
                "",
                "    @PythonBolt(",
                "        script = \"countbolt.py\",",
                "        fields = {\"word\", \"count\"})",
                "    @FieldsGrouping(",
                "        from = Splitter.class,",
                "        fields = {\"word\",",
                "                  \"wrd\"})",
                "    interface Counter {}",
                "}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "splitbolt.py", "countbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownGroupingField] @FieldsGrouping field \"wrd\"")
                .inFile(source).onLineContaining("\"wrd\"");
        assertThat(compilation).hadErrorContaining("which declares [word]");
    }

    @Test
    void unknownStreamPointsAtTheStream() {
        JavaFileObject source = Shellgen.testSource("Streams",
                "@Topology(name = \"streams\")",
                "public interface Streams {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = Sentences.class,",
                "        stream = \"nope\")",
                "    interface Splitter {}",
                "}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownStream] @ShuffleGrouping stream \"nope\"")
                .inFile(source).onLineContaining("\"nope\"");
        assertThat(compilation).hadErrorContaining("\"default\" [sentence]");
    }

    @Test
    void directGroupingOnAStreamThatIsNotDirectPointsAtTheStream() {
        JavaFileObject source = Shellgen.topologyWithSentences("notdirect",
                "    @PythonBolt(script = \"splitbolt.py\", streams = @Stream(id = \"words\", fields = \"word\"))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "    @PythonBolt(script = \"countbolt.py\")",
                "    @DirectGrouping(from = Splitter.class,",
                "        stream = \"words\")",
                "    interface Counter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NotDirectStream] @DirectGrouping subscribes to stream \"words\"")
                .inFile(source).onLineContaining("stream = \"words\")");
    }

    @Test
    void otherGroupingOnADirectStreamPointsAtTheStream() {
        JavaFileObject source = Shellgen.topologyWithSentences("direct",
                "    @PythonBolt(script = \"splitbolt.py\", streams = @Stream(id = \"words\", fields = \"word\","
                        + " direct = true))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "    @PythonBolt(script = \"countbolt.py\")",
                "    @ShuffleGrouping(from = Splitter.class,",
                "        stream = \"words\")",
                "    interface Counter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DirectStreamGrouping] @ShuffleGrouping subscribes to stream \"words\"")
                .inFile(source).onLineContaining("stream = \"words\")");
    }

    @Test
    void directGroupingFromStockStormPyWarnsAboutStormsBug() {
        JavaFileObject source = Shellgen.topologyWithSentences("stockdirect",
                "    @PythonBolt(script = \"splitbolt.py\", runtime = PythonRuntime.STOCK,",
                "        streams = @Stream(id = \"words\", fields = \"word\", direct = true))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "    @PythonBolt(script = \"countbolt.py\")",
                "    @DirectGrouping(from = Splitter.class, stream = \"words\")",
                "    interface Counter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[DirectEmitBug] @DirectGrouping from \"splitter\"")
                .inFile(source).onLineContaining("@DirectGrouping(from = Splitter.class");
    }

    @Test
    void partialKeyGroupingOnAnUnknownFieldPointsAtTheField() {
        JavaFileObject source = Shellgen.topologyWithSentences("pkg",
                "    @PythonBolt(script = \"splitbolt.py\")",
                "    @PartialKeyGrouping(from = Sentences.class, fields = {\"sentence\",",
                "        \"word\"})",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownGroupingField] @PartialKeyGrouping field \"word\"")
                .inFile(source).onLineContaining("\"word\"})");
    }

    @Test
    void boltWithoutGroupingPointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.topologyWithSentences("deaf",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\", fields = \"word\")",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[BoltWithoutInput] @PythonBolt on Splitter has no grouping")
                .inFile(source).onLineContaining("@PythonBolt(");
        assertThat(compilation).hadErrorContaining("Flux silently drops a bolt");
        assertThat(compilation).hadErrorContaining("@ShuffleGrouping(from = Sentences.class)");
    }

    @Test
    void fieldsGroupingOnNoFieldsPointsAtTheEmptyList() {
        JavaFileObject source = Shellgen.topologyWithSentences("nofields",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @FieldsGrouping(from = Sentences.class,",
                "        fields = {})",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NoGroupingFields] @FieldsGrouping from Sentences.class names no fields")
                .inFile(source).onLineContaining("fields = {})");
        assertThat(compilation).hadErrorContaining("global grouping");
    }

    @Test
    void secondGroupingOnTheSameStreamPointsAtTheSecond() {
        JavaFileObject source = Shellgen.topologyWithSentences("again",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    @FieldsGrouping(from = Sentences.class, fields = \"sentence\")",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateInput] @FieldsGrouping from Sentences.class, stream \"default\", repeats an input"
                                + " that Splitter already declares with @ShuffleGrouping")
                .inFile(source).onLineContaining("@FieldsGrouping(");
        assertThat(compilation).hadErrorContaining("Storm keeps one grouping per upstream stream, the last one");
    }

    @Test
    void repeatedIdenticalGroupingPointsAtTheSecondAnnotation() {
        JavaFileObject source = Shellgen.topologyWithSentences("repeat",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    @ShuffleGrouping(from = Sentences.class, stream = \"default\")",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DuplicateInput] @ShuffleGrouping from Sentences.class")
                .inFile(source).onLineContaining("stream = \"default\"");
    }

    @Test
    void boltsInALoopNoSpoutFeedsAreWarnedAbout() {
        JavaFileObject source = Shellgen.topologyWithSentences("loop",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "",
                "    @PythonBolt(script = \"countbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Echo.class)",
                "    interface Ping {}",
                "",
                "    @PythonBolt(script = \"countbolt.py\", fields = \"word\",",
                "        id = \"echo\")",
                "    @ShuffleGrouping(from = Ping.class)",
                "    interface Echo {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertThat(compilation).hadWarningContaining(
                        "[Unreachable] @PythonBolt on Ping is not reached from any spout: it reads only from Echo")
                .inFile(source).onLineContaining("\"countbolt.py\", fields = \"word\")");
        assertThat(compilation).hadWarningContaining("[Unreachable] @PythonBolt on Echo")
                .inFile(source).onLineContaining("\"countbolt.py\", fields = \"word\",");
    }
}
