package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import io.github.shellgen.processor.model.ResourcePaths;
import io.github.shellgen.processor.model.ShellCommands;
import io.github.shellgen.processor.model.ShellgenRuntimeFiles;
import io.github.shellgen.processor.read.AnnotationDeclaration;
import io.github.shellgen.processor.read.ComponentDeclaration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;

/**
 * What a component runs: a script that stays inside the jar's {@code resources/} folder and exists
 * there, and a non-empty interpreter.
 */
final class ScriptRules {

    private final Reporter reporter;
    private final ScriptLocator scripts;
    private final PythonChecks pythonChecks;

    ScriptRules(Reporter reporter, ScriptLocator scripts, PythonChecks pythonChecks) {
        this.reporter = reporter;
        this.scripts = scripts;
        this.pythonChecks = pythonChecks;
    }

    void check(ComponentDeclaration component) {
        if (component.kind().isPython()) {
            checkScript(component);
            checkInterpreter(component);
        } else if (component.kind().isShell()) {
            checkCommand(component);
        }
    }

    /**
     * A shell command: not empty, no empty part, and every argument with a script's extension
     * (that is not an option or an absolute path) a file of {@code resources/}.
     */
    private void checkCommand(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        String display = component.kind().display();
        List<AnnotationValue> parts = annotation.array("command");
        if (parts.isEmpty()) {
            reporter.error(component.element(), annotation.mirror(), annotation.value("command"), Message.EMPTY_COMMAND,
                    display);
            return;
        }
        List<String> command = annotation.strings("command");
        for (int i = 0; i < parts.size(); i++) {
            String part = command.get(i);
            if (part.isBlank()) {
                reporter.error(component.element(), annotation.mirror(), parts.get(i), Message.EMPTY_COMMAND_PART,
                        display, i + 1, command);
            } else if (i > 0 && ShellCommands.mayBeResourceFile(part) && ShellCommands.looksLikeScript(part)) {
                ScriptLocator.Lookup lookup = scripts.locate(part);
                if (!lookup.found()) {
                    reporter.error(component.element(), annotation.mirror(), parts.get(i), Message.SCRIPT_NOT_FOUND,
                            display, part, part, String.join(", ", lookup.lookedIn()));
                }
            }
        }
    }

    private void checkScript(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        AnnotationValue value = annotation.value("script");
        String script = annotation.string("script");
        String display = component.kind().display();
        Optional<String> pathProblem = ResourcePaths.problem(script);
        if (pathProblem.isPresent()) {
            reporter.error(component.element(), annotation.mirror(), value,
                    Message.SCRIPT_PATH, display, script, pathProblem.get());
            return;
        }
        if (isInRuntimeFolder(script)) {
            reporter.error(component.element(), annotation.mirror(), value, Message.RESERVED_SCRIPT_FOLDER,
                    display, script, ShellgenRuntimeFiles.FOLDER, String.join(", ", ShellgenRuntimeFiles.FILES));
            return;
        }
        if (!script.toLowerCase(Locale.ROOT).endsWith(".py")) {
            reporter.warning(component.element(), annotation.mirror(), value, Message.SCRIPT_EXTENSION,
                    display, script, annotation.string("interpreter"), script, display);
        }
        ScriptLocator.Lookup lookup = scripts.locate(script);
        if (!lookup.found()) {
            reporter.error(component.element(), annotation.mirror(), value, Message.SCRIPT_NOT_FOUND,
                    display, script, script, String.join(", ", lookup.lookedIn()));
        } else if (lookup.file() != null) {
            pythonChecks.add(component, script, lookup.file());
        }
    }

    private void checkInterpreter(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        if (annotation.string("interpreter").isBlank()) {
            reporter.error(component.element(), annotation.mirror(), annotation.value("interpreter"),
                    Message.EMPTY_INTERPRETER, component.kind().display());
        }
    }

    /** Whether {@code script} lies in (or is) the folder of storm-shellgen's runtime, in any case. */
    static boolean isInRuntimeFolder(String script) {
        for (String segment : script.split("[/\\\\]")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                return segment.equalsIgnoreCase(ShellgenRuntimeFiles.FOLDER);
            }
        }
        return false;
    }
}
