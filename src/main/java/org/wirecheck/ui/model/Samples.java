package org.wirecheck.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The sample story shipped with Wirecheck: in the folder named by the system property {@value #PROPERTY} (set by the
 * installed application's launcher to the samples inside the image), else in {@code samples/} of the working folder
 * (a source checkout).
 */
public final class Samples {

    /** System property naming the samples folder. */
    public static final String PROPERTY = "wirecheck.samples";

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    private Samples() {
    }

    /** The folder the samples are looked for in. */
    public static Path folder() {
        String bundled = System.getProperty(PROPERTY, "");
        return Path.of(bundled.isBlank() ? "samples" : bundled).toAbsolutePath().normalize();
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
