package org.wirecheck.text;

import java.util.ArrayList;
import java.util.List;

/** Invented copies for tests, written as paragraphs: a copy's text, and a story with a paragraph dropped or changed. */
public final class Paragraphs {

    /** Paragraphs joined by blank lines, ending with a line break. */
    public static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }

    public static String text(String... paragraphs) {
        return text(List.of(paragraphs));
    }

    /** The text of {@code story} without paragraph {@code p}. */
    public static String without(List<String> story, int p) {
        List<String> out = new ArrayList<>(story);
        out.remove(p);
        return text(out);
    }

    /** The text of {@code story} with paragraph {@code p} replaced. */
    public static String with(List<String> story, int p, String replacement) {
        List<String> out = new ArrayList<>(story);
        out.set(p, replacement);
        return text(out);
    }

    private Paragraphs() {
    }
}
