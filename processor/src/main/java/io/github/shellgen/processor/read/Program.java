package io.github.shellgen.processor.read;

import io.github.shellgen.PythonRuntime;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.DeclaredType;

/** What a component runs, as written: a Python script, any command, or an existing Java class. */
public sealed interface Program {

    /**
     * {@code @PythonSpout}/{@code @PythonBolt}: {@code interpreter} runs {@code script}, on
     * {@code runtime}'s {@code import storm} (storm-shellgen's when javac could not resolve it).
     */
    record PythonScript(Member<String> script, Member<String> interpreter, PythonRuntime runtime) implements Program {}

    /** {@code @ShellSpout}/{@code @ShellBolt}: the command, and each of its parts as written. */
    record Command(Member<List<String>> command, List<AnnotationValue> parts) implements Program {

        public Command {
            parts = List.copyOf(parts);
        }
    }

    /** {@code @JavaSpout}/{@code @JavaBolt}: the class, or empty when javac could not resolve it. */
    record JavaClass(Member<Optional<DeclaredType>> type) implements Program {}
}
