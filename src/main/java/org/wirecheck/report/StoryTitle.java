package org.wirecheck.report;

import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

/** The title of a story as a report names it: the copy's first heading, else its first line. */
final class StoryTitle {

    private StoryTitle() {
    }

    /**
     * The first Markdown heading of the copy (a line whose {@code #} marker the loader recognised as markup), else
     * its first line that has text; markup is left out. {@code ""} for a copy without text.
     */
    static String of(Witness w) {
        String text = w.text();
        boolean[] hidden = new boolean[text.length()];
        for (TextRange h : w.hidden()) {
            for (int i = h.start(); i < h.end(); i++) {
                hidden[i] = true;
            }
        }
        String firstLine = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            String shown = visible(text, lineStart, lineEnd, hidden).strip();
            if (!shown.isEmpty()) {
                if (isHeading(text, lineStart, lineEnd, hidden)) {
                    return shown;
                }
                if (firstLine == null) {
                    firstLine = shown;
                    if (w.hidden().isEmpty()) {
                        return firstLine; // plain text has no headings
                    }
                }
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        return firstLine == null ? "" : firstLine;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** A line starting (after up to three spaces) with a {@code #} that is hidden markup. */
    private static boolean isHeading(String text, int start, int end, boolean[] hidden) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i < end && text.charAt(i) == '#' && hidden[i];
    }

    private static String visible(String text, int from, int to, boolean[] hidden) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (!hidden[i]) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }
}
