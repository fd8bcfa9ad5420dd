package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.classify.Kind;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Texts;
import org.wirecheck.text.Token;
import org.wirecheck.text.Tokenizer;

/**
 * What sets a version of the story apart: the reading its copies alone carry at the highest-ranked discrepancy that
 * splits the versions (each version wholly on one reading), else at the highest-ranked one where it alone carries a
 * reading; style and boilerplate never label a version. The label is that reading's own words (those not every
 * reading shares, as {@link SameFact#key} finds them), after the word that says what a number counts
 * ({@code "toll 128"}), or {@code "without …"} for a version that lacks the words.
 */
final class VersionLabels {

    /** Most discrepancies named as setting a version apart. */
    static final int MAX_APART = 3;
    /** Longest label, in characters. */
    static final int MAX_LABEL = 48;

    private final ReadingMatrix m;
    /** {@code own[d][v]}: the reading version v alone carries at discrepancy d, or -1. */
    private final int[][] own;
    /** Whether each version's involved copies carry one reading each at discrepancy d, two versions differing. */
    private final boolean[] splits;

    /**
     * @param version  the version index of each copy (in comparison order), -1 for a copy in none
     * @param versions how many versions there are
     */
    VersionLabels(ReadingMatrix m, int[] version, int versions) {
        this.m = m;
        int n = m.discrepancies().size();
        own = new int[n][];
        splits = new boolean[n];
        for (int d = 0; d < n; d++) {
            int[] reading = new int[versions];
            int[] carriers = new int[versions];
            java.util.Arrays.fill(reading, -1);
            for (int c = 0; c < version.length; c++) {
                int r = m.reading(c, d);
                int v = version[c];
                if (v < 0 || r < 0) {
                    continue;
                }
                reading[v] = reading[v] == -1 || reading[v] == r ? r : -2;
                carriers[v]++;
            }
            Set<Integer> distinct = new HashSet<>();
            boolean whole = true;
            own[d] = new int[versions];
            for (int v = 0; v < versions; v++) {
                whole &= reading[v] != -2;
                if (reading[v] >= 0) {
                    distinct.add(reading[v]);
                }
                boolean alone = reading[v] >= 0
                        && m.discrepancies().get(d).readings().get(reading[v]).count() == carriers[v];
                own[d][v] = alone ? reading[v] : -1;
            }
            splits[d] = whole && distinct.size() >= 2;
        }
    }

    /** The discrepancy indexes (ranking order) at which version {@code v} alone carries a reading, best first. */
    List<Integer> apart(int v) {
        List<Integer> splitting = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int d = 0; d < m.discrepancies().size(); d++) {
            Kind k = m.discrepancies().get(d).kind();
            if (k == Kind.STYLE || k == Kind.BOILERPLATE || own(v, d) < 0) {
                continue;
            }
            (splits[d] ? splitting : other).add(d);
        }
        List<Integer> out = new ArrayList<>(splitting);
        out.addAll(other);
        return out.subList(0, Math.min(MAX_APART, out.size()));
    }

    /** The label of version {@code v} from the discrepancies that set it apart, or "" when none does. */
    String label(int v, List<Integer> apart) {
        if (apart.isEmpty()) {
            return "";
        }
        int d = apart.get(0);
        Discrepancy disc = m.discrepancies().get(d);
        int r = own(v, d);
        Reading mine = disc.readings().get(r);
        if (mine.isEmpty()) {
            Reading other = disc.readings().get(r == 0 ? 1 : 0);
            return Texts.clip("without " + firstWords(other.text(), 4), MAX_LABEL);
        }
        List<String> own = ownWords(disc, r);
        String words = String.join(" ", own);
        if (own.stream().anyMatch(VersionLabels::numeric)) {
            String counted = wordBefore(mine);
            if (!counted.isEmpty() && !own.contains(counted)) {
                words = counted + " " + words;
            }
        }
        return Texts.clip(words.isEmpty() ? firstWords(mine.text(), 4) : words, MAX_LABEL);
    }

    /** The reading version {@code v}'s copies alone carry at {@code d} (all of those involved agree), or -1. */
    int own(int v, int d) {
        return own[d][v];
    }

    /** The words of reading {@code r} that not every reading of {@code d} carries, in text order. */
    private static List<String> ownWords(Discrepancy d, int r) {
        Set<String> shared = null;
        for (Reading other : d.readings()) {
            Set<String> keys = new HashSet<>();
            Tokenizer.words(other.text(), List.of()).forEach(t -> keys.add(t.key()));
            if (shared == null) {
                shared = keys;
            } else {
                shared.retainAll(keys);
            }
        }
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.words(d.readings().get(r).text(), List.of())) {
            if (shared == null || !shared.contains(t.key())) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The content word before the reading in its first copy (what a number counts), or "". */
    private String wordBefore(Reading r) {
        Location l = r.locations().get(0);
        int c = m.indexOf(l.witnessId());
        if (c < 0) {
            return "";
        }
        String text = m.copies().get(c).witness().text();
        int from = Math.max(0, l.start() - 80);
        List<Token> before = Tokenizer.words(text.substring(from, l.start()), List.of());
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3); i--) {
            Token t = before.get(i);
            if (!Lexicon.isStopword(t.key()) && !numeric(t.text())) {
                return t.text();
            }
        }
        return "";
    }

    private static boolean numeric(String word) {
        return word.chars().anyMatch(Character::isDigit)
                || Lexicon.isNumberWord(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String firstWords(String text, int n) {
        List<Token> words = Tokenizer.words(text, List.of());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(n, words.size()); i++) {
            b.append(i == 0 ? "" : " ").append(words.get(i).text());
        }
        return words.size() > n ? b + " …" : b.toString();
    }
}
