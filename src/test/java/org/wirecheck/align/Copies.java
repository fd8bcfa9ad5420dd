package org.wirecheck.align;

import java.util.List;
import org.wirecheck.text.Document;
import org.wirecheck.text.Paragraphs;
import org.wirecheck.text.Witness;

/** Tiny invented copies for the align tests: each copy is a list of paragraphs, one or more sentences each. */
final class Copies {

    /** Five paragraphs, one sentence each, every sentence with its own rare words. */
    static final List<String> STORY = List.of(
            "Tarnvik opened its new harbour terminal on Monday after four years of building.",
            "The terminal cost 240 million kroner and was paid for by the Kessing Group.",
            "Mayor Ilse Brandt called the quay a turning point for the fishing villages.",
            "Fishermen warned that eel catches in the estuary had fallen by a third.",
            "Ferries to Nordholm will leave from the new quay from June onwards.");

    /** The story without paragraph {@code p}. */
    static String without(int p) {
        return Paragraphs.without(STORY, p);
    }

    /** The story with paragraph {@code p} replaced. */
    static String with(int p, String replacement) {
        return Paragraphs.with(STORY, p, replacement);
    }

    static Document doc(String text) {
        return Document.of(new Witness("copy.txt", "copy.txt", text));
    }

    static List<Document> docs(String... texts) {
        return List.of(texts).stream().map(Copies::doc).toList();
    }

    /** All copies aligned to a pivot grown from copy 0. */
    static Alignment align(String... texts) {
        List<Document> docs = docs(texts);
        return Alignment.of(docs, 0, new Similarity(docs));
    }

    /** The variants of copies aligned to copy 0. */
    static List<Variant> variants(String... texts) {
        return new VariantCollator(align(texts)).variants();
    }

    /** A copy's text at one of its readings. */
    static String read(String text, CopySpan s) {
        return text.substring(s.charStart(), s.charEnd());
    }

    private Copies() {
    }
}
