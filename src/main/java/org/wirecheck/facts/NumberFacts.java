package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.text.Lexicon;

/**
 * Pairs the numbers of all copies by what they count, not by where they stand: "At least 29 people were injured"
 * in one copy and "injuring at least 32 people" in a rewritten sentence of another are one fact with two values.
 * Each fact holds at most one mention per copy; facts whose copies state different values are returned.
 *
 * <p>Two mentions are the same fact when the words next to the number agree (the thing counted, the unit, "at
 * least") and their sentences share rare words; the score weighs words by how few copies use them.
 */
public final class NumberFacts {

    /** Days sharing a word with more than this many others per copy learn nothing from it. */
    static final int DAY_BUCKET_MAX = 3;
    /** Mentions sharing a word with more than this many others learn nothing from it. */
    static final int BUCKET_MAX = 400;
    /** Least score for two mentions to be one fact. */
    static final double SAME_FACT = 2.6;
    /** Least weight of neighbouring words shared, unless the sentences agree closely. */
    static final double NEAR_MIN = 1.0;
    static final double CONTEXT_ALONE = 0.6;
    /** What two mentions that count the same casualties ("killing 37", "the toll rose to 52") share. */
    static final double COUNTED = 2.0;
    /** Values shorter than this differ by a slip as often as by being other numbers ("20" / "25"). */
    static final int SLIP_DIGITS = 3;
    /** What a slip of the keyboard between two values adds to their score. */
    static final double SLIP = 1.0;
    /** How many times apart two values are at least to be amounts of different things. */
    static final double MAGNITUDES = 1000;
    /** Least score for two mentions with different values to be one fact. */
    static final double DIFFERENT_VALUES = 3.3;

    /** A fact stated by several copies; its mentions come in copy order. */
    public record Fact(List<NumberMention> mentions) {

        public Fact {
            mentions = List.copyOf(mentions);
        }

        /** Distinct values, in order of first appearance. */
        public List<String> values() {
            return mentions.stream().map(NumberMention::value).distinct().toList();
        }

        /**
         * The mentions grouped into readings: one value, or one measure in several units ("105 mph" / "169 km/h",
         * {@link UnitValues#sameReading}); each reading is keyed by its first mention's value, in order of appearance.
         */
        public Map<String, List<NumberMention>> readings() {
            Map<String, List<NumberMention>> out = new java.util.LinkedHashMap<>();
            for (NumberMention m : mentions) {
                String key = out.keySet().stream()
                        .filter(k -> UnitValues.sameReading(out.get(k).get(0), m)).findFirst().orElse(m.value());
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
            return out;
        }
    }

    private final Map<String, Double> weight = new HashMap<>();

    NumberFacts(List<List<NumberMention>> perCopy) {
        Map<String, Set<Integer>> users = new HashMap<>();
        for (List<NumberMention> ms : perCopy) {
            for (NumberMention m : ms) {
                for (String s : m.context()) {
                    users.computeIfAbsent(s, k -> new HashSet<>()).add(m.copy());
                }
                for (String s : m.after()) {
                    users.computeIfAbsent(s, k -> new HashSet<>()).add(m.copy());
                }
            }
        }
        users.forEach((s, u) -> weight.put(s, Math.log(1.0 + (double) perCopy.size() / u.size())));
    }

    /** The facts on which copies state different numbers; {@code perCopy} holds each copy's mentions. */
    public static List<Fact> differing(List<List<NumberMention>> perCopy) {
        NumberFacts f = new NumberFacts(perCopy);
        List<Fact> facts = f.cluster(perCopy);
        List<Fact> out = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact.readings().size() >= 2 && !repeatsALargerFact(fact, facts)) {
                out.add(fact);
            }
        }
        return out;
    }

    /**
     * True when one of the fact's mentions says again what its copy already says in a fact with more copies (the
     * same number with the same word before it and the same two after it: a standfirst repeating the body; "rose 10
     * per cent" and "fell 10 per cent" stay two facts): the rest of this fact is then
     * only what that repeat happened to pair with.
     */
    private static boolean repeatsALargerFact(Fact fact, List<Fact> facts) {
        for (NumberMention m : fact.mentions()) {
            for (Fact other : facts) {
                if (other == fact || other.mentions().size() <= fact.mentions().size()) {
                    continue;
                }
                for (NumberMention o : other.mentions()) {
                    if (o.copy() == m.copy() && sameStatement(o, m)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when two mentions state the same number with the same word before it and the same two after it. */
    private static boolean sameStatement(NumberMention o, NumberMention m) {
        return o.value().equals(m.value()) && o.after().size() >= 2 && m.after().size() >= 2
                && o.after().subList(0, 2).equals(m.after().subList(0, 2))
                && firstOf(o.before()).equals(firstOf(m.before()));
    }

    private static String firstOf(List<String> words) {
        return words.isEmpty() ? "" : words.get(0);
    }

    private record Pair(int a, int b, double score) {
    }

    private List<Fact> cluster(List<List<NumberMention>> perCopy) {
        List<NumberMention> all = new ArrayList<>();
        perCopy.forEach(all::addAll);
        Map<String, List<Integer>> byNear = new HashMap<>();
        List<List<List<Integer>>> bucketsOf = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            NumberMention m = all.get(i);
            Set<String> keys = new HashSet<>(m.after());
            keys.addAll(m.context());
            // days pair only with days: they never share a bucket with numbers
            String kind = m.isDay() ? NumberMentions.DAY : "";
            List<List<Integer>> mine = new ArrayList<>();
            for (String k : keys) {
                List<Integer> bucket = byNear.computeIfAbsent(kind + k, x -> new ArrayList<>());
                bucket.add(i);
                mine.add(bucket);
            }
            bucketsOf.add(mine);
        }
        // each pair that shares a bucket is scored once: the mentions a later one meets are stamped with it
        int[] seenBy = new int[all.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < all.size(); a++) {
            for (List<Integer> bucket : bucketsOf.get(a)) {
                boolean day = all.get(a).isDay();
                if (bucket.size() > (day ? DAY_BUCKET_MAX * perCopy.size() : BUCKET_MAX)) {
                    continue; // a word next to every number (every day named) says nothing about which
                }
                for (int b : bucket) {
                    if (b <= a || seenBy[b] == a + 1 || all.get(a).copy() == all.get(b).copy()) {
                        continue;
                    }
                    seenBy[b] = a + 1;
                    double s = score(all.get(a), all.get(b));
                    if (s >= SAME_FACT) {
                        pairs.add(new Pair(a, b, s));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] root = new int[all.size()];
        List<BitSet> copiesOf = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            root[i] = i;
            BitSet b = new BitSet();
            b.set(all.get(i).copy());
            copiesOf.add(b);
        }
        for (Pair p : pairs) {
            int ra = find(root, p.a());
            int rb = find(root, p.b());
            if (ra == rb || copiesOf.get(ra).intersects(copiesOf.get(rb))) {
                continue;
            }
            root[rb] = ra;
            copiesOf.get(ra).or(copiesOf.get(rb));
        }
        Map<Integer, List<NumberMention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<List<NumberMention>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(g -> -g.size()));
        Map<NumberMention, List<NumberMention>> groupOf = new HashMap<>();
        ordered.forEach(g -> g.forEach(m -> groupOf.put(m, g)));
        List<Fact> out = new ArrayList<>();
        for (List<NumberMention> g : ordered) {
            if (g.size() >= 2) {
                g.replaceAll(m -> laterRepeat(m, g, perCopy.get(m.copy()), groupOf));
                g.sort(Comparator.comparingInt(NumberMention::copy));
                out.add(new Fact(g));
            }
        }
        return out;
    }

    /**
     * The last statement of the same fact that m's copy makes after m, else m: a headline or standfirst repeats the
     * body ahead of it, and the body, where the copies tell the fact with its source, is where the fact stands. A
     * repeat says what m says ({@link #sameStatement}), pairs with another copy's mention of the fact and is taken
     * from a smaller fact, which only held what it happened to pair with.
     */
    private NumberMention laterRepeat(NumberMention m, List<NumberMention> fact, List<NumberMention> ofCopy,
                                      Map<NumberMention, List<NumberMention>> groupOf) {
        NumberMention best = m;
        for (NumberMention r : ofCopy) {
            if (r.sentence() > best.sentence() && sameStatement(r, m)
                    && groupOf.get(r).size() < fact.size()
                    && fact.stream().anyMatch(x -> x.copy() != m.copy() && score(r, x) >= SAME_FACT)) {
                best = r;
            }
        }
        if (best != m) {
            groupOf.get(best).remove(best);
            groupOf.put(best, fact);
            groupOf.put(m, new ArrayList<>(List.of(m)));
        }
        return best;
    }

    private static int find(int[] root, int i) {
        int r = i;
        while (root[r] != r) {
            r = root[r];
        }
        while (root[i] != r) {
            int next = root[i];
            root[i] = r;
            i = next;
        }
        return r;
    }

    /** How strongly two mentions in different copies look like the same fact. */
    double score(NumberMention a, NumberMention b) {
        if (!a.names().isEmpty() && !b.names().isEmpty() && Collections.disjoint(a.names(), b.names())) {
            return 0; // "20 miles west of Dodge City", "160 miles west of Wichita": measured from different places
        }
        if (a.isDay() != b.isDay()
                || ordersApart(a.value(), b.value())) {
            return 0; // a day and a number never state one fact, nor a share price and a company's value
        }
        boolean counted = !a.counts().isEmpty() && !b.counts().isEmpty();
        if (counted && !a.counts().equals(b.counts())) {
            return 0; // "37 killed" and "200 injured" count different people
        }
        double near = shared(a.after(), b.after(), 1.0) + shared(a.before(), b.before(), 0.6)
                + (counted ? COUNTED : 0);
        double context = context(a.context(), b.context());
        if (near < NEAR_MIN && context < CONTEXT_ALONE) {
            return 0;
        }
        if (a.value().equals(b.value())) {
            return near + 3 * context + 0.5;
        }
        // different values: the words next to the number must say they count the same thing; a figure that differs
        // as a slip of the keyboard does ("4,210" / "4,120") needs less
        double s = near + 3 * context + (slip(a.value(), b.value()) ? SLIP : 0);
        return near >= NEAR_MIN && s >= DIFFERENT_VALUES ? s : 0;
    }

    /** Two plain values of as many digits that differ in one digit or by two neighbours swapped ("4210" / "4120"). */
    static boolean slip(String a, String b) {
        if (a.length() != b.length() || a.length() < SLIP_DIGITS || !a.chars().allMatch(Character::isDigit)
                || !b.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = first < 0 ? i : first;
                last = i;
                count++;
            }
        }
        return count == 1 || count == 2 && last == first + 1 && a.charAt(first) == b.charAt(last)
                && a.charAt(last) == b.charAt(first);
    }

    /** Values a thousand times apart or more ("30.20" / "3.5 billion") are amounts of different things. */
    private static boolean ordersApart(String a, String b) {
        double x = UnitValues.amount(a);
        double y = UnitValues.amount(b);
        return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) >= MAGNITUDES;
    }

    /** Weighted count of words two neighbourhoods share; the counted thing (first or second word) counts more. */
    private double shared(List<String> a, List<String> b, double factor) {
        double s = 0;
        Set<String> used = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            int j = b.indexOf(w);
            if (j < 0 || !used.add(w)) {
                continue;
            }
            double base = Lexicon.isStopword(w) ? 0.3 : Math.min(1.5, 0.5 + weight.getOrDefault(w, 1.0));
            // the word right after the number, or after one modifier ("five train cars"), names what is counted
            s += base * (i <= 1 && j <= 1 && (i == 0 || j == 0) ? 2.0 : 1.0);
        }
        return s * factor;
    }

    /** Share of the smaller sentence's weight that the two sentences have in common. */
    private double context(List<String> a, List<String> b) {
        double common = 0;
        double wa = 0;
        double wb = 0;
        Set<String> sb = new HashSet<>(b);
        for (String s : a) {
            double w = weight.getOrDefault(s, 1.0);
            wa += w;
            if (sb.contains(s)) {
                common += w;
            }
        }
        for (String s : b) {
            wb += weight.getOrDefault(s, 1.0);
        }
        double min = Math.min(wa, wb);
        return min == 0 ? 0 : common / min;
    }
}
