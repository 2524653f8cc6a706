package io.github.shellgen.processor.validate;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.Member;
import io.github.shellgen.processor.read.StreamDeclaration;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import io.github.shellgen.processor.storm.StormNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What only Python can tell about a Python component's script, asked of {@code python3} on the
 * build machine: that it compiles as the worker's python3 reads it, that every module it imports
 * at top level is where the worker's Python will find it (the rule, per folder and runtime, is the
 * checker's, which also says where it looked), and that each emit naming its stream (or none) and
 * passing a list literal matches the stream the component declares, direct or not. Scripts are collected while a round's topologies are validated
 * and checked together at the end of the round, by one {@code python3} process
 * ({@code checks/check_scripts.py}); where that Python cannot run, the build goes on with a note.
 */
public final class PythonChecks {

    private static final String CHECKER = "/io/github/shellgen/processor/checks/check_scripts.py";

    private record Request(ComponentDeclaration component, Member<String> script, Path file) {}

    private final Reporter reporter;
    private final ScriptLocator scripts;
    private final String python;
    private final List<Request> requests = new ArrayList<>();

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
        // One check per script and declared streams, however many components share them.
        Map<List<String>, List<Request>> alike = new LinkedHashMap<>();
        for (Request request : requests) {
            List<String> key = new ArrayList<>(List.of(request.file().toString(), folder(request), runtime(request),
                    kind(request)));
            request.component().streamsById().forEach((id, stream) -> key.addAll(List.of(id,
                    String.valueOf(stream.fields().size()), stream.direct() ? "1" : "0")));
            alike.computeIfAbsent(key, k -> new ArrayList<>()).add(request);
        }
        requests.clear();
        List<List<Request>> batch = new ArrayList<>(alike.values());
        // The folders that merge into the jar's resources/; the checker finds the script's folder and
        // the vendored packages in each.
        List<Path> folders = scripts.resourceFolders();
        List<String> input = new ArrayList<>();
        folders.forEach(folder -> input.addAll(List.of("root", folder.toString())));
        input.addAll(List.of("packages", ShellgenRuntimeFiles.PACKAGES));
        scripts.blobPackages().ifPresent(packages -> input.addAll(List.of("blob", packages.toString())));
        int index = 0;
        for (List<String> key : alike.keySet()) {
            input.addAll(List.of("check", String.valueOf(index++), key.get(0), key.get(1), key.get(2), key.get(3),
                    String.valueOf((key.size() - 4) / 3)));
            input.addAll(key.subList(4, key.size()));
        }
        List<String> output;
        try {
            output = ask(input);
        } catch (IOException e) {
            reporter.report(Message.PYTHON_NOT_RUN, python, e.getMessage());
            return;
        }
        for (String line : output) {
            List<String> cells = List.of(line.split("\t", -1)).stream()
                    .map(cell -> URLDecoder.decode(cell, StandardCharsets.UTF_8)).toList();
            try {
                for (Request request : batch.get(Integer.parseInt(cells.get(0)))) {
                    report(request, cells.get(1), Integer.parseInt(cells.get(2)), cells.subList(3, cells.size()));
                }
            } catch (RuntimeException e) {
                reporter.report(Message.PYTHON_ANSWER_UNREADABLE, line, e);
            }
        }
    }

    private void report(Request request, String kind, int line, List<String> details) {
        ComponentDeclaration component = request.component();
        String display = component.kind().display();
        String script = request.script().value();
        Map<String, StreamDeclaration> streams = component.streamsById();
        switch (kind) {
            case "syntax" -> report(request, Message.SCRIPT_SYNTAX, display, script, script, line, details.get(0));
            case "import" -> {
                String lookedIn = details.get(1);
                if (!stock(request)) {
                    report(request, Message.SCRIPT_IMPORT, display, script, details.get(0), script, line, lookedIn);
                } else if (details.get(0).equals("storm") || details.get(0).startsWith("storm.")) {
                    report(request, Message.SCRIPT_IMPORT_STOCK_STORM, display, script, script, line, lookedIn);
                } else {
                    report(request, Message.SCRIPT_IMPORT_STOCK, display, script, details.get(0), script, line,
                            lookedIn);
                }
            }
            case "relative" -> report(request, Message.SCRIPT_RELATIVE_IMPORT, display, script, details.get(0), script,
                    line);
            case "stream" -> {
                if (streams.isEmpty()) {
                    report(request, Message.SCRIPT_EMIT_NO_STREAMS, display, script, details.get(0), script, line,
                            component.id());
                } else {
                    report(request, Message.SCRIPT_EMIT_STREAM, display, script, details.get(0), script, line,
                            component.id(), String.join(", ", streams.keySet()),
                            Message.streamFix(details.get(0), StormNames.DEFAULT_STREAM.equals(details.get(0))));
                }
            }
            case "direct" -> report(request, Message.SCRIPT_EMIT_NOT_DIRECT, display, script, details.get(0), script,
                    line);
            case "notdirect" -> report(request, Message.SCRIPT_EMIT_DIRECT, display, script, details.get(0), script,
                    line);
            case "failed" -> report(request, Message.SCRIPT_CHECK_FAILED, display, script, details.get(0));
            case "notwindowed" -> report(request, Message.SCRIPT_NOT_WINDOWED, display, script, details.get(0),
                    details.get(1), script, line);
            case "windowed" -> report(request, Message.SCRIPT_WINDOWED_WITHOUT_WINDOW, display, script,
                    details.get(0), script, line, component.element().getSimpleName());
            case "notstateful" -> report(request, Message.SCRIPT_NOT_STATEFUL, display, script, details.get(0),
                    details.get(1), script, line);
            case "stateful" -> report(request, Message.SCRIPT_STATEFUL_WITHOUT_STATEFUL, display, script,
                    details.get(0), script, line, component.element().getSimpleName());
            case "notbatch" -> report(request, Message.SCRIPT_NOT_BATCH, display, script, details.get(0),
                    details.get(1), script, line);
            case "batch" -> report(request, Message.SCRIPT_BATCH_WITHOUT_BATCH, display, script,
                    details.get(0), script, line, component.element().getSimpleName());
            case "arity" -> {
                StreamDeclaration stream = streams.get(details.get(0));
                int values = Integer.parseInt(details.get(1));
                report(request, Message.SCRIPT_EMIT_ARITY, display, script, values, values == 1 ? "" : "s",
                        details.get(0), script, line, stream.fieldNames(), stream.fields().size());
            }
            default -> throw new IllegalStateException("Unknown problem from " + CHECKER + ": " + kind);
        }
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

    private static boolean stock(Request request) {
        return request.component().runtime() == PythonRuntime.STOCK;
    }

    /** The runtime as the checker names it: what puts modules on the script's path. */
    private static String runtime(Request request) {
        return stock(request) ? "stock" : "shellgen";
    }

    private void report(Request request, Message message, Object... args) {
        reporter.report(request.component().element(), request.component().mirror(), request.script().at(), message,
                args);
    }

    /** Runs the checker with {@code input} (one value a line) and returns its lines. */
    private List<String> ask(List<String> input) throws IOException {
        String checker;
        try (InputStream in = PythonChecks.class.getResourceAsStream(CHECKER)) {
            checker = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // -I: the checker needs nothing but the standard library, whatever the environment says.
        Process python = new ProcessBuilder(this.python, "-I", "-c", checker).start();
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(python.getInputStream()));
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(python.getErrorStream()));
        try (OutputStream in = python.getOutputStream()) {
            for (String value : input) {
                in.write((URLEncoder.encode(value, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!python.waitFor(120, TimeUnit.SECONDS)) {
                python.destroyForcibly();
                throw new IOException("it did not answer within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            python.destroyForcibly();
            throw new IOException("interrupted");
        }
        if (python.exitValue() != 0) {
            String error = new String(stderr.join(), StandardCharsets.UTF_8).strip();
            throw new IOException("exit status " + python.exitValue() + ": "
                    + error.substring(Math.max(0, error.length() - 500)));
        }
        return new String(stdout.join(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
