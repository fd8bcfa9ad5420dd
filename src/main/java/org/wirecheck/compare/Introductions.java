package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * A passage that introduces a person ("Kelsey Wilson, 21, said…") and that a copy lacks, while that copy still names
 * the person later by surname alone ("…who was traveling with Wilson"): the copy was cut so that a reader meets a name
 * nobody introduced. The passage item says so, and that copy's gap stands right before its first bare use of the
 * surname, where the missing introduction shows. A copy that introduces someone else of that surname, or uses the
 * first name anywhere, is left as it was.
 */
final class Introductions {

    private final List<Document> docs;
    private final StoryContext ctx;
    /** Built on first use: the keys some copy writes in lower case, and each copy's word positions by key. */
    private Set<String> lowercase;
    private final List<Map<String, List<Integer>>> positions = new ArrayList<>();

    private Introductions(List<Document> docs, StoryContext ctx) {
        this.docs = docs;
        this.ctx = ctx;
        docs.forEach(d -> positions.add(null));
    }

    /** {@code ranked} with each passage item that introduces someone some lacking copies name bare marked so. */
    static List<Ranked> marked(List<Ranked> ranked, List<Document> docs, StoryContext ctx) {
        Introductions in = new Introductions(docs, ctx);
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Ranked m = PassageChecks.foldable(r) ? in.mark(r) : null;
            out.add(m == null ? r : m);
        }
        return out;
    }

    /** r with the gaps of the copies that name its person bare moved to that use, or null when there are none. */
    private Ranked mark(Ranked r) {
        CopySpan told = r.variant().spans().stream().filter(s -> !s.isEmpty()).findFirst().orElse(null);
        if (told == null) {
            return null;
        }
        Document doc = docs.get(told.copy());
        for (int w = told.from(); w + 1 < told.to(); w++) {
            if (!person(doc, w)) {
                continue;
            }
            String first = doc.word(w).key();
            String surname = doc.word(w + 1).key();
            List<CopySpan> spans = new ArrayList<>();
            int bare = 0;
            for (CopySpan s : r.variant().spans()) {
                int use = s.isEmpty() ? bareUse(s.copy(), first, surname) : -1;
                if (use >= 0) {
                    Document o = docs.get(s.copy());
                    spans.add(new CopySpan(s.copy(), use, use, o.charStart(use), o.charStart(use)));
                    bare++;
                } else {
                    spans.add(s);
                }
            }
            if (bare > 0) {
                return rebuilt(r, spans, doc.slice(w, w + 2), bare);
            }
        }
        return null;
    }

    /**
     * True when words w and w + 1 of doc read as a person's first name and surname: two capitalised proper nouns in a
     * row (the first may open its sentence when no copy writes it in lower case), the first no title and neither a
     * place nor a date, with no further capitalised word right after.
     */
    private boolean person(Document doc, int w) {
        boolean firstName = ctx.properNoun(doc, w)
                || doc.startsSentence(w) && doc.word(w).capitalised() && neverLowercase(doc.word(w).key());
        if (!firstName || !ctx.properNoun(doc, w + 1) || doc.sentenceOf(w) != doc.sentenceOf(w + 1)) {
            return false;
        }
        String a = doc.word(w).key();
        String b = doc.word(w + 1).key();
        boolean moreName = w + 2 < doc.size() && doc.sentenceOf(w + 2) == doc.sentenceOf(w)
                && ctx.properNoun(doc, w + 2);
        return !Lexicon.TITLES.contains(a) && !ctx.placeLike(a) && !ctx.placeLike(b) && !moreName
                && !Lexicon.isStopword(a) && !Lexicon.isStopword(b) && !Lexicon.isDateWord(a) && !Lexicon.isDateWord(b);
    }

    /**
     * The first word of copy o's story (headline and furniture left out) that is the surname standing alone (no
     * capitalised word right before it), when o never uses the first name nor puts a name before the surname
     * anywhere; else -1.
     */
    private int bareUse(int o, String first, String surname) {
        Map<String, List<Integer>> at = positions(o);
        if (at.containsKey(first)) {
            return -1;
        }
        Document d = docs.get(o);
        int firstBare = -1;
        for (int w : at.getOrDefault(surname, List.of())) {
            if (ctx.properNoun(d, w) && ctx.storySentence(o, d.sentenceOf(w)) && !ctx.inHeadline(o, w)) {
                if (w > 0 && d.sentenceOf(w - 1) == d.sentenceOf(w) && ctx.properNoun(d, w - 1)) {
                    return -1; // someone else of that surname, introduced in this copy
                }
                firstBare = firstBare < 0 ? w : firstBare;
            }
        }
        return firstBare;
    }

    private Map<String, List<Integer>> positions(int o) {
        Map<String, List<Integer>> at = positions.get(o);
        if (at == null) {
            at = new HashMap<>();
            Document d = docs.get(o);
            for (int w = 0; w < d.size(); w++) {
                at.computeIfAbsent(d.word(w).key(), k -> new ArrayList<>()).add(w);
            }
            positions.set(o, at);
        }
        return at;
    }

    /** True when no copy writes the word in lower case: a name, not a word that opens a sentence ("Later"). */
    private boolean neverLowercase(String key) {
        if (lowercase == null) {
            lowercase = new HashSet<>();
            for (Document d : docs) {
                for (int w = 0; w < d.size(); w++) {
                    if (!d.word(w).capitalised()) {
                        lowercase.add(d.word(w).key());
                    }
                }
            }
        }
        return !lowercase.contains(key);
    }

    private Ranked rebuilt(Ranked r, List<CopySpan> spans, String name, int bare) {
        List<CopySpan> told = spans.stream().filter(s -> !s.isEmpty()).toList();
        List<CopySpan> gaps = spans.stream().filter(CopySpan::isEmpty).toList();
        Ranked item = PassageChecks.passageItem(told, gaps, r.judgement().score(), docs);
        Judgement j = r.judgement();
        String why = j.why() + "; it introduces " + name + ", whom " + (bare == 1 ? "one copy" : bare + " copies")
                + " without it name" + (bare == 1 ? "s" : "") + " all the same";
        return new Ranked(item.variant(), item.groups(), new Judgement(j.kind(), j.severity(), why, j.score()));
    }
}
