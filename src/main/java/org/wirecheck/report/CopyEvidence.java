package org.wirecheck.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Texts;

/**
 * The evidence a report lists under a copy: for a fetched page the time, final address, HTTP status and content
 * type; for pasted text when it was pasted; the SHA-256 of the bytes; what the source says of its publication; and
 * where offsets point when the text was extracted (from HTML, PDF, Word). Nothing is listed for a plain text or
 * Markdown file without metadata: its file is its evidence.
 */
public final class CopyEvidence {

    /** Longest metadata value shown (a page's title may be its whole text). */
    static final int MAX_VALUE = 200;

    private CopyEvidence() {
    }

    /** Whether a report lists evidence for a copy of this origin. */
    public static boolean shown(Origin o) {
        return o.kind() != Origin.Kind.FILE || !o.extractedFrom().isEmpty() || !o.metadata().isEmpty();
    }

    /** The lines a report shows, each one sentence; empty when {@link #shown} is false. */
    public static List<String> lines(Origin o) {
        List<String> out = new ArrayList<>();
        if (!shown(o)) {
            return out;
        }
        String when = o.fetched() == null ? "" : " " + DateTimeFormatter.ISO_INSTANT.format(o.fetched());
        if (o.kind() == Origin.Kind.WEB) {
            out.add("Fetched" + when + " from " + o.finalAddress() + " (HTTP " + o.status()
                    + (o.contentType().isEmpty() ? "" : ", " + o.contentType()) + ")");
            if (!o.finalAddress().equals(o.address())) {
                out.add("Asked for " + o.address() + " (redirected)");
            }
        } else if (o.kind() == Origin.Kind.PASTED) {
            out.add("Pasted" + when + " (" + o.mediaType() + ")");
        }
        if (!o.sha256().isEmpty()) {
            out.add("SHA-256 of the " + o.size() + " bytes: " + o.sha256());
        }
        Metadata m = o.metadata();
        add(out, "Title", m.title());
        add(out, "Site", m.siteName());
        add(out, "Author", m.author());
        add(out, "Published", m.published());
        add(out, "Modified", m.modified());
        if (!o.extractedFrom().isEmpty()) {
            out.add("Offsets point into the text extracted from the " + o.extractedFrom() + ", not into its bytes");
        }
        return out;
    }

    private static void add(List<String> out, String label, String value) {
        if (!value.isEmpty()) {
            out.add(label + ": " + Texts.cut(value, MAX_VALUE));
        }
    }
}
