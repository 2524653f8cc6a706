package io.github.shellgen.processor.write;

import io.github.shellgen.diagram.Diagrams;
import io.github.shellgen.diagram.TopologyGraph;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The last build's picture of a topology, taken again when neither its graph nor the renderer has
 * changed since: laying out the SVG loads and runs ELK, most of what the processor adds to a compile
 * that changes nothing else (0.75 s of 1.1 s on the archetype's project), and most compiles leave the
 * topology as it was. A key file beside the graph resource holds the SHA-256 of the renderer's jar
 * (its path, size and time) and the graph; a renderer that is not in a jar (this repository's own
 * classes, in an IDE or a test) has no key, and draws every time.
 */
public final class DiagramCache {

    private final Filer filer;
    /** What identifies the renderer; null when it cannot be told. */
    private final String renderer;

    DiagramCache(Filer filer) {
        this.filer = filer;
        this.renderer = rendererJar();
    }

    /** The file holding the key of topology {@code name}'s picture, relative to the class output. */
    public static String keyFile(String name) {
        return TopologyGraph.resource(name) + ".key";
    }

    /** The key of {@code graph}'s picture; empty when pictures are not reused. */
    Optional<String> key(TopologyGraph graph) {
        if (renderer == null) {
            return Optional.empty();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((renderer + "\n" + graph.toText()).getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(sha.digest()) + "\n");
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** The picture the class output holds for topology {@code name}, if it was drawn under {@code key}. */
    Optional<String> previous(String name, String key) {
        try {
            if (!read(keyFile(name)).equals(key)) {
                return Optional.empty();
            }
            return Optional.of(read(Diagrams.svgFile(name)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none yet (a clean build), or unreadable: draw it
        }
    }

    private String read(String file) throws IOException {
        return filer.getResource(StandardLocation.CLASS_OUTPUT, "", file).getCharContent(false).toString();
    }

    private static String rendererJar() {
        try {
            CodeSource source = Diagrams.class.getProtectionDomain().getCodeSource();
            File jar = source == null ? null : new File(source.getLocation().toURI());
            if (jar == null || !jar.isFile()) {
                return null;
            }
            return jar.getAbsolutePath() + " " + jar.length() + " " + jar.lastModified();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
