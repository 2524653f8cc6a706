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
 * Annotations where nothing reads them ({@code validate/PlacementRules}). One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class PlacementRulesTest {

    @TempDir
    Path dir;

    @Test
    void groupingOnAnInterfaceThatIsNotAComponentPointsAtTheGrouping() {
        JavaFileObject source = Shellgen.topologyWithSentences("orphan",
                "    @ShuffleGrouping(",
                "        from = Sentences.class)",
                "    interface Forgotten {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[GroupingWithoutBolt] @ShuffleGrouping is on test.Orphan.Forgotten, which is not a component")
                .inFile(source).onLineContaining("@ShuffleGrouping(");
    }

    @Test
    void componentOutsideTopologyPointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.testSource("Loose",
                "/** A bolt nobody runs. */",
                "@PythonBolt(",
                "    script = \"splitbolt.py\",",
                "    fields = \"word\")",
                "public interface Loose {}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ComponentOutsideTopology] @PythonBolt on test.Loose")
                .inFile(source).onLineContaining("@PythonBolt(");
    }

    @Test
    void componentNestedTooDeepIsOutsideTopology() {
        JavaFileObject source = Shellgen.testSource("Deep",
                "@Topology(name = \"deep\")",
                "public interface Deep {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"line\")",
                "    interface Direct {}",
                "",
                "    interface Group {",
                "        @PythonSpout(",
                "            script = \"sentencespout.py\")",
                "        interface Sentences {}",
                "    }",
                "}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "sentencespout.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ComponentOutsideTopology] @PythonSpout on test.Deep.Group.Sentences")
                .inFile(source).onLineContaining("        @PythonSpout(");
    }
}
