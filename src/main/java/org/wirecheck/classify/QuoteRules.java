package org.wirecheck.classify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * The pair rules on quoted words ({@link Classifier}): a function word changed in a quote, the same words in another
 * form, words one copy quotes and another tells unquoted or cuts short (medium), and other words put in the
 * speaker's mouth (high); see decision 0036.
 */
final class QuoteRules {

    private final StoryContext ctx;

    QuoteRules(StoryContext ctx) {
        this.ctx = ctx;
    }

    /** Quoted words that differ in function words only. */
    Judgement functionWordChanged(Classifier.PairFacts p) {
        if (!p.quoted() || !p.diff().onlyFunctionWords
                || Meaning.kind(p.groups().get(0).key(), p.groups().get(1).key()) != null) {
            return null; // "we have not lost hope" / "we have lost hope": a change of meaning, not of function words
        }
        // "But amazing feeling" / "Amazing feeling": the quote says the same; it ranks with the plain rewordings,
        // below passages that carry something new
        return new Judgement(Kind.QUOTE, Severity.MEDIUM, "quoted words differ in a function word",
                2 + (p.compact() + p.drift()) / 2);
    }

    /** Quoted words that differ. */
    Judgement changed(Classifier.PairFacts p) {
        if (!p.quoted()) {
            return null;
        }
        String meaning = Meaning.change(p.groups().get(0).key(), p.groups().get(1).key());
        if (meaning != null) {
            // "we have not lost hope" / "we have lost hope": the speaker is made to say the opposite
            return new Judgement(Kind.QUOTE, Severity.HIGH, "quoted words differ: " + meaning,
                    6.5 + p.compact() + p.drift());
        }
        if (contentStems(p.groups().get(0)).equals(contentStems(p.groups().get(1)))) {
            // "a conflict have changed" / "conflict are now changing": the same words in another form
            return new Judgement(Kind.QUOTE, Severity.MEDIUM, "quoted words differ in form only",
                    3 + p.compact() + p.drift());
        }
        if (quotedReadings(p.groups()) < 2) {
            // "a prelude to confrontation and war" quoted / "a “prelude” to war": one side quotes, the other tells
            // the words as its own or stops its quote short; no copy puts other words in the speaker's mouth (words
            // dropped inside a quote join what the speaker did not, and stay high)
            return new Judgement(Kind.QUOTE, Severity.MEDIUM, quoteCutShort(p.groups())
                    ? "quote cut short in some copies" : "words quoted in some copies, told unquoted in others",
                    3 + p.compact() + p.drift());
        }
        return new Judgement(Kind.QUOTE, Severity.HIGH, "quoted words differ", 7 + p.compact() + p.drift());
    }

    /** A reading's content words, stemmed; stop words left out. */
    private static Set<String> contentStems(ReadingGroup g) {
        Set<String> out = new HashSet<>();
        for (String k : g.keys()) {
            if (!Lexicon.isStopword(k)) {
                out.add(Stems.of(k));
            }
        }
        return out;
    }

    /** How many readings stand inside quotation marks (a reading with no words: its gap does). */
    private int quotedReadings(List<ReadingGroup> groups) {
        int n = 0;
        for (ReadingGroup g : groups) {
            boolean quoted = false;
            for (CopySpan s : g.spans()) {
                Document d = ctx.docs().get(s.copy());
                if (s.isEmpty()) { // words dropped inside a quote: the copy joins what the speaker did not
                    quoted |= quotedBeside(d, s.from()) == 2;
                }
                for (int i = s.from(); i < s.to() && !quoted; i++) {
                    quoted = d.quoted(i);
                }
            }
            n += quoted ? 1 : 0;
        }
        return n;
    }

    /** How many of the words on either side of a gap before word w stand inside quotation marks: 0, 1 or 2. */
    private static int quotedBeside(Document d, int w) {
        return (w > 0 && d.quoted(w - 1) ? 1 : 0) + (w < d.size() && d.quoted(w) ? 1 : 0);
    }

    /** True when a reading with no words has its gap at the edge of a quote: the copy's quote stops short. */
    private boolean quoteCutShort(List<ReadingGroup> groups) {
        return groups.stream().filter(ReadingGroup::isEmpty).flatMap(g -> g.spans().stream())
                .anyMatch(s -> quotedBeside(ctx.docs().get(s.copy()), s.from()) == 1);
    }
}
