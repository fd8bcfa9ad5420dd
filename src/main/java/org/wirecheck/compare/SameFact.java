package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.text.Token;
import org.wirecheck.text.Tokenizer;

/**
 * Discrepancies about the same fact told in several places: "Chey Institute / Choi Institute" in the lede and
 * "Chey / Choi" further down, or the toll "128 people / 157 people" and "a toll of 128 / a toll of 157". Two
 * discrepancies are about the same fact when, once the words all their readings share are set aside, the words that
 * set each reading apart are the same (compared by their folded keys).
 */
public final class SameFact {

    /** How a reading without words (a copy lacking the passage) counts in a key. */
    private static final String NONE = "∅";

    private SameFact() {
    }

    /**
     * The discrepancies in groups about one fact each; groups in the order of their first discrepancy in
     * {@code ranked}, discrepancies in that order inside a group.
     */
    public static List<List<Discrepancy>> groups(List<Discrepancy> ranked) {
        Map<String, List<Discrepancy>> out = new LinkedHashMap<>();
        for (Discrepancy d : ranked) {
            out.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d);
        }
        return out.values().stream().map(List::copyOf).toList();
    }

    /**
     * What sets the readings apart, e.g. {@code "chey | choi"}: per reading, its words that not every reading
     * carries, readings sorted, so the key holds whatever order and context the readings come in.
     */
    public static String key(Discrepancy d) {
        List<Set<String>> words = new ArrayList<>();
        for (Reading r : d.readings()) {
            Set<String> w = new LinkedHashSet<>();
            for (Token t : Tokenizer.words(r.text(), List.of())) {
                w.add(t.key());
            }
            words.add(w);
        }
        Set<String> shared = new LinkedHashSet<>(words.get(0));
        for (Set<String> w : words) {
            shared.retainAll(w);
        }
        Set<String> parts = new TreeSet<>();
        for (Set<String> w : words) {
            List<String> own = w.stream().filter(x -> !shared.contains(x)).toList();
            parts.add(own.isEmpty() ? NONE : String.join(" ", own));
        }
        return String.join(" | ", parts);
    }
}
