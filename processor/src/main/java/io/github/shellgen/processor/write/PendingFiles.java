package io.github.shellgen.processor.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.lang.model.element.TypeElement;

/**
 * The resource files of this compilation, collected across rounds and keyed by file name so they
 * are written once each, in a stable order, when processing is over: each topology's Flux files,
 * index file and diagrams, and the topologies that need the Python runtime's files (the Filer
 * refuses to create one file twice). Two topologies never share a file name: the validator reports
 * the second one ({@code [DuplicateTopologyName]}) before anything is written.
 *
 * <p>Diagrams are laid out on a thread of their own while javac goes on compiling: laying out is
 * the slowest part of the output, and needs nothing from javac.
 */
final class PendingFiles {

    /** One rendered file and the interface it comes from. */
    record Pending(String fileName, String content, TypeElement originating) {}

    private record Later(CompletableFuture<Map<String, String>> files, TypeElement originating) {}

    private final Map<String, Pending> byName = new TreeMap<>();
    private final List<Later> later = new ArrayList<>();
    private final Set<TypeElement> runtimeUsers = new LinkedHashSet<>();
    private ExecutorService background;

    void add(String fileName, String content, TypeElement originating) {
        byName.put(fileName, new Pending(fileName, content, originating));
    }

    /** Files (name to content) that {@code render} makes on the background thread. */
    void addLater(Supplier<Map<String, String>> render, TypeElement originating) {
        if (background == null) {
            background = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "shellgen-diagrams");
                thread.setDaemon(true);
                return thread;
            });
        }
        later.add(new Later(CompletableFuture.supplyAsync(render, background), originating));
    }

    /** {@code topology} runs on storm-shellgen's Python runtime, whose files must then be in the jar. */
    void requireRuntime(TypeElement topology) {
        runtimeUsers.add(topology);
    }

    /**
     * Every file, once the background work is done; {@code failed} hears of an interface whose
     * files could not be made. Empty once drained.
     */
    List<Pending> drain(BiConsumer<TypeElement, Throwable> failed) {
        for (Later files : later) {
            try {
                files.files().join().forEach((name, content) -> add(name, content, files.originating()));
            } catch (CompletionException e) {
                failed.accept(files.originating(), e.getCause());
            }
        }
        later.clear();
        if (background != null) {
            background.shutdown();
            background = null;
        }
        List<Pending> all = new ArrayList<>(byName.values());
        byName.clear();
        return all;
    }

    /** The topologies that need the runtime; empty once drained, so its files are written once. */
    TypeElement[] drainRuntimeUsers() {
        TypeElement[] all = runtimeUsers.toArray(TypeElement[]::new);
        runtimeUsers.clear();
        return all;
    }
}
