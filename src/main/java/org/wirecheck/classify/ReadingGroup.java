package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.text.Document;

/**
 * Copies that read a variant the same way: same comparison keys (or, for case variants, the same letters). The
 * text shown is the form most of them write. Groups come most copies first, ties broken by the base copy's group
 * and then by text.
 */
public record ReadingGroup(String key, String text, List<CopySpan> spans) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public ReadingGroup {
        spans = List.copyOf(spans);
    }

    public boolean isEmpty() {
        return spans.get(0).isEmpty();
    }

    public int count() {
        return spans.size();
    }

    /** The reading's word keys, in order (none for a reading that is absent). */
    public List<String> keys() {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /**
     * The reading that {@code spans} tell (non-empty spans, any order): keyed by the first copy's words, shown in the
     * form most of them write, its spans in copy order.
     */
    public static ReadingGroup told(List<CopySpan> spans, List<Document> docs) {
        List<CopySpan> sorted = spans.stream().sorted(java.util.Comparator.comparingInt(CopySpan::copy)).toList();
        CopySpan first = sorted.get(0);
        return new ReadingGroup(keyOf(docs.get(first.copy()), first), displayText(sorted, docs), sorted);
    }

    /** Groups the spans of a variant (for passages: the copies that have it, and those that lack it). */
    public static List<ReadingGroup> of(Variant v, List<Document> docs, int base) {
        boolean exact = v.shape() == Variant.Shape.CASE;
        Map<String, List<CopySpan>> byKey = new LinkedHashMap<>();
        for (CopySpan s : v.spans()) {
            Document d = docs.get(s.copy());
            // for a passage, what matters is who has it: differences inside it are variants of their own
            boolean presence = v.shape() == Variant.Shape.PASSAGE || v.shape() == Variant.Shape.TRUNCATION;
            String key = presence ? (s.isEmpty() ? "" : "(passage)") : exact ? d.slice(s.from(), s.to()) : keyOf(d, s);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<ReadingGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<CopySpan>> e : byKey.entrySet()) {
            out.add(new ReadingGroup(e.getKey(), displayText(e.getValue(), docs), e.getValue()));
        }
        out.sort(Comparator.comparingInt((ReadingGroup g) -> -g.count())
                .thenComparing(g -> g.spans().stream().anyMatch(s -> s.copy() == base) ? 0 : 1)
                .thenComparing(ReadingGroup::key));
        return out;
    }

    /** The comparison keys of a span's words, space-separated. */
    public static String keyOf(Document d, CopySpan s) {
        StringBuilder b = new StringBuilder();
        for (int i = s.from(); i < s.to(); i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(d.word(i).key());
        }
        return b.toString();
    }

    /** The form most of the spans write (spaces squeezed), ties broken by text. */
    public static String displayText(List<CopySpan> spans, List<Document> docs) {
        Map<String, Integer> forms = new HashMap<>();
        String best = null;
        for (CopySpan s : spans) {
            String t = docs.get(s.copy()).text().substring(s.charStart(), s.charEnd());
            t = SPACES.matcher(t).replaceAll(" ").strip();
            int c = forms.merge(t, 1, Integer::sum);
            if (best == null || c > forms.get(best) || c == forms.get(best) && t.compareTo(best) < 0) {
                best = t;
            }
        }
        return best;
    }
}
