package org.wirecheck.text;

import java.util.List;
import java.util.Objects;

/**
 * One copy of the story as loaded: a display name (the file name), where it came from, and its text exactly as
 * decoded. {@code hidden} lists character ranges the tokenizer must skip (markup such as a Markdown link target);
 * they stay part of the text so that every offset still points into the original.
 */
public record Witness(String name, String source, String text, List<TextRange> hidden) {

    public Witness {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        hidden = List.copyOf(hidden);
        for (TextRange r : hidden) {
            if (r.end() > text.length()) {
                throw new IllegalArgumentException("hidden range " + r + " beyond text length " + text.length());
            }
        }
    }

    /** A witness with nothing hidden. */
    public Witness(String name, String source, String text) {
        this(name, source, text, List.of());
    }
}
