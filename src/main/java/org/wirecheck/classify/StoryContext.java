package org.wirecheck.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Token;

/**
 * What the classifier knows about the copies beyond one variant: the furniture role of every sentence, each copy's
 * dateline, and how words are used across all copies (capitalised mid-sentence, after a place preposition).
 */
public final class StoryContext {

    private final List<Document> docs;
    private final List<Furniture.Role[]> roles;
    private final List<Dateline.Parts> datelines;
    private final List<StoryCredits.Credit> credits;
    private final Map<String, int[]> usage = new HashMap<>();
    private final List<java.util.Set<String>> vocabulary;
    private final Map<Document, boolean[]> titleCase = new java.util.IdentityHashMap<>();
    private final int[] headlineWords;
    private final int[] topWords;

    private static final int FURNITURE_WORDS = 40;
    private static final int TITLE_CASE_WORDS = 4;
    private static final int HEADLINE_WORDS = 25;
    /** The lede is the first story sentence this long: a dateline or byline alone is not it. */
    private static final int LEDE_WORDS = 8;
    private static final int CAPITALISED = 0;
    private static final int LOWER = 1;
    private static final int AFTER_LOCATIVE = 2;
    private static final int USES = 3;
    /** Common nouns a place follows after a comma: "the capital, Islamabad". */
    private static final Set<String> APPOSITIVE_PLACES = Set.of("capital", "city");
    private static final Set<String> ARTICLES = Set.of("the", "a", "its", "their");
    /** A name is used as a place when at least one in this many of its uses follows a place preposition. */
    private static final int PLACE_SHARE = 10;

    public StoryContext(List<Document> docs) {
        this.docs = docs;
        Map<String, Furniture.Role> seenRoles = new java.util.concurrent.ConcurrentHashMap<>();
        this.roles = docs.stream().map(d -> rolesOf(d, seenRoles)).toList();
        this.datelines = new java.util.ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            datelines.add(datelineOf(docs.get(d), roles.get(d)));
        }
        this.credits = new java.util.ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            credits.add(StoryCredits.of(docs.get(d), datelines.get(d)));
        }
        this.headlineWords = docs.stream().mapToInt(StoryContext::headlineWords).toArray();
        this.topWords = new int[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            topWords[d] = topWords(d);
        }
        this.vocabulary = docs.stream().map(d -> {
            java.util.Set<String> keys = new java.util.HashSet<>();
            d.words().forEach(t -> keys.add(t.key()));
            return keys;
        }).toList();
        for (Document d : docs) {
            boolean[] headline = titleCaseSentences(d);
            titleCase.put(d, headline);
            for (int i = 0; i < d.size(); i++) {
                Token t = d.word(i);
                int[] u = usage.computeIfAbsent(t.key(), k -> new int[4]);
                u[USES]++;
                if (headline[d.sentenceOf(i)]) {
                    // a headline in title case capitalises every word: no evidence of a proper noun
                } else if (!d.startsSentence(i) && Character.isUpperCase(t.text().charAt(0))) {
                    u[CAPITALISED]++;
                } else if (Character.isLowerCase(t.text().charAt(0))) {
                    u[LOWER]++;
                }
                if (i > 0 && afterLocative(d, i)) {
                    u[AFTER_LOCATIVE]++;
                }
            }
        }
    }

    /**
     * True when word i follows a place word: right after a preposition ("in Lahore", "near Cimarron"), or after "the
     * capital," or "the city,"; not after a clause ("During the visit, Renn said") or a name ("Dodge City, Amtrak").
     */
    private static boolean afterLocative(Document d, int i) {
        Token before = d.word(i - 1);
        if (!Lexicon.LOCATIVES.contains(before.key())
                || i > 1 && before.key().equals("to") && d.word(i - 2).key().equals("according")
                || i + 1 < d.size() && Lexicon.OUTLET_NOUNS.contains(d.word(i + 1).key())
                && d.text().substring(d.word(i).end(), d.word(i + 1).start()).isBlank()) {
            return false; // "according to Yonhap", "a report from Meridian Television": a source, not a place
        }
        String between = d.text().substring(before.end(), d.word(i).start()).strip();
        return between.isEmpty() || between.equals(",") && APPOSITIVE_PLACES.contains(before.text()) && i > 1
                && ARTICLES.contains(d.word(i - 2).key());
    }

    /**
     * Per sentence: true when it is written in title case ("Imran Khan Sentenced To Three Years In Corruption Case"):
     * at least {@value #TITLE_CASE_WORDS} content words, nearly all capitalised.
     */
    static boolean[] titleCaseSentences(Document d) {
        boolean[] out = new boolean[d.sentenceCount()];
        for (int s = 0; s < out.length; s++) {
            int content = 0;
            int capitalised = 0;
            for (int i = d.sentenceStart(s); i < d.sentenceEnd(s); i++) {
                String text = d.word(i).text();
                if (!Character.isLetter(text.charAt(0)) || Lexicon.isStopword(d.word(i).key())) {
                    continue;
                }
                content++;
                capitalised += Character.isUpperCase(text.charAt(0)) ? 1 : 0;
            }
            out[s] = content >= TITLE_CASE_WORDS && capitalised >= 0.8 * content;
        }
        return out;
    }

    /** Furniture roles of a copy's sentences; {@code judged} remembers the role of each text already judged. */
    private static Furniture.Role[] rolesOf(Document d, Map<String, Furniture.Role> judged) {
        Furniture.Role[] r = new Furniture.Role[d.sentenceCount()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int s = 0; s < r.length; s++) {
            String keys = keysOf(d, s);
            int length = d.sentenceEnd(s) - d.sentenceStart(s);
            if (!seen.add(keys) && length >= 3 && length <= 16) {
                // a sentence the copy repeats word for word: a photo caption, a repeated headline, a pull quote
                r[s] = Furniture.Role.FURNITURE;
                continue;
            }
            if (length > FURNITURE_WORDS) {
                r[s] = Furniture.Role.NONE; // furniture is short; long sentences are story
                continue;
            }
            String sentence = d.slice(d.sentenceStart(s), d.sentenceEnd(s));
            Furniture.Role role = judged.computeIfAbsent(sentence, Furniture::of);
            if (role == Furniture.Role.NONE) {
                // a stamp or credit can share its line with nothing else: judge the whole line too
                role = judged.computeIfAbsent(lineAround(d, d.sentenceStart(s)), Furniture::of);
            }
            r[s] = role;
        }
        return r;
    }

    private static String keysOf(Document d, int s) {
        StringBuilder b = new StringBuilder();
        for (int i = d.sentenceStart(s); i < d.sentenceEnd(s); i++) {
            b.append(d.word(i).key()).append(' ');
        }
        return b.toString();
    }

    private static String lineAround(Document d, int word) {
        String text = d.text();
        int at = d.word(word).start();
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The dateline opening one of the copy's first paragraphs; a paragraph of furniture (a photo caption) has none. */
    private static Dateline.Parts datelineOf(Document d, Furniture.Role[] roles) {
        int paragraphsSeen = 0;
        int lastParagraph = -1;
        for (int i = 0; i < d.size() && paragraphsSeen <= 4; i++) {
            if (d.paragraphOf(i) == lastParagraph) {
                continue;
            }
            lastParagraph = d.paragraphOf(i);
            paragraphsSeen++;
            if (roles[d.sentenceOf(i)] != Furniture.Role.NONE) {
                continue;
            }
            int start = d.word(i).start();
            int end = d.text().indexOf('\n', start);
            String para = d.text().substring(start, end < 0 ? d.text().length() : end);
            Dateline.Parts p = Dateline.find(para, start);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    public List<Document> docs() {
        return docs;
    }

    /** True when sentence s of copy d is story, not furniture (and holds words). */
    public boolean storySentence(int d, int s) {
        Document doc = docs.get(d);
        return roles.get(d)[s] == Furniture.Role.NONE && doc.sentenceEnd(s) > doc.sentenceStart(s);
    }

    /** Furniture role of the sentence holding word {@code w} of copy {@code d}. */
    public Furniture.Role role(int d, int w) {
        return roles.get(d)[docs.get(d).sentenceOf(w)];
    }

    /**
     * True when word w of copy d is in its headline: the copy's first paragraph, when that is one short line without
     * a full stop at its end and the story follows.
     */
    public boolean inHeadline(int d, int w) {
        return w >= 0 && w < headlineWords[d];
    }

    /**
     * True when word w of copy d is at the top of its story: its headline, or anything before the end of its first
     * story sentence of eight words or more (standfirst, dateline, lede), where sites rewrite most.
     */
    public boolean atTop(int d, int w) {
        return w >= 0 && w < topWords[d];
    }

    /** The sentence index of copy d's lede (its first story sentence of eight words or more), or -1. */
    public int lede(int d) {
        return topWords[d] > headlineWords[d] ? docs.get(d).sentenceOf(topWords[d] - 1) : -1;
    }

    private int topWords(int d) {
        Document doc = docs.get(d);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            if (doc.sentenceStart(s) >= headlineWords[d] && storySentence(d, s)
                    && doc.sentenceEnd(s) - doc.sentenceStart(s) >= LEDE_WORDS) {
                return doc.sentenceEnd(s);
            }
        }
        return headlineWords[d];
    }

    /** How many words copy d's headline has (0 when its first paragraph is no headline). */
    private static int headlineWords(Document doc) {
        int words = 0;
        while (words < doc.size() && doc.paragraphOf(words) == doc.paragraphOf(0)) {
            words++;
        }
        if (words == 0 || words >= doc.size() || words > HEADLINE_WORDS) {
            return 0;
        }
        int end = doc.word(words - 1).end();
        boolean fullStop = end < doc.text().length() && doc.text().charAt(end) == '.';
        int newline = doc.text().indexOf('\n', doc.word(0).start());
        boolean oneLine = newline < 0 || newline >= end;
        return fullStop || !oneLine ? 0 : words;
    }

    /** True when copy d uses the word key anywhere. */
    public boolean mentions(int d, String key) {
        return vocabulary.get(d).contains(key);
    }

    /** Copy d's dateline, or null. */
    public Dateline.Parts dateline(int d) {
        return datelines.get(d);
    }

    /** True when word w of copy d lies in its dateline. */
    public boolean inDateline(int d, int w) {
        return datelineRole(d, docs.get(d).charStart(w)) != null;
    }

    /** Whom copy d credits the whole story to ({@link StoryCredits}), or null. */
    public StoryCredits.Credit storyCredit(int d) {
        return credits.get(d);
    }

    /** True when word w of copy d is part of its story credit (", CNN reports."). */
    public boolean inStoryCredit(int d, int w) {
        StoryCredits.Credit c = credits.get(d);
        Token t = docs.get(d).word(w);
        return c != null && c.overlaps(t.start(), t.end());
    }

    /** Role of a character offset in copy d's dateline ("agency", "place", "date", "dateline"), or null. */
    public String datelineRole(int d, int charIndex) {
        Dateline.Parts p = datelines.get(d);
        return p == null ? null : p.roleOf(charIndex);
    }

    private final Map<Document, boolean[][]> properCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when the word reads as a proper noun: capitalised mid-sentence in most of its uses across the copies. */
    public boolean properNoun(Document d, int w) {
        boolean[][] cache = properCache.computeIfAbsent(d, x -> new boolean[][] {new boolean[x.size()],
            new boolean[x.size()]});
        if (!cache[0][w]) {
            cache[1][w] = computeProperNoun(d, w);
            cache[0][w] = true;
        }
        return cache[1][w];
    }

    private boolean computeProperNoun(Document d, int w) {
        Token t = d.word(w);
        boolean acronym = t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase);
        if (!Character.isUpperCase(t.text().charAt(0)) || Lexicon.isStopword(t.key()) && !acronym) {
            return false;
        }
        int[] u = usage.get(t.key());
        boolean[] headline = titleCase.get(d);
        if (headline != null && headline[d.sentenceOf(w)] && !acronym) {
            // in a title-case line only the word's use in the copies' prose can tell
            return u != null && u[CAPITALISED] > 0 && u[CAPITALISED] >= u[LOWER];
        }
        if (u == null) {
            return !d.startsSentence(w);
        }
        if (u[CAPITALISED] == 0) {
            return false;
        }
        return u[CAPITALISED] >= u[LOWER];
    }

    /**
     * True when a proper noun is used as a place: after a place preposition ("in", "near", "to") in at least one in
     * {@link #PLACE_SHARE} of its uses across the copies; a company questions were "referred to" once is no place.
     */
    public boolean placeLike(String key) {
        int[] u = usage.get(key);
        return u != null && u[AFTER_LOCATIVE] > 0 && u[AFTER_LOCATIVE] * PLACE_SHARE >= u[USES];
    }
}
