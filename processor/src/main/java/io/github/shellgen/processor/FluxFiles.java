package io.github.shellgen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.lang.model.element.TypeElement;

/**
 * The Flux files, each topology's index file and its diagrams, collected across rounds and keyed
 * by file name so they are written once each, in a stable order, when processing is over. Two
 * topologies never share a file name: the validator reports the second one
 * ({@code [DuplicateTopologyName]}) before anything is written.
 *
 * <p>Diagrams are laid out on a thread of their own while javac goes on compiling: laying out is
 * the slowest part of the output, and needs nothing from javac.
 */
final class FluxFiles {

    /** One rendered file and the interface it comes from. */
    record Pending(String fileName, String content, TypeElement originating) {}

    private record Later(CompletableFuture<Map<String, String>> files, TypeElement originating) {}

    private final Map<String, Pending> byName = new TreeMap<>();
    private final List<Later> later = new ArrayList<>();
    private ExecutorService background;

    void add(Pending pending) {
        byName.put(pending.fileName(), pending);
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

    /**
     * Every file, once the background work is done; {@code failed} hears of an interface whose
     * files could not be made. Empty once drained.
     */
    List<Pending> drain(BiConsumer<TypeElement, Throwable> failed) {
        for (Later files : later) {
            try {
                files.files().join().forEach((name, content) -> add(new Pending(name, content, files.originating())));
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
}
