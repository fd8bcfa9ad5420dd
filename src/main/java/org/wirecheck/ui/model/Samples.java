package org.wirecheck.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The sample story shipped in {@code samples/} (looked up relative to the working folder). */
public final class Samples {

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    private Samples() {
    }

    /** The folder the samples are looked for in. */
    public static Path folder() {
        return Path.of("samples").toAbsolutePath().normalize();
    }

    /** The sample files, sorted by name; empty when there is no samples folder. */
    public static List<Path> files() {
        return files(folder());
    }

    /** The story files directly in {@code folder}, sorted by name (empty if it is not a folder). */
    public static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(Samples::isStory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isStory(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && EXTENSIONS.stream().anyMatch(n::endsWith);
    }
}
