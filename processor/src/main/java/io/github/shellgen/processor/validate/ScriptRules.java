package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.Member;
import io.github.shellgen.processor.read.Program;
import io.github.shellgen.processor.storm.ResourcePaths;
import io.github.shellgen.processor.storm.ShellCommands;
import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;

/**
 * What a component runs: a script that stays inside the jar's {@code resources/} folder and exists
 * there, and a non-empty interpreter; or a command with no empty part, whose scripts exist.
 */
record ScriptRules(Reporter reporter, ScriptLocator scripts, PythonChecks pythonChecks) {

    void check(ComponentDeclaration component) {
        if (component.program() instanceof Program.PythonScript python) {
            checkScript(component, python);
            checkInterpreter(component, python.interpreter());
        } else if (component.program() instanceof Program.Command command) {
            checkCommand(component, command);
        }
    }

    /**
     * A shell command: not empty, no empty part, and every argument with a script's extension
     * (that is not an option or an absolute path) a file of {@code resources/}.
     */
    private void checkCommand(ComponentDeclaration component, Program.Command command) {
        String display = component.kind().display();
        List<AnnotationValue> parts = command.parts();
        if (parts.isEmpty()) {
            reporter.report(component.element(), component.mirror(), command.command().at(), Message.EMPTY_COMMAND,
                    display);
            return;
        }
        List<String> words = command.command().value();
        for (int i = 0; i < parts.size(); i++) {
            String part = words.get(i);
            if (part.isBlank()) {
                reporter.report(component.element(), component.mirror(), parts.get(i), Message.EMPTY_COMMAND_PART,
                        display, i + 1, words);
            } else if (i > 0 && ShellCommands.mayBeResourceFile(part) && ShellCommands.looksLikeScript(part)) {
                ScriptLocator.Lookup lookup = scripts.locate(part);
                if (!lookup.found()) {
                    reporter.report(component.element(), component.mirror(), parts.get(i), Message.SCRIPT_NOT_FOUND,
                            display, part, part, String.join(", ", lookup.lookedIn()));
                }
            }
        }
    }

    private void checkScript(ComponentDeclaration component, Program.PythonScript python) {
        AnnotationValue at = python.script().at();
        String script = python.script().value();
        String display = component.kind().display();
        Optional<ResourcePaths.Problem> pathProblem = ResourcePaths.problem(script);
        if (pathProblem.isPresent()) {
            Message message = switch (pathProblem.get().kind()) {
                case EMPTY -> Message.EMPTY_SCRIPT_PATH;
                case ABSOLUTE -> Message.ABSOLUTE_SCRIPT_PATH;
                case LEAVES_FOLDER -> Message.SCRIPT_PATH_LEAVES_RESOURCES;
                case NUL -> Message.SCRIPT_PATH_WITH_NUL;
                case FOLDER -> Message.SCRIPT_PATH_OF_FOLDER;
                case INVALID -> Message.INVALID_SCRIPT_PATH;
            };
            reporter.report(component.element(), component.mirror(), at, message, display, script,
                    pathProblem.get().detail());
            return;
        }
        if (isInRuntimeFolder(script)) {
            reporter.report(component.element(), component.mirror(), at, Message.RESERVED_SCRIPT_FOLDER,
                    display, script, ShellgenRuntimeFiles.FOLDER, String.join(", ", ShellgenRuntimeFiles.FILES));
            return;
        }
        if (!script.toLowerCase(Locale.ROOT).endsWith(".py")) {
            reporter.report(component.element(), component.mirror(), at, Message.SCRIPT_EXTENSION,
                    display, script, python.interpreter().value(), script, display);
        }
        ScriptLocator.Lookup lookup = scripts.locate(script);
        if (!lookup.found()) {
            reporter.report(component.element(), component.mirror(), at, Message.SCRIPT_NOT_FOUND,
                    display, script, script, String.join(", ", lookup.lookedIn()));
        } else if (lookup.file() != null) {
            pythonChecks.add(component, python.script(), lookup.file());
        }
    }

    private void checkInterpreter(ComponentDeclaration component, Member<String> interpreter) {
        if (interpreter.value().isBlank()) {
            reporter.report(component.element(), component.mirror(), interpreter.at(), Message.EMPTY_INTERPRETER,
                    component.kind().display());
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
