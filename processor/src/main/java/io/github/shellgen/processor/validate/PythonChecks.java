package io.github.shellgen.processor.validate;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.Member;
import io.github.shellgen.processor.storm.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What only Python can tell about a Python component's script, asked of {@code python3} on the
 * build machine: that it compiles as the worker's python3 reads it, that every module it imports
 * at top level is where the worker's Python will find it (the rule, per folder and runtime, is the
 * checker's, which also says where it looked), and that each emit naming its stream (or none) and
 * passing a list literal matches the stream the component declares, direct or not. Scripts are
 * collected while a round's topologies are validated and checked together at the end of the round,
 * by one {@code python3} process ({@link ScriptChecker}); where that Python cannot run, the build
 * goes on with a note. Every check of the compilation is recorded in the build folder
 * ({@link ScriptChecker#RECORD}), so that {@code shellgen:check} can check a script again when only
 * the script changed, which javac's incremental compilation does not notice.
 */
public final class PythonChecks {

    private record Request(ComponentDeclaration component, Member<String> script, Path file) {}

    private final Reporter reporter;
    private final ScriptLocator scripts;
    private final String python;
    private final List<Request> requests = new ArrayList<>();
    /** Every script checked in this compilation, with the digest of what was checked. */
    private final Map<ScriptCheck, String> checked = new LinkedHashMap<>();

    /** {@code python}: the interpreter to check with, by name on the PATH or by path. */
    public PythonChecks(Reporter reporter, ScriptLocator scripts, String python) {
        this.reporter = reporter;
        this.scripts = scripts;
        this.python = python;
    }

    /** Checks {@code file}, the script {@code script} of {@code component}, at the end of the round. */
    void add(ComponentDeclaration component, Member<String> script, Path file) {
        requests.add(new Request(component, script, file));
    }

    /** Runs the checks collected so far and reports what they find; then forgets them. */
    public void run() {
        if (requests.isEmpty()) {
            return;
        }
        Map<ScriptCheck, List<Request>> byCheck = new LinkedHashMap<>();
        for (Request request : requests) {
            byCheck.computeIfAbsent(check(request), k -> new ArrayList<>()).add(request);
        }
        requests.clear();
        // The folders that merge into the jar's resources/; the checker finds the script's folder and
        // the vendored packages in each.
        List<Path> roots = scripts.resourceFolders();
        Optional<Path> blob = scripts.blobPackages();
        Map<ScriptCheck, String> digests = new LinkedHashMap<>();
        byCheck.keySet().forEach(check -> digests.put(check, ScriptChecker.digest(Path.of(check.file()))));
        List<ScriptChecker.Finding> findings;
        try {
            findings = new ScriptChecker(python).check(List.copyOf(byCheck.keySet()), roots, blob);
        } catch (IOException e) {
            reporter.report(Message.PYTHON_NOT_RUN, python, e.getMessage());
            return;
        }
        for (ScriptChecker.Finding finding : findings) {
            if (finding.check() == null) {
                reporter.report(finding.message(), finding.args());
                continue;
            }
            if (finding.message().kind() == javax.tools.Diagnostic.Kind.ERROR) {
                digests.put(finding.check(), ""); // not checked clean: shellgen:check checks it again
            }
            for (Request request : byCheck.get(finding.check())) {
                reporter.report(request.component().element(), request.component().mirror(), request.script().at(),
                        finding.message(), finding.args());
            }
        }
        checked.putAll(digests);
        scripts.buildFolder().ifPresent(build -> {
            try {
                ScriptChecker.record(build.resolve(ScriptChecker.RECORD), python, roots, blob, checked);
            } catch (IOException e) {
                // Only shellgen:check's re-checks need it: it checks every script when it has none.
            }
        });
    }

    private static ScriptCheck check(Request request) {
        ComponentDeclaration component = request.component();
        Map<String, ScriptCheck.Stream> streams = new LinkedHashMap<>();
        component.streamsById().forEach((id, stream) -> streams.put(id,
                new ScriptCheck.Stream(stream.fieldNames(), stream.direct())));
        return new ScriptCheck(request.file().toString(), folder(request), runtime(request), kind(request),
                component.kind().display(), request.script().value(), component.id(),
                component.element().getSimpleName().toString(), streams);
    }

    /** The component as the checker names it: a spout, a bolt, a windowed, stateful or batch bolt. */
    private static String kind(Request request) {
        ComponentDeclaration component = request.component();
        return component.kind().role() == Role.SPOUT ? "spout" : component.window() != null ? "windowed"
                : component.stateful() != null ? "stateful" : component.batch() != null ? "batch" : "bolt";
    }

    /** The script's folder relative to resources/, "" at its root. */
    private static String folder(Request request) {
        Path parent = Path.of(request.script().value()).getParent();
        return parent == null ? "" : parent.toString();
    }

    /** The runtime as the checker names it: what puts modules on the script's path. */
    private static String runtime(Request request) {
        return request.component().runtime() == PythonRuntime.STOCK ? "stock" : "shellgen";
    }
}
