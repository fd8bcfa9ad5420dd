package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The variant view of one discrepancy, set out like an entry of a critical apparatus: every reading with a few
 * words around it, and the copies (sigla) carrying it; as lines of text to copy. The compact entry reads
 * {@code "Chey] A, B, D; Choi C; om. E; lac. F"}: the majority reading (the lemma) before the bracket, each other
 * reading followed by its copies, {@code om.} (omitted) for copies whose reading is empty and {@code lac.}
 * (lacking) for copies that take no part because they lack the passage ({@link #SIGLA}).
 *
 * @param heading {@code "D1 NAME high: Chey Institute / Choi Institute"}
 * @param entries one per reading, the discrepancy's order (majority first)
 * @param lacking compared copies that carry none of the readings, in copy order
 */
public record Apparatus(String discrepancyId, String heading, List<Entry> entries, List<String> lacking) {

    /** Words of context shown on each side of a reading. */
    public static final int CONTEXT_WORDS = 4;
    /** Longest reading shown in full; longer ones keep their start and end. */
    public static final int MAX_READING = 80;
    /** How to read the sigla, for a legend. */
    public static final String SIGLA = "A, B, C …: the copies (as listed with their files); lemma ] readings: the "
            + "majority reading, then each other reading with its copies; a, b, c: the readings in order; om.: the "
            + "copy omits the words; lac.: the copy lacks the whole passage; … marks text cut for length.";

    public Apparatus {
        entries = List.copyOf(entries);
        lacking = List.copyOf(lacking);
    }

    /**
     * One reading.
     *
     * @param letter   {@code "a"}, {@code "b"}, ... ({@link Overview#letter}), a the majority when there is one
     * @param text     the reading on one line, cut in the middle beyond {@value #MAX_READING} characters
     * @param majority whether most copies carry it
     * @param copyIds  its copies, in copy order
     * @param before   the words before it in its first copy ({@value #CONTEXT_WORDS} at most, "…" in front when more),
     *                 with the space that parts them from it
     * @param after    the words after it there, with the space or punctuation that follows it
     */
    public record Entry(String letter, String text, boolean majority, List<String> copyIds, String before,
                        String after) {

        public Entry {
            copyIds = List.copyOf(copyIds);
        }

        public boolean omitted() {
            return text.isEmpty();
        }

        /** {@code "b  …at the [Choi] Institute for…  C"}. */
        public String line() {
            String reading = omitted() ? "[om.]" : "[" + text + "]";
            return letter + "  " + before + reading + after + "  " + String.join(", ", copyIds)
                    + (majority ? " (majority)" : "");
        }
    }

    /** The apparatus of discrepancy {@code d} of the comparison. */
    public static Apparatus of(Comparison comparison, Discrepancy d) {
        List<Entry> entries = new ArrayList<>();
        Set<String> involved = new HashSet<>();
        Comparator<String> copyOrder = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        for (int i = 0; i < d.readings().size(); i++) {
            Reading r = d.readings().get(i);
            List<Location> locations = new ArrayList<>(r.locations());
            locations.sort(Comparator.comparing(Location::witnessId, copyOrder));
            List<String> ids = locations.stream().map(Location::witnessId).toList();
            involved.addAll(ids);
            String before = "";
            String after = "";
            if (!locations.isEmpty()) {
                Location l = locations.get(0);
                String text = comparison.copy(l.witnessId()).map(c -> c.witness().text()).orElse("");
                int end = r.isEmpty() ? l.start() : l.extentEnd();
                before = Context.before(text, Math.min(l.extentStart(), l.start()), CONTEXT_WORDS);
                after = Context.after(text, Math.min(end, text.length()), CONTEXT_WORDS);
            }
            entries.add(new Entry(Overview.letter(i), Context.cutMiddle(Context.oneLine(r.text()), MAX_READING),
                    i == 0 && d.hasMajority(), ids, before, after));
        }
        List<String> lacking = comparison.copies().stream().map(Copy::id).filter(id -> !involved.contains(id))
                .toList();
        String heading = d.id() + " " + d.kind() + " " + d.severity().label() + ": " + Context.oneLine(d.summary());
        return new Apparatus(d.id(), heading, entries, lacking);
    }

    /** {@code "Chey] A, B, D; Choi C; om. E; lac. F"}. */
    public String entry() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            if (b.length() > 0) {
                b.append("; ");
            }
            String ids = String.join(", ", e.copyIds());
            if (e.omitted()) {
                b.append(e.majority() ? "om.] " : "om. ").append(ids);
            } else {
                b.append(e.text()).append(e.majority() ? "] " : " ").append(ids);
            }
        }
        if (!lacking.isEmpty()) {
            b.append("; lac. ").append(String.join(", ", lacking));
        }
        return b.toString();
    }

    /** The heading, the compact entry, one line per reading, the lacking copies: the text to copy. */
    public String text() {
        StringBuilder b = new StringBuilder(heading).append('\n').append(entry()).append('\n');
        for (Entry e : entries) {
            b.append(e.line()).append('\n');
        }
        if (!lacking.isEmpty()) {
            b.append("lac.  ").append(String.join(", ", lacking)).append(" (lack the passage)\n");
        }
        return b.toString();
    }

    /** Words around a reading, on one line. */
    static final class Context {

        private Context() {
        }

        /** Up to {@code n} words ending at {@code offset}, not across a blank line; "…" in front when cut. */
        static String before(String text, int offset, int n) {
            int i = offset;
            int words = 0;
            while (i > 0 && words <= n) {
                while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                    if (text.charAt(i - 1) == '\n' && i >= 2 && text.charAt(i - 2) == '\n') {
                        return collapse(text.substring(i, offset)).stripLeading();
                    }
                    i--;
                }
                int wordStart = i;
                while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    i--;
                }
                if (i == wordStart) {
                    break;
                }
                words++;
                if (words == n) {
                    boolean more = i > 0;
                    return (more ? "…" : "") + collapse(text.substring(i, offset));
                }
            }
            return collapse(text.substring(i, offset)).stripLeading();
        }

        /** Up to {@code n} words starting at {@code offset}, not across a blank line; "…" after when cut. */
        static String after(String text, int offset, int n) {
            int i = offset;
            int words = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        return collapse(text.substring(offset, i)).stripTrailing();
                    }
                    i++;
                }
                int wordStart = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i == wordStart) {
                    break;
                }
                words++;
                if (words == n) {
                    return collapse(text.substring(offset, i)) + (more(text, i) ? "…" : "");
                }
            }
            return collapse(text.substring(offset, i)).stripTrailing();
        }

        /** Whether words follow {@code i} before a blank line. */
        private static boolean more(String text, int i) {
            int j = i;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                if (text.charAt(j) == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                    return false;
                }
                j++;
            }
            return j < text.length();
        }

        static String collapse(String s) {
            return s.replaceAll("\\s+", " ");
        }

        static String oneLine(String s) {
            return s.strip().replaceAll("\\s+", " ");
        }

        static String cutMiddle(String s, int max) {
            if (s.length() <= max) {
                return s;
            }
            int half = (max - 1) / 2;
            return s.substring(0, half).stripTrailing() + "…" + s.substring(s.length() - half).stripLeading();
        }
    }
}
