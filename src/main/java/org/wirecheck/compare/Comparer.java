package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.Alignment;
import org.wirecheck.align.Similarity;
import org.wirecheck.align.SlotRanges;
import org.wirecheck.align.Variant;
import org.wirecheck.align.VariantCollator;
import org.wirecheck.classify.Classifier;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.facts.NumberMention;
import org.wirecheck.facts.SentenceCoverage;
import org.wirecheck.text.Document;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

/** The engine's facade: compares two or more copies of one story. */
public final class Comparer {

    /** Below this similarity to every other copy, a copy does not look like the same story. */
    static final double SAME_STORY = 0.15;

    private Comparer() {
    }

    /**
     * Compares the copies. The result does not depend on the order of {@code witnesses}: copies are sorted by name
     * (then source, then text) and get ids A, B, C... in that order.
     *
     * @throws IllegalArgumentException with fewer than two witnesses, or a reference that names none of them
     */
    public static Comparison compare(List<Witness> witnesses, Options options) {
        return compare(witnesses, options, Progress.NONE);
    }

    /**
     * Compares the copies, reporting progress by stage; throws {@link java.util.concurrent.CancellationException}
     * when {@code progress} says it is cancelled.
     */
    public static Comparison compare(List<Witness> witnesses, Options options, Progress progress) {
        if (witnesses.size() < 2) {
            throw new IllegalArgumentException("need at least two copies to compare, got " + witnesses.size());
        }
        List<Witness> sorted = new ArrayList<>(witnesses);
        sorted.sort(Comparator.comparing(Witness::name).thenComparing(Witness::source).thenComparing(Witness::text));
        progress.step("Reading copies", 0.0);
        List<Document> docs = sorted.parallelStream().map(Document::of).toList();
        progress.step("Measuring similarity", 0.15);
        Similarity sim = new Similarity(docs);
        int base = options.reference().map(r -> indexOf(sorted, r)).orElseGet(sim::medoid);

        List<String> warnings = new ArrayList<>();
        List<Integer> related = Relatedness.related(docs, sim, base, SAME_STORY, warnings, ids(sorted.size()));
        boolean sameStory = related.size() >= 2;
        List<Passage> passages = new ArrayList<>();
        int[] family = new int[docs.size()];
        List<Discrepancy> found = sameStory ? discrepancies(docs, related, base, passages, family, progress)
                : List.of();
        progress.step("Done", 1.0);
        numberSetAside(family);
        List<Copy> copies = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            copies.add(new Copy(id(i), sorted.get(i), docs.get(i).size(), sim.between(base, i), i == base, family[i],
                    sentences(docs.get(i)), related.contains(i)));
        }
        return new Comparison(copies, id(base), found, warnings, sameStory, passages);
    }

    /** Aligns, collates, classifies and ranks the related copies (indexes into docs). */
    private static List<Discrepancy> discrepancies(List<Document> all, List<Integer> related, int base,
                                                   List<Passage> passages, int[] families, Progress progress) {
        List<Document> docs = related.stream().map(all::get).toList();
        int localBase = related.indexOf(base);
        Similarity sim = new Similarity(docs);
        progress.step("Aligning passages", 0.25);
        Alignment al = Alignment.of(docs, localBase, sim, new Steps(progress, "Aligning passages", 0.25, 0.6,
                2 * docs.size() - 1));
        progress.step("Collating readings", 0.6);
        StoryContext ctx = new StoryContext(docs);
        Classifier classifier = new Classifier(ctx);
        List<Ranked> ranked = new ArrayList<>();
        VariantCollator collator = new VariantCollator(al);
        SlotRanges slotRanges = collator.slotRanges();
        for (int p = 0; p < slotRanges.slotCount(); p++) {
            java.util.Map<String, TextRange> ranges = new java.util.HashMap<>();
            slotRanges.at(p).forEach((d, r) -> ranges.put(id(related.get(d)), r));
            passages.add(new Passage(passages.size(), ranges));
        }
        List<Variant> variants = collator.variants();
        Steps collating = new Steps(progress, "Collating readings", 0.6, 0.8, variants.size());
        for (Variant v : variants) {
            collating.run();
            List<ReadingGroup> groups = ReadingGroup.of(v, docs, localBase);
            if (groups.size() < 2) {
                continue;
            }
            Judgement judgement = classifier.classify(v, groups);
            if (judgement != null) {
                ranked.add(new Ranked(v, groups, judgement));
            }
        }
        progress.step("Checking names, datelines and sources", 0.8);
        SentenceCoverage coverage = PassageChecks.coverage(docs, ctx);
        ranked = Covered.replacing(ranked, StoryCreditChecks.compare(docs, ctx, coverage),
                Set.of(Kind.ATTRIBUTION, Kind.WORDING, Kind.NAME));
        ranked.addAll(Datelines.compare(docs, ctx, localBase));
        ranked.addAll(new NameDrift(docs, ctx).find(ranked));
        ranked.addAll(new EntitySwaps(docs, ctx).find(slotRanges, ranked));
        ranked.addAll(new Sources(docs).find(slotRanges));
        List<List<NumberMention>> mentions = NumberChecks.mentions(docs, ctx);
        ranked = MeasuresApart.reclassify(ranked, mentions);
        ranked = TitleModifiers.titled(ranked, docs, localBase);
        ranked = Covered.replacing(ranked, NumberChecks.find(docs, mentions, coverage, ctx),
                Set.of(Kind.NUMBER, Kind.DATE));
        ranked = Covered.replacing(ranked, LocatedPlaces.find(docs, mentions, ctx), Set.of(Kind.PLACE));
        ranked = Covered.replacing(ranked, CasualtyChecks.find(docs),
                Set.of(Kind.ADDITION, Kind.OMISSION, Kind.WORDING));
        Set<Kind> creditKinds = Set.of(Kind.ATTRIBUTION, Kind.WORDING, Kind.NAME);
        List<Ranked> credits = Covered.raised(AttributionChecks.find(docs, ctx, coverage), ranked, creditKinds);
        ranked = Covered.replacing(ranked, credits, creditKinds);
        ranked = Covered.withoutPassagesSaid(PassageChecks.withPassages(docs, ctx, coverage, ranked));
        ranked = Introductions.marked(ranked, docs, ctx);
        ranked.addAll(new NewNames(docs, ctx, coverage).find(ranked));
        ranked = Substitutions.fold(ranked, docs, ctx);
        ranked = Headlines.worded(ranked, ctx);
        ranked = Retold.lowered(ranked, docs, coverage);
        ranked = OwnWords.lowered(ranked, docs, coverage, ctx);
        ranked = MovedWords.lowered(ranked, docs);
        int[] family = Families.of(ranked, docs.size());
        for (int i = 0; i < family.length; i++) {
            families[related.get(i)] = family[i];
        }
        ranked = Versions.rankDown(ranked, family);
        progress.step("Ranking", 0.9);
        ranked.sort(Ranked.ORDER);
        List<Discrepancy> out = new ArrayList<>();
        PassageLookup lookup = new PassageLookup(slotRanges, docs.size());
        for (Ranked r : ranked) {
            out.add(r.toDiscrepancy("D" + (out.size() + 1), docs, i -> id(related.get(i)), passageOf(r, lookup)));
        }
        return out;
    }

    /** The aligned passage a discrepancy stands in: the first passage holding one of its readings. */
    private static int passageOf(Ranked r, PassageLookup lookup) {
        for (ReadingGroup g : r.groups()) {
            for (org.wirecheck.align.CopySpan s : g.spans()) {
                int p = lookup.at(s.copy(), s.charStart());
                if (p >= 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** Copies set aside (not the same story) get families of their own, after the compared ones. */
    private static void numberSetAside(int[] family) {
        int next = java.util.Arrays.stream(family).max().orElse(0) + 1;
        for (int i = 0; i < family.length; i++) {
            if (family[i] == 0) {
                family[i] = next++;
            }
        }
    }

    private static List<TextRange> sentences(Document d) {
        List<TextRange> out = new ArrayList<>();
        for (int s = 0; s < d.sentenceCount(); s++) {
            out.add(new TextRange(d.charStart(d.sentenceStart(s)), d.charEnd(d.sentenceEnd(s))));
        }
        return out;
    }

    private static int indexOf(List<Witness> sorted, String reference) {
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).source().equals(reference)) {
                return i;
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(reference)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the reference " + reference + " is not one of the copies");
    }

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(id(i));
        }
        return out;
    }

    /** "A".."Z", then "AA", "AB"... */
    static String id(int i) {
        StringBuilder b = new StringBuilder();
        int n = i;
        do {
            b.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return b.toString();
    }
}
