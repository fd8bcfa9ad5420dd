package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.classify.StoryContext;
import org.wirecheck.classify.Spelling;
import org.wirecheck.classify.StoryCredits;
import org.wirecheck.text.Document;

/**
 * Reads who each sentence of a copy is credited to: "an official said", "said Earl Weener of the National
 * Transportation Safety Board", "Khan's lawyer, Intezar Panjotha, told Reuters", "according to police", "as per a
 * report from Meridian Television". English
 * reporting verbs and clause punctuation only; no list of names. The story's own credit ({@link StoryCredits}) is
 * left out.
 */
public final class Attributions {

    /**
     * A statement's credit.
     *
     * @param copy      index of the copy
     * @param sentence  the sentence it stands in
     * @param from      first word of the phrase (speaker or verb)
     * @param verb      its reporting verb ("said", "told"), or the word the source follows ("according")
     * @param to        one past its last word
     * @param speaker   keys of the speaker's head words, without articles ("us official", "earl weener")
     * @param named     true when the speaker's head holds a proper noun ({@link StoryContext#properNoun}: "Amtrak",
     *                  "U.S."); false for a plain role or group ("authorities", "the railroad"), which may stand for
     *                  a named one
     * @param addressee whom it was told to, a name of several words by its initials ("ap"), empty when none
     */
    public record Attribution(int copy, int sentence, int from, int verb, int to, String speaker, boolean named,
                              String addressee) {

        /** True when the speaker is only a pronoun ("he said", "I'll say"): it names no one, so it is not compared. */
        public boolean anonymous() {
            String last = speaker.substring(speaker.lastIndexOf(' ') + 1);
            int apostrophe = last.indexOf('\'');
            return PRONOUNS.contains(last) || apostrophe > 0 && PRONOUNS.contains(last.substring(0, apostrophe));
        }

        /**
         * True when both speakers share a word ("a U.S. official", "the official"), or a long name spelled two ways
         * ("Calloway" / "Callaway": one speaker, whose spelling is a discrepancy of its own).
         */
        public boolean sharesSpeaker(Attribution o) {
            int from = 0;
            while (from <= speaker.length()) { // each word of this speaker, looked for among o's (no allocation)
                int to = speaker.indexOf(' ', from);
                to = to < 0 ? speaker.length() : to;
                if (hasWord(o.speaker, speaker, from, to)) {
                    return true;
                }
                from = to + 1;
            }
            return speaker.equals(o.speaker) || nearName(o);
        }

        private boolean nearName(Attribution o) {
            if (!named || !o.named) {
                return false;
            }
            for (int a = 0; a < speaker.length(); a = next(speaker, a)) {
                int aEnd = end(speaker, a);
                for (int b = 0; b < o.speaker.length(); b = next(o.speaker, b)) {
                    int bEnd = end(o.speaker, b);
                    if (Math.min(aEnd - a, bEnd - b) >= NEAR_NAME && speaker.charAt(a) == o.speaker.charAt(b)
                            && Spelling.near(speaker.substring(a, aEnd), o.speaker.substring(b, bEnd))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The end of the word that starts at {@code from} in space-separated {@code words}. */
        private static int end(String words, int from) {
            int e = words.indexOf(' ', from);
            return e < 0 ? words.length() : e;
        }

        /** The start of the word after the one at {@code from}, or the length of {@code words}. */
        private static int next(String words, int from) {
            return end(words, from) + 1;
        }

        /** True when {@code words} (space-separated) holds the word {@code s[from, to)}. */
        private static boolean hasWord(String words, String s, int from, int to) {
            int len = to - from;
            int i = 0;
            while (i <= words.length()) {
                int end = words.indexOf(' ', i);
                end = end < 0 ? words.length() : end;
                if (end - i == len && words.regionMatches(i, s, from, len)) {
                    return true;
                }
                i = end + 1;
            }
            return false;
        }

        /** True when both name the same speaker ({@link #sharesSpeaker}) and addressee. */
        public boolean sameAs(Attribution o) {
            return addressee.equals(o.addressee) && sharesSpeaker(o);
        }
    }

    /** Names shorter than this are not taken for one name spelled two ways. */
    private static final int NEAR_NAME = 5;
    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "tell", "added", "adds",
            "stated", "confirmed", "confirms", "reported", "reports", "noted", "explained", "insisted", "announced",
            "claimed", "wrote", "writes");
    /** Words after which the source follows: "according to", "as per", "citing". */
    private static final Set<String> SOURCE_FIRST = Set.of("according", "as", "citing");
    /** What a source may be named through: "as per a report from Meridian Television". */
    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "statement", "article", "interview",
            "broadcast", "post", "bulletin");
    private static final Set<String> TELL = Set.of("told", "tells", "tell");
    /** Words for the press a statement is told to: one addressee, however named. */
    private static final Set<String> PRESS = Set.of("reporters", "journalists", "reporter", "journalist", "media",
            "press", "newsmen");
    /** Words between a speaker and the verb that do not belong to the speaker ("an official has said"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later", "earlier",
            "previously", "then");
    /** A verb after these is not a credit ("did not say", "declined to say", "would tell", "was reported missing"). */
    private static final Set<String> NOT_A_CREDIT = Set.of("not", "never", "to", "did", "does", "do", "didn't",
            "doesn't", "don't", "would", "could", "should", "will", "can", "may", "might", "must", "cannot", "won't",
            "wouldn't", "couldn't", "was", "were", "is", "are", "be", "been", "being");
    /** A speaker does not reach back over these: "confirmed the arrest and told Reuters" has no speaker of its own. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "or", "that", "which", "who", "when", "after",
            "before", "because", "while", "as");
    /** Words that open a phrase without being part of whom it names. */
    private static final Set<String> LEADING = Set.of("a", "an", "the", "but", "so", "yet", "however", "meanwhile");
    /** Words that end a speaker's head: "Earl Weener of the NTSB" is "earl weener". */
    private static final Set<String> HEAD_ENDS = Set.of("of", "for", "at", "from", "in", "on", "with", "who", "which",
            "that", "and", "to");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "that",
            "this", "one", "him", "her", "them", "me");
    private static final int MAX_SPEAKER = 6;
    private static final int MAX_INVERTED = 10;
    private static final int MAX_APPOSITION = 4;

    private final int copy;
    private final Document doc;
    private final StoryContext ctx;

    private Attributions(int copy, StoryContext ctx) {
        this.copy = copy;
        this.doc = ctx.docs().get(copy);
        this.ctx = ctx;
    }

    /** The credits in the story sentences of copy {@code copy} (furniture left out). */
    public static List<Attribution> of(int copy, StoryContext ctx) {
        Attributions reader = new Attributions(copy, ctx);
        Document doc = reader.doc;
        List<Attribution> out = new ArrayList<>();
        StoryCredits.Credit story = ctx.storyCredit(copy);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            if (!ctx.storySentence(copy, s)) {
                continue;
            }
            Attribution previous = null;
            for (int v = doc.sentenceStart(s); v < doc.sentenceEnd(s); v++) {
                if (!VERBS.contains(doc.word(v).key()) && !SOURCE_FIRST.contains(doc.word(v).key())) {
                    continue;
                }
                Attribution a = SOURCE_FIRST.contains(doc.word(v).key()) ? reader.according(s, v)
                        : reader.credit(s, v, previous);
                if (a != null && !storyCredit(doc, a, story)) {
                    out.add(a);
                    previous = a;
                }
            }
        }
        return out;
    }

    /** True when the credit is the whole story's (", CNN reports."): it is compared as such, not per statement. */
    private static boolean storyCredit(Document doc, Attribution a, StoryCredits.Credit story) {
        return story != null && story.overlaps(doc.charStart(a.from()), doc.charEnd(a.to()));
    }

    /** "according to X", "as per a report from X", "citing X": the source follows. */
    private Attribution according(int s, int v) {
        int end = doc.sentenceEnd(s);
        String k = doc.word(v).key();
        int from = v + 1;
        if (k.equals("according") || k.equals("as")) {
            String next = k.equals("according") ? "to" : "per";
            if (from >= end || !doc.word(from).key().equals(next) || breakBefore(from)) {
                return null;
            }
            from++;
        }
        while (from < end && !breakBefore(from) && (LEADING.contains(doc.word(from).key())
                || DOCUMENTS.contains(doc.word(from).key()) || HEAD_ENDS.contains(doc.word(from).key()))) {
            from++;
        }
        if (from >= end || breakBefore(from)) {
            return null;
        }
        int last = runAfter(from - 1, end, MAX_SPEAKER);
        if (k.equals("citing")) {
            // "citing Reuters", not "citing Beijing's growing military power": a name that ends the clause
            for (int w = from; w < last; w++) {
                if (!capitalised(w)) {
                    return null;
                }
            }
            if (last < end && !breakBefore(last)) {
                return null;
            }
        }
        return attribution(s, v, v, last, from, last, "");
    }

    private Attribution credit(int s, int v, Attribution previous) {
        int begin = doc.sentenceStart(s);
        int start = v;
        while (start > begin && !breakBefore(start) && AUXILIARIES.contains(doc.word(start - 1).key())) {
            start--;
        }
        if (start > begin && !breakBefore(start) && NOT_A_CREDIT.contains(doc.word(start - 1).key())) {
            return null;
        }
        int last = v + 1;
        String addressee = "";
        if (TELL.contains(doc.word(v).key())) {
            last = addresseeEnd(v, doc.sentenceEnd(s));
            addressee = initials(head(v + 1, last));
            addressee = PRESS.contains(addressee) ? "reporters" : addressee; // "told journalists" / "told reporters"
            if (addressee.isEmpty()) {
                return null; // "told" without whom: not a credit
            }
        }
        int first = start;
        while (first > begin && start - first < MAX_SPEAKER && !breakBefore(first)
                && !CLAUSE_WORDS.contains(doc.word(first - 1).key()) && !VERBS.contains(doc.word(first - 1).key())) {
            first--;
        }
        if (first > begin && doc.word(first - 1).key().equals("who") && !breakBefore(first)) {
            // "an official who was briefed on the investigation said": the speaker stands before "who"
            int relative = first - 1;
            int named = relative;
            while (named > begin && relative - named < MAX_SPEAKER && !breakBefore(named)
                    && !CLAUSE_WORDS.contains(doc.word(named - 1).key())) {
                named--;
            }
            if (named < relative) {
                return attribution(s, named, v, last, named, relative, addressee);
            }
        }
        if (first < start && start - first >= MAX_SPEAKER && first > begin && !breakBefore(first)
                && !CLAUSE_WORDS.contains(doc.word(first - 1).key())) {
            return null; // the words before run on past any speaker: a fragment of a clause, not who said it
        }
        if (first < start) {
            return attribution(s, first, v, last, first, start, addressee);
        }
        if (first > begin && CLAUSE_WORDS.contains(doc.word(first - 1).key()) && previous != null) {
            // "Kamiana confirmed the arrest and told Reuters": the speaker of the clause before
            return new Attribution(copy, s, v, v, last, previous.speaker(), previous.named(), addressee);
        }
        Attribution inverted = addressee.isEmpty() ? inverted(s, v) : null;
        return inverted != null ? inverted : apposition(s, start, last, addressee);
    }

    /** ", said Earl Weener of the National Transportation Safety Board." : a name or a role after the verb. */
    private Attribution inverted(int s, int v) {
        int end = doc.sentenceEnd(s);
        if (!breakBefore(v) || v + 1 >= end || breakBefore(v + 1)) {
            return null;
        }
        if (!capitalised(v + 1) && !LEADING.contains(doc.word(v + 1).key())) {
            return null;
        }
        int after = runAfter(v, end, MAX_INVERTED);
        if (after < end && !breakBefore(after)) {
            return null; // the words run on: a clause, not a speaker
        }
        return attribution(s, v, v, after, v + 1, after, "");
    }

    /** "Khan's lawyer, Intezar Panjotha, told Reuters": a full name set off by commas before the verb. */
    private Attribution apposition(int s, int start, int last, String addressee) {
        int begin = doc.sentenceStart(s);
        int first = start - 1;
        while (first > begin && start - first < MAX_APPOSITION && !breakBefore(first)) {
            first--;
        }
        if (first < begin || first >= start || !breakBefore(first) || !gapIs(start, ',')) {
            return null;
        }
        for (int w = first; w < start; w++) {
            if (!capitalised(w)) {
                return null;
            }
        }
        return start - first >= 2 ? attribution(s, first, start, last, first, start, addressee) : null;
    }

    private Attribution attribution(int s, int from, int verb, int to, int speakerFrom, int speakerTo,
                                    String addressee) {
        int headEnd = headEnd(speakerFrom, speakerTo);
        String speaker = head(speakerFrom, headEnd);
        if (speaker.isEmpty()) {
            return null;
        }
        boolean named = false;
        for (int w = speakerFrom; w < headEnd; w++) {
            named |= ctx.properNoun(doc, w); // only the head names the speaker: "police in the city of Kano" is police
        }
        return new Attribution(copy, s, from, verb, to, speaker, named, addressee);
    }

    private boolean capitalised(int w) {
        return Character.isUpperCase(doc.word(w).text().charAt(0));
    }

    /** Whom "told" names: a run of capitalised words ("The Associated Press"), else one word and its article. */
    private int addresseeEnd(int v, int end) {
        int w = v + 1;
        if (w >= end || breakBefore(w)) {
            return w;
        }
        if (capitalised(w)) {
            while (w < end && (w == v + 1 || !breakBefore(w)) && capitalised(w)) {
                w++;
            }
            return w;
        }
        w++;
        return LEADING.contains(doc.word(v + 1).key()) && w < end && !breakBefore(w) ? w + 1 : w;
    }

    /** One past the last word of the run after word {@code v} that no clause punctuation breaks, at most max words. */
    private int runAfter(int v, int end, int max) {
        int last = v + 1;
        while (last < end && last - v <= max && !breakBefore(last)) {
            last++;
        }
        return last;
    }

    /** The keys of a phrase's head words ({@link #headEnd}), articles and linking words left out. */
    private String head(int from, int to) {
        int end = headEnd(from, to);
        StringBuilder b = new StringBuilder();
        for (int w = from; w < end; w++) {
            String k = doc.word(w).key();
            if (!LEADING.contains(k) && !HEAD_ENDS.contains(k)) {
                b.append(b.length() == 0 ? "" : " ").append(k);
            }
        }
        return b.toString();
    }

    /** One past the last head word of phrase [from, to): it ends at "of", "for", "who"... after its first word. */
    private int headEnd(int from, int to) {
        boolean content = false;
        for (int w = from; w < to; w++) {
            String k = doc.word(w).key();
            if (content && HEAD_ENDS.contains(k)) {
                return w;
            }
            content |= !LEADING.contains(k) && !HEAD_ENDS.contains(k);
        }
        return to;
    }

    private static String initials(String words) {
        String[] parts = words.split(" ");
        if (parts.length < 2) {
            return words;
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            b.append(p.charAt(0));
        }
        return b.toString();
    }

    /** True when the only mark between word w - 1 and word w is {@code mark}. */
    private boolean gapIs(int w, char mark) {
        return w > 0 && doc.text().substring(doc.word(w - 1).end(), doc.word(w).start()).strip()
                .equals(String.valueOf(mark));
    }

    /** True when clause punctuation (comma, quote mark, dash, bracket, colon) stands between word w - 1 and word w. */
    private boolean breakBefore(int w) {
        if (w == 0) {
            return true;
        }
        String gap = doc.text().substring(doc.word(w - 1).end(), doc.word(w).start());
        if (gap.equals("-") || gap.equals("\u2011")) {
            return false; // a hyphenated name: "Suk-yeol"
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return true;
            }
        }
        return false;
    }
}
