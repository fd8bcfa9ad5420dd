package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.ReadingGroup;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * A word some copies add before a title that changes the rank it names ("Deputy Governor" / "Governor", "Assistant
 * U.S. Attorney" / "U.S. Attorney", "former mayor" / "mayor") is a changed title, not a phrase added: one TITLE item,
 * high, whose readings hold the whole title in every copy.
 */
final class TitleModifiers {

    /** Words that change the rank or standing a title names. */
    static final Set<String> MODIFIERS = Set.of("deputy", "assistant", "acting", "former", "vice", "interim",
            "associate", "junior", "senior", "ex");
    /** How many words may stand between the modifier and its title ("Assistant U.S. Attorney"). */
    private static final int TITLE_REACH = 3;
    static final double SCORE = 7.5;

    private TitleModifiers() {
    }

    /** {@code ranked} with aligned additions and omissions of a title's modifier made TITLE items. */
    static List<Ranked> titled(List<Ranked> ranked, List<Document> docs, int base) {
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Variant v = titleVariant(r, docs);
            if (v == null) {
                out.add(r);
                continue;
            }
            List<ReadingGroup> groups = ReadingGroup.of(v, docs, base);
            String why = "title or role differs: " + String.join(" / ", groups.stream().map(ReadingGroup::text)
                    .toList());
            out.add(new Ranked(v, groups, new Judgement(Kind.TITLE, Severity.HIGH, why, SCORE)));
        }
        return out;
    }

    /** The item's variant with every reading stretched over the title, or null when it adds no title modifier. */
    private static Variant titleVariant(Ranked r, List<Document> docs) {
        Kind k = r.judgement().kind();
        Variant v = r.variant();
        if (k != Kind.ADDITION && k != Kind.OMISSION || v.shape() != Variant.Shape.WORDS || r.groups().size() != 2) {
            return null;
        }
        List<String> title = null;
        for (CopySpan s : v.spans()) {
            if (s.isEmpty()) {
                continue;
            }
            List<String> t = titleAfter(docs.get(s.copy()), s);
            if (t == null || title != null && !title.equals(t)) {
                return null;
            }
            title = t;
        }
        if (title == null) {
            return null;
        }
        List<CopySpan> spans = new ArrayList<>();
        for (CopySpan s : v.spans()) {
            Document d = docs.get(s.copy());
            int from = s.isEmpty() ? d.wordAtOrAfter(s.charStart()) : s.from(); // an empty reading knows its place
            int to = (s.isEmpty() ? from : s.to()) + title.size();
            if (to > d.size() || s.isEmpty() && !keys(d, from, to).equals(title)) {
                return null; // the copy without the modifier has no such title there
            }
            spans.add(new CopySpan(s.copy(), from, to, d.word(from).start(), d.word(to - 1).end()));
        }
        return new Variant(v.from(), v.to(), v.shape(), spans);
    }

    /**
     * The keys of the title that follows a reading made only of modifiers (at most two), up to and including its
     * first title word; null when the reading is no such modifier or no title follows it.
     */
    private static List<String> titleAfter(Document d, CopySpan s) {
        if (s.to() - s.from() > 2) {
            return null;
        }
        for (int w = s.from(); w < s.to(); w++) {
            if (!MODIFIERS.contains(d.word(w).key())) {
                return null;
            }
        }
        for (int w = s.to(); w < Math.min(d.size(), s.to() + TITLE_REACH); w++) {
            String key = d.word(w).key();
            if (Lexicon.TITLES.contains(key) && !MODIFIERS.contains(key)) {
                return keys(d, s.to(), w + 1);
            }
            if (d.sentenceOf(w) != d.sentenceOf(s.from())) {
                return null;
            }
        }
        return null;
    }

    private static List<String> keys(Document d, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int w = from; w < to; w++) {
            out.add(d.word(w).key());
        }
        return out;
    }
}
