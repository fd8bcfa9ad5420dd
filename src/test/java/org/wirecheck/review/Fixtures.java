package org.wirecheck.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Options;
import org.wirecheck.ingest.Loader;
import org.wirecheck.text.Witness;

/** An invented story in four copies written to files, and helpers to compare them and save reviews of them. */
public final class Fixtures {

    public static final List<String> STORY = List.of(
            "Harbour officials in Ostrava Bay said on Tuesday that the new ferry pier would open in April.",
            "The pier, built by the Lindqvist Company, can berth 36 ferries a day and employs 420 workers.",
            "Mayor Edda Vasquez called the pier “a gift to every island family” at a ceremony on Sunday.",
            "Fishermen say the dredging has clouded the water where they have worked for generations.",
            "A survey by the Halden Institute found that cod numbers had fallen by a quarter since 2019.",
            "The company rejected the survey and said it would publish its own figures before the winter.",
            "Transport minister Oskar Brenn is expected to visit the pier next week.");

    private Fixtures() {
    }

    /** The story with, in paragraph {@code changed[i]}, {@code from[i]} replaced by {@code to[i]}. */
    public static String story(int changed, String from, String to) {
        return story(new int[] {changed}, new String[] {from}, new String[] {to});
    }

    private static String story(int[] changed, String[] from, String[] to) {
        List<String> p = new ArrayList<>(STORY);
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] >= 0) {
                p.set(changed[i], p.get(changed[i]).replace(from[i], to[i]));
            }
        }
        return String.join("\n\n", p) + "\n";
    }

    /**
     * Four copies: two as written, one with a name spelled otherwise and another day, one with another number and
     * another month.
     */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(file(dir, "a.txt", story(-1, "", "")));
        out.add(file(dir, "b.txt", story(-1, "", "")));
        out.add(file(dir, "c.txt", story(new int[] {4, 2}, new String[] {"Halden", "on Sunday"},
                new String[] {"Holden", "on Saturday"})));
        out.add(file(dir, "d.txt", story(new int[] {1, 0}, new String[] {"36 ferries", "in April"},
                new String[] {"63 ferries", "in May"})));
        return out;
    }

    public static Path file(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    public static List<Witness> load(List<Path> files) throws Exception {
        List<Witness> out = new ArrayList<>();
        for (Path p : files) {
            out.add(Loader.load(p.toAbsolutePath()));
        }
        return out;
    }

    public static Comparison compare(List<Path> files, Path reference) throws Exception {
        return Comparer.compare(load(files), reference == null ? Options.defaults()
                : Options.withReference(reference.toAbsolutePath().toString()));
    }

    public static List<SavedCopy> saved(List<Path> files) throws Exception {
        List<SavedCopy> out = new ArrayList<>();
        for (Path p : files) {
            Witness w = Loader.load(p.toAbsolutePath());
            out.add(SavedCopy.of(w, p.toAbsolutePath().toString(), Digests.sha256(p)));
        }
        return out;
    }
}
