package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Document;

/**
 * Words a copy moved, not changed. When each reading of a quote or wording item is told, word for word, by every copy
 * of the other readings elsewhere ("I was nervous" paired with "I would be nervous" after one copy moved its speech
 * tag), the copies differ in order, not in what they say; and a phrase some copies leave out at one place and add, in
 * the same paragraph, at another is one move. Both become low STYLE.
 */
final class MovedWords {

    private static final Set<Kind> KINDS = Set.of(Kind.QUOTE, Kind.WORDING);
    /** A reading shorter than this says too little to be recognised elsewhere ("but", "the"). */
    private static final int MIN_WORDS = 3;

    private MovedWords() {
    }

    /** {@code ranked} with each item whose readings are all told elsewhere by the other readings' copies made low. */
    static List<Ranked> lowered(List<Ranked> ranked, List<Document> docs) {
        List<String> keys = new ArrayList<>();
        for (Document d : docs) {
            StringBuilder b = new StringBuilder(" ");
            for (int i = 0; i < d.size(); i++) {
                b.append(d.word(i).key()).append(' ');
            }
            keys.add(b.toString());
        }
        List<Ranked> out = new ArrayList<>(ranked.size());
        Set<Ranked> pairedMoves = movedPhrases(ranked, docs);
        for (Ranked r : ranked) {
            if (pairedMoves.contains(r)) {
                if (r.judgement().kind() == Kind.OMISSION) { // the pair becomes one item, shown where it was left
                    out.add(new Ranked(r.variant(), r.groups(), new Judgement(Kind.STYLE, Severity.LOW,
                            "the same words moved within the paragraph (a speech tag after another sentence)", 1)));
                }
                continue;
            }
            Judgement j = r.judgement();
            if (KINDS.contains(j.kind()) && j.severity() != Severity.LOW && moved(r, docs, keys)) {
                out.add(new Ranked(r.variant(), r.groups(), new Judgement(Kind.STYLE, Severity.LOW,
                        "the same words in another order: each copy tells the others' reading elsewhere", 1)));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Word-level omissions and additions of the same words by the same copies within one paragraph: a phrase one
     * copy moved ("…," Brandt told reporters. "…" / "… …," Brandt told reporters.), both items of each such pair.
     */
    private static Set<Ranked> movedPhrases(List<Ranked> ranked, List<Document> docs) {
        Set<Ranked> out = new HashSet<>();
        for (Ranked left : ranked) {
            if (left.judgement().kind() != Kind.OMISSION || out.contains(left) || !wordLevel(left)) {
                continue;
            }
            for (Ranked added : ranked) {
                if (added.judgement().kind() == Kind.ADDITION && !out.contains(added) && wordLevel(added)
                        && sameMove(left, added, docs)) {
                    out.add(left);
                    out.add(added);
                    break;
                }
            }
        }
        return out;
    }

    /** A medium word-level item of one reading and one gap group. */
    private static boolean wordLevel(Ranked r) {
        return r.variant().shape() == Variant.Shape.WORDS && r.groups().size() == 2
                && r.judgement().severity() == Severity.MEDIUM
                && r.groups().stream().filter(ReadingGroup::isEmpty).count() == 1;
    }

    /** True when a leaves out, in some copies, the words b adds in the same copies, in the same paragraph. */
    private static boolean sameMove(Ranked a, Ranked b, List<Document> docs) {
        ReadingGroup toldA = a.groups().stream().filter(g -> !g.isEmpty()).findFirst().orElseThrow();
        ReadingGroup gapA = a.groups().stream().filter(ReadingGroup::isEmpty).findFirst().orElseThrow();
        ReadingGroup toldB = b.groups().stream().filter(g -> !g.isEmpty()).findFirst().orElseThrow();
        ReadingGroup gapB = b.groups().stream().filter(ReadingGroup::isEmpty).findFirst().orElseThrow();
        if (!toldA.key().equals(toldB.key()) || toldA.key().split(" ").length < MIN_WORDS
                || !copies(gapA).equals(copies(toldB)) || !copies(toldA).equals(copies(gapB))) {
            return false;
        }
        for (CopySpan gap : gapA.spans()) { // the copy that lacks the words here tells them in the same paragraph
            CopySpan there = toldB.spans().stream().filter(t -> t.copy() == gap.copy()).findFirst().orElseThrow();
            Document d = docs.get(gap.copy());
            if (d.paragraphOf(d.wordAtOrAfter(gap.charStart())) != d.paragraphOf(there.from())) {
                return false;
            }
        }
        return true;
    }

    private static Set<Integer> copies(ReadingGroup g) {
        Set<Integer> out = new TreeSet<>();
        g.spans().forEach(s -> out.add(s.copy()));
        return out;
    }

    private static boolean moved(Ranked r, List<Document> docs, List<String> keys) {
        if (r.groups().size() < 2) {
            return false;
        }
        for (ReadingGroup g : r.groups()) {
            if (g.isEmpty() || g.spans().get(0).to() - g.spans().get(0).from() < MIN_WORDS) {
                return false;
            }
        }
        for (ReadingGroup g : r.groups()) {
            CopySpan first = g.spans().get(0);
            String reading = " " + ReadingGroup.keyOf(docs.get(first.copy()), first) + " ";
            for (ReadingGroup other : r.groups()) {
                if (other == g) {
                    continue;
                }
                for (CopySpan s : other.spans()) {
                    if (!keys.get(s.copy()).contains(reading)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
