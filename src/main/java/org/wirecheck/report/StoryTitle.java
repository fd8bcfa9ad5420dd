package org.wirecheck.report;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.classify.Furniture;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

/**
 * The title of a story as a report names it: the copy's headline. A Markdown heading is one; otherwise the
 * headline is found among the opening lines: furniture (time stamps, bylines, credits, navigation) is passed over,
 * a short line followed by a headline-like line of several words is a section tag ("Russia Ukraine conflict"), passed
 * over too, and the search stops at the first line of body text (a sentence ending in a full stop, or a long line).
 */
final class StoryTitle {

    /** A line of fewer words, followed by a headline-like line of {@value #HEADLINE_WORDS} words or more, is a tag. */
    static final int TAG_WORDS = 4;
    /** The fewest words of the headline that makes a short line before it a section tag. */
    static final int HEADLINE_WORDS = 6;
    /** A line of more words is body text, not a headline. */
    static final int MAX_WORDS = 30;
    /** Lines looked at, at most. */
    private static final int OPENING_LINES = 6;

    private StoryTitle() {
    }

    /**
     * The first Markdown heading of the copy (a line whose {@code #} marker the loader recognised as markup), else
     * its first line that has text; markup is left out. {@code ""} for a copy without text.
     */
    static String of(Witness w) {
        List<Line> lines = lines(w);
        for (Line l : lines) {
            if (l.heading()) {
                return l.text();
            }
        }
        return lines.isEmpty() ? "" : lines.get(0).text();
    }

    /** The copy's headline (see the class), or {@code ""} when its opening lines have none. */
    static String headline(Witness w) {
        List<Line> lines = lines(w);
        for (Line l : lines) {
            if (l.heading()) {
                return l.text();
            }
        }
        List<String> opening = new ArrayList<>();
        for (Line l : lines) {
            if (opening.size() == OPENING_LINES) {
                break;
            }
            if (Furniture.of(l.text()) == Furniture.Role.NONE) {
                opening.add(l.text());
            }
        }
        for (int i = 0; i < opening.size(); i++) {
            String line = opening.get(i);
            if (!headlineLike(line)) {
                return "";
            }
            int words = words(line);
            boolean tag = words < TAG_WORDS && i + 1 < opening.size() && headlineLike(opening.get(i + 1))
                    && words(opening.get(i + 1)) >= HEADLINE_WORDS;
            if (!tag) {
                return line;
            }
        }
        return "";
    }

    /** Not body text: at most {@value #MAX_WORDS} words, not ending a sentence with a full stop. */
    static boolean headlineLike(String line) {
        String s = line.strip();
        boolean sentence = s.endsWith(".") && !s.endsWith("...") && !s.endsWith("\u2026");
        return !sentence && words(s) <= MAX_WORDS;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** A line of visible text, and whether it is a Markdown heading. */
    private record Line(String text, boolean heading) {
    }

    /** The copy's lines that have visible text, markup left out. */
    private static List<Line> lines(Witness w) {
        String text = w.text();
        boolean[] hidden = new boolean[text.length()];
        for (TextRange h : w.hidden()) {
            for (int i = h.start(); i < h.end(); i++) {
                hidden[i] = true;
            }
        }
        List<Line> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            String shown = visible(text, lineStart, lineEnd, hidden).strip();
            if (!shown.isEmpty()) {
                out.add(new Line(shown, isHeading(text, lineStart, lineEnd, hidden)));
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        return out;
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
