package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.compare.Rewritten;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.TextRange;

/**
 * Turns the engine's locations into style spans for one copy: a pure function of the comparison, run once per
 * comparison (off the FX thread). Where discrepancies overlap, the more important one (earlier in the engine's
 * ranking) wins. Line breaks are never styled: RichTextFX attaches a paragraph's line break to its last span, so a
 * styled break would bleed into the next line. An empty location (a copy lacking a passage) marks one neighbouring
 * character as a gap. A passage the copy rewrites ({@link Rewritten}) carries a band class on its characters
 * outside facts, which the reader shows while word-level drift is hidden.
 */
public final class Highlighter {

    private Highlighter() {
    }

    /** The marks of copy {@code copy} in {@code comparison}. */
    public static CopyMarks marks(Comparison comparison, Copy copy) {
        String text = copy.witness().text();
        int[] owner = new int[text.length()];
        Arrays.fill(owner, -1);
        boolean[] gap = new boolean[text.length()];
        List<Discrepancy> all = comparison.discrepancies();
        for (int d = 0; d < all.size(); d++) {
            for (Reading r : all.get(d).readings()) {
                for (Location l : r.locations()) {
                    if (l.witnessId().equals(copy.id())) {
                        paint(text, l, d, owner, gap);
                    }
                }
            }
        }
        boolean[] markup = new boolean[text.length()];
        for (TextRange h : copy.witness().hidden()) {
            Arrays.fill(markup, h.start(), h.end(), true);
        }
        boolean[] band = new boolean[text.length()];
        for (TextRange r : Rewritten.passages(comparison, copy.id())) {
            for (int k = r.start(); k < Math.min(r.end(), text.length()); k++) {
                band[k] = owner[k] < 0 || all.get(owner[k]).severity() != Severity.HIGH;
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int i = 0;
        while (i < text.length()) {
            int j = i + 1;
            while (j < text.length() && owner[j] == owner[i] && gap[j] == gap[i] && markup[j] == markup[i]
                    && band[j] == band[i] && text.charAt(j) != '\n' && text.charAt(i) != '\n') {
                j++;
            }
            Collection<String> styles = styles(all, copy.id(), owner[i], gap[i], markup[i]);
            if (band[i] && text.charAt(i) != '\n') {
                List<String> banded = new ArrayList<>(styles);
                banded.add(StyleClasses.BAND);
                styles = List.copyOf(banded);
            }
            b.add(styles, j - i);
            i = j;
        }
        if (text.isEmpty()) {
            b.add(List.of(), 0);
        }
        return new CopyMarks(b.create(), owner);
    }

    private static void paint(String text, Location l, int d, int[] owner, boolean[] gap) {
        if (l.isEmpty()) {
            int at = gapCharacter(text, l.start());
            if (at >= 0 && owner[at] < 0) {
                owner[at] = d;
                gap[at] = true;
            }
            return;
        }
        int end = Math.min(l.extentEnd(), text.length());
        for (int k = l.extentStart(); k < end; k++) {
            if (owner[k] < 0 && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
                owner[k] = d;
            }
        }
    }

    /** The character to mark for a gap at {@code point}: the one before it, else the one after, never a break. */
    public static int gapCharacter(String text, int point) {
        if (point - 1 >= 0 && point - 1 < text.length() && !isBreak(text.charAt(point - 1))) {
            return point - 1;
        }
        if (point < text.length() && !isBreak(text.charAt(point))) {
            return point;
        }
        return -1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static Collection<String> styles(List<Discrepancy> all, String copyId, int owner, boolean gap,
                                             boolean markup) {
        if (owner < 0) {
            return markup ? List.of(StyleClasses.MARKUP) : List.of();
        }
        Discrepancy d = all.get(owner);
        Set<String> out = new LinkedHashSet<>();
        out.add(StyleClasses.MARK);
        out.add(StyleClasses.of(d.kind()));
        out.add(StyleClasses.of(d.severity()));
        Reading mine = d.readingOf(copyId);
        if (mine != null && mine != d.readings().get(0)) {
            out.add(StyleClasses.MINORITY);
        }
        if (gap) {
            out.add(StyleClasses.GAP);
        }
        return List.copyOf(out);
    }

    /** {@code spans} from {@code from} to {@code to} with {@link StyleClasses#SELECTED} added to marked characters. */
    public static StyleSpans<Collection<String>> emphasised(StyleSpans<Collection<String>> spans, int from, int to) {
        return spans.subView(from, to).mapStyles(s -> {
            if (!s.contains(StyleClasses.MARK)) {
                return s;
            }
            List<String> out = new ArrayList<>(s);
            out.add(StyleClasses.SELECTED);
            return out;
        });
    }
}
