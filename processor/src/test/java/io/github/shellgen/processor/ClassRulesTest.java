package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes an annotation names for Storm to create ({@code validate/ClassRules}): Java components,
 * custom groupings, multilang serializers. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class ClassRulesTest {

    @TempDir
    Path dir;

    @Test
    void customGroupingClassThatIsNotAGroupingPointsAtUsing() {
        JavaFileObject source = Shellgen.topologyWithSentences("custom",
                "    @PythonBolt(script = \"splitbolt.py\")",
                "    @CustomGrouping(from = Sentences.class,",
                "        using = String.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnusableClass] @CustomGrouping using = String.class:"
                        + " java.lang.String does not implement org.apache.storm.grouping.CustomStreamGrouping")
                .inFile(source).onLineContaining("using = String.class)");
    }

    @Test
    void javaComponentClassesAreCheckedForWhatStormNeeds() {
        JavaFileObject helpers = Shellgen.testSource("Helpers",
                "public final class Helpers {",
                "    public abstract static class AbstractBolt extends org.apache.storm.topology.base.BaseRichBolt {}",
                "    public static class NotABolt {}",
                "    public static class NoConstructor extends org.apache.storm.testing.TestWordSpout {",
                "        public NoConstructor(int x) {}",
                "    }",
                "}");
        JavaFileObject source = Shellgen.topologyWithSentences("javas",
                "    @JavaBolt(",
                "        value = Helpers.AbstractBolt.class)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface A {}",
                "    @JavaBolt(",
                "        value = Helpers.NotABolt.class)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface B {}",
                "    @JavaSpout(",
                "        value = Helpers.NoConstructor.class, fields = \"word\")",
                "    interface C {}");

        Compilation compilation = Shellgen.compileTopology(dir, source, helpers);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[UnusableClass] @JavaBolt value = AbstractBolt.class: test.Helpers.AbstractBolt is abstract")
                .inFile(source).onLineContaining("value = Helpers.AbstractBolt.class");
        assertThat(compilation).hadErrorContaining("test.Helpers.NotABolt does not implement"
                        + " org.apache.storm.topology.IRichBolt or org.apache.storm.topology.IBasicBolt")
                .inFile(source).onLineContaining("value = Helpers.NotABolt.class");
        assertThat(compilation).hadErrorContaining("test.Helpers.NoConstructor has no public no-arg constructor")
                .inFile(source).onLineContaining("value = Helpers.NoConstructor.class");
    }
}
