package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import io.github.shellgen.processor.storm.StormNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Asks {@code python3} what only Python can tell about scripts ({@code checks/check_scripts.py}, one
 * process for all of them), and turns each answer into the message it gets: for the processor, which
 * reports it on the script value, and for {@code shellgen:check}, which checks again the scripts that
 * changed since the compilation, from the record the processor keeps ({@link #record}).
 */
public final class ScriptChecker {

    private static final String CHECKER = "/io/github/shellgen/processor/checks/check_scripts.py";
    /** The record's first line: its format, which a reader of another version refuses. */
    private static final String RECORD_HEADER = "shellgen-script-checks 1";

    /** Where the processor keeps the record of a compilation's checks, relative to the build folder. */
    public static final String RECORD = "shellgen/script-checks.tsv";

    /**
     * What the checker found wrong with a script, as its message and the message's values; check is
     * null for an answer that could not be read.
     */
    public record Finding(ScriptCheck check, Message message, Object[] args) {
        public String text() {
            return message.format(args);
        }
    }

    /** What a record holds: the check's settings, and each script with its content's digest then. */
    public record Recorded(String python, List<Path> roots, Optional<Path> blob, Map<ScriptCheck, String> digests) {}

    private final String python;

    /** {@code python}: the interpreter to check with, by name on the PATH or by path. */
    public ScriptChecker(String python) {
        this.python = python;
    }

    /**
     * Checks the scripts, with {@code roots} (the {@code resources/} folders) and the blob store's
     * packages, if any, where their imports may be.
     *
     * @throws IOException when python cannot be run, or its answer cannot be read
     */
    public List<Finding> check(List<ScriptCheck> checks, List<Path> roots, Optional<Path> blob) throws IOException {
        if (checks.isEmpty()) {
            return List.of();
        }
        // One check per script and declared streams, however many components share them.
        Map<List<String>, List<ScriptCheck>> alike = new LinkedHashMap<>();
        checks.forEach(check -> alike.computeIfAbsent(check.key(), k -> new ArrayList<>()).add(check));
        List<List<ScriptCheck>> batch = new ArrayList<>(alike.values());
        List<String> input = new ArrayList<>();
        roots.forEach(folder -> input.addAll(List.of("root", folder.toString())));
        input.addAll(List.of("packages", ShellgenRuntimeFiles.PACKAGES));
        blob.ifPresent(packages -> input.addAll(List.of("blob", packages.toString())));
        int index = 0;
        for (List<String> key : alike.keySet()) {
            input.addAll(List.of("check", String.valueOf(index++), key.get(0), key.get(1), key.get(2), key.get(3),
                    String.valueOf((key.size() - 4) / 3)));
            input.addAll(key.subList(4, key.size()));
        }
        List<Finding> findings = new ArrayList<>();
        for (String line : ask(input)) {
            List<String> cells = List.of(line.split("\t", -1)).stream()
                    .map(cell -> URLDecoder.decode(cell, StandardCharsets.UTF_8)).toList();
            try {
                for (ScriptCheck check : batch.get(Integer.parseInt(cells.get(0)))) {
                    findings.add(finding(check, cells.get(1), Integer.parseInt(cells.get(2)),
                            cells.subList(3, cells.size())));
                }
            } catch (RuntimeException e) {
                findings.add(new Finding(null, Message.PYTHON_ANSWER_UNREADABLE, new Object[] {line, e}));
            }
        }
        return findings;
    }

    private static Finding finding(ScriptCheck check, String kind, int line, List<String> details) {
        String display = check.display();
        String script = check.script();
        Map<String, ScriptCheck.Stream> streams = check.streams();
        return switch (kind) {
            case "syntax" -> new Finding(check, Message.SCRIPT_SYNTAX, new Object[] {display, script, script, line,
                    details.get(0)});
            case "import" -> {
                String lookedIn = details.get(1);
                if (!check.stock()) {
                    yield new Finding(check, Message.SCRIPT_IMPORT, new Object[] {display, script, details.get(0),
                            script, line, lookedIn});
                } else if (details.get(0).equals("storm") || details.get(0).startsWith("storm.")) {
                    yield new Finding(check, Message.SCRIPT_IMPORT_STOCK_STORM, new Object[] {display, script, script,
                            line, lookedIn});
                }
                yield new Finding(check, Message.SCRIPT_IMPORT_STOCK, new Object[] {display, script, details.get(0),
                        script, line, lookedIn});
            }
            case "relative" -> new Finding(check, Message.SCRIPT_RELATIVE_IMPORT, new Object[] {display, script,
                    details.get(0), script, line});
            case "stream" -> streams.isEmpty()
                    ? new Finding(check, Message.SCRIPT_EMIT_NO_STREAMS, new Object[] {display, script, details.get(0),
                            script, line, check.componentId()})
                    : new Finding(check, Message.SCRIPT_EMIT_STREAM, new Object[] {display, script, details.get(0),
                            script, line, check.componentId(), String.join(", ", streams.keySet()),
                            Message.streamFix(details.get(0), StormNames.DEFAULT_STREAM.equals(details.get(0)))});
            case "direct" -> new Finding(check, Message.SCRIPT_EMIT_NOT_DIRECT, new Object[] {display, script,
                    details.get(0), script, line});
            case "notdirect" -> new Finding(check, Message.SCRIPT_EMIT_DIRECT, new Object[] {display, script,
                    details.get(0), script, line});
            case "failed" -> new Finding(check, Message.SCRIPT_CHECK_FAILED, new Object[] {display, script,
                    details.get(0)});
            case "notwindowed" -> new Finding(check, Message.SCRIPT_NOT_WINDOWED, new Object[] {display, script,
                    details.get(0), details.get(1), script, line});
            case "windowed" -> new Finding(check, Message.SCRIPT_WINDOWED_WITHOUT_WINDOW, new Object[] {display,
                    script, details.get(0), script, line, check.interfaceName()});
            case "notstateful" -> new Finding(check, Message.SCRIPT_NOT_STATEFUL, new Object[] {display, script,
                    details.get(0), details.get(1), script, line});
            case "stateful" -> new Finding(check, Message.SCRIPT_STATEFUL_WITHOUT_STATEFUL, new Object[] {display,
                    script, details.get(0), script, line, check.interfaceName()});
            case "notbatch" -> new Finding(check, Message.SCRIPT_NOT_BATCH, new Object[] {display, script,
                    details.get(0), details.get(1), script, line});
            case "batch" -> new Finding(check, Message.SCRIPT_BATCH_WITHOUT_BATCH, new Object[] {display, script,
                    details.get(0), script, line, check.interfaceName()});
            case "arity" -> {
                ScriptCheck.Stream stream = streams.get(details.get(0));
                int values = Integer.parseInt(details.get(1));
                yield new Finding(check, Message.SCRIPT_EMIT_ARITY, new Object[] {display, script, values,
                        values == 1 ? "" : "s", details.get(0), script, line, stream.fields(), stream.fields().size()});
            }
            default -> throw new IllegalStateException("Unknown problem from " + CHECKER + ": " + kind);
        };
    }

    /** Runs the checker with {@code input} (one value a line) and returns its lines. */
    private List<String> ask(List<String> input) throws IOException {
        String checker;
        try (InputStream in = ScriptChecker.class.getResourceAsStream(CHECKER)) {
            checker = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // -I: the checker needs nothing but the standard library, whatever the environment says.
        Process process = new ProcessBuilder(python, "-I", "-c", checker).start();
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            for (String value : input) {
                in.write((URLEncoder.encode(value, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("it did not answer within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted");
        }
        if (process.exitValue() != 0) {
            String error = new String(stderr.join(), StandardCharsets.UTF_8).strip();
            throw new IOException("exit status " + process.exitValue() + ": "
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

    /** The SHA-256 of a file's content, in hex; "" when it cannot be read (it is gone). */
    public static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the record of a compilation's checks to {@code file}: the settings, and each script with
     * the digest of what was checked ({@code digests}: the script's file to its digest then).
     */
    public static void record(Path file, String python, List<Path> roots, Optional<Path> blob,
            Map<ScriptCheck, String> digests) throws IOException {
        List<String> lines = new ArrayList<>(List.of(RECORD_HEADER, line("python", python)));
        roots.forEach(root -> lines.add(line("root", root.toString())));
        blob.ifPresent(folder -> lines.add(line("blob", folder.toString())));
        digests.forEach((check, digest) -> {
            List<String> cells = new ArrayList<>(List.of("check", digest, check.file(), check.folder(), check.runtime(),
                    check.kind(), check.display(), check.script(), check.componentId(), check.interfaceName(),
                    String.valueOf(check.streams().size())));
            check.streams().forEach((id, stream) -> cells.addAll(List.of(id, String.valueOf(stream.direct()),
                    String.valueOf(stream.fields().size()))));
            check.streams().values().forEach(stream -> cells.addAll(stream.fields()));
            lines.add(line(cells.toArray(String[]::new)));
        });
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads a record {@link #record} wrote; empty when there is none, or it is another version's. */
    public static Optional<Recorded> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(RECORD_HEADER)) {
            return Optional.empty();
        }
        String python = "python3";
        List<Path> roots = new ArrayList<>();
        Optional<Path> blob = Optional.empty();
        Map<ScriptCheck, String> digests = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split("\t", -1)).stream()
                    .map(cell -> URLDecoder.decode(cell, StandardCharsets.UTF_8)).toList();
            switch (cells.get(0)) {
                case "python" -> python = cells.get(1);
                case "root" -> roots.add(Path.of(cells.get(1)));
                case "blob" -> blob = Optional.of(Path.of(cells.get(1)));
                case "check" -> {
                    int count = Integer.parseInt(cells.get(10));
                    int at = 11;
                    List<String> ids = new ArrayList<>();
                    List<Boolean> direct = new ArrayList<>();
                    List<Integer> sizes = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        ids.add(cells.get(at++));
                        direct.add(Boolean.parseBoolean(cells.get(at++)));
                        sizes.add(Integer.parseInt(cells.get(at++)));
                    }
                    Map<String, ScriptCheck.Stream> streams = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        streams.put(ids.get(i), new ScriptCheck.Stream(cells.subList(at, at + sizes.get(i)), direct.get(i)));
                        at += sizes.get(i);
                    }
                    digests.put(new ScriptCheck(cells.get(2), cells.get(3), cells.get(4), cells.get(5), cells.get(6),
                            cells.get(7), cells.get(8), cells.get(9), streams), cells.get(1));
                }
                default -> throw new IOException(file + " has a line this version does not know: " + line);
            }
        }
        return Optional.of(new Recorded(python, roots, blob, digests));
    }

    private static String line(String... cells) {
        return java.util.Arrays.stream(cells).map(cell -> URLEncoder.encode(cell, StandardCharsets.UTF_8))
                .collect(Collectors.joining("\t"));
    }
}
