package org.wirecheck.classify;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.text.Document;
import org.wirecheck.text.Keys;
import org.wirecheck.text.Lexicon;

/**
 * Labels a variant with a kind and a severity, following the order a fact-checker weighs them: furniture and style
 * first (they do not matter), then the dateline, then what a reader would repeat as fact (numbers, dates, titles,
 * names and places, attribution, quotes), then omissions, additions and other wording. It is longer than most
 * classes because it is one ordered list of small rules ({@code pairRules}) and the tests they share; what the
 * readings differ by is {@link ReadingDiff}.
 */
public final class Classifier {

    /** Readings longer than this (differing words) are rewordings, not a single changed fact. */
    private static final int LONG = 6;
    /** Words a reading may differ by when a name it adds or drops is to count as a name change. */
    static final int MAX_NAME_CHANGE = 3;
    /** A passage of fewer words than this (a subhead, a label) ranks with the small phrases. */
    private static final int PASSAGE_WORDS = 5;

    private final StoryContext ctx;
    /** The rules on names, titles, sources and places. */
    private final NameRules names;
    private final QuoteRules quotes;

    public Classifier(StoryContext ctx) {
        this.ctx = ctx;
        this.names = new NameRules(ctx);
        this.quotes = new QuoteRules(ctx);
        this.pairRules = List.of(
                this::recordChanged,
                this::longRewording,
                this::factInPhraseAddedOrDropped,
                this::sameInAnotherStyle,
                this::sameTitleReordered,
                this::misspelt,
                this::headlinesWorded,
                this::dateChanged,
                this::whenChanged,
                this::sourceQualifierChanged,
                this::numberInOneReadingOnly,
                this::numberChanged,
                names::titleChanged,
                names::sourceChanged,
                names::nameInAnotherForm,
                names::nameOrPlaceChanged,
                names::placeOnlySomeName,
                quotes::functionWordChanged,
                quotes::changed,
                this::meaningChanged,
                this::onlyFunctionWords,
                this::wordsAddedOrDropped);
    }

    /** Kinds that name a fact, judged by a variant's sharpest pair of readings. */
    private static final Set<Kind> FACT_KINDS = Set.of(Kind.NAME, Kind.DATE, Kind.TITLE, Kind.PLACE);
    private static final int SCATTERED_WORDS = 4;
    /** A phrase added or dropped of at most this many words ranks below passages unless it holds a number. */
    private static final int SMALL_PHRASE = 3;
    /** Nouns that name a kind of source: "local media", "Pakistani officials", "police sources". */
    private static final Set<String> SOURCE_KINDS = Set.of("media", "officials", "official", "sources", "source",
            "authorities", "witnesses", "witness", "police", "reports", "newspapers", "outlets", "broadcasters");
    /** Words that place a date: "before early November", "by mid-March", "in late May". */
    private static final Set<String> DATE_PLACERS = Set.of("in", "on", "by", "before", "after", "until", "till",
            "since", "from", "during", "early", "late", "mid", "around", "about", "end", "start", "beginning", "of",
            "the");
    /** Words that place a date the same way. */
    private static final Map<String, String> SAME_PLACING = Map.of("till", "until", "during", "in", "on", "in",
            "around", "about", "from", "since", "start", "beginning");

    /** The judgement on a variant, or null when it is reported by another check (datelines). */
    public Judgement classify(Variant v, List<ReadingGroup> groups) {
        List<Document> docs = ctx.docs();
        if (v.shape() == Variant.Shape.CASE) {
            return new Judgement(Kind.STYLE, Severity.LOW, "differs only in capitalisation or spelling form", 1);
        }
        if (v.shape() == Variant.Shape.TRUNCATION) {
            int missing = groups.stream().filter(g -> !g.isEmpty()).mapToInt(g -> words(g.spans().get(0))).max()
                    .orElse(0);
            return new Judgement(Kind.OMISSION, Severity.MEDIUM,
                    "copy ends early: about " + missing + " words of the story's end are missing", 3);
        }
        Furniture.Role role = furnitureRole(v);
        if (role == Furniture.Role.FURNITURE) {
            return new Judgement(Kind.BOILERPLATE, Severity.LOW, "site furniture, not part of the story", 0);
        }
        if (role == Furniture.Role.CREDIT) {
            return new Judgement(Kind.ATTRIBUTION, Severity.LOW, "reporting credit differs", 1);
        }
        Set<String> squeezed = new HashSet<>();
        for (ReadingGroup g : groups) {
            squeezed.add(Keys.squeeze(g.text()));
        }
        if (squeezed.size() == 1) {
            return new Judgement(Kind.STYLE, Severity.LOW, "differs only in hyphenation, spacing or punctuation", 1);
        }
        if (sameNumbers(groups) && onlyNumbersDiffer(groups)) {
            return new Judgement(Kind.STYLE, Severity.LOW, "same number written differently", 1);
        }
        if (sameInStyle(groups, false) || sameInStyle(groups, true)) {
            return new Judgement(Kind.STYLE, Severity.LOW,
                    "same date, measure or word in another style (format, unit, British/US spelling)", 1);
        }
        if (groups.size() == 2 && !groups.get(0).isEmpty() && !groups.get(1).isEmpty()
                && Units.sameMeasure(groups.get(0).text(), groups.get(1).text())) {
            return new Judgement(Kind.STYLE, Severity.LOW, "same measure in another unit", 1);
        }
        if (Forms.unitAsSign(groups, ctx.docs()) || Forms.scaleWithSign(groups, ctx.docs())) {
            return new Judgement(Kind.STYLE, Severity.LOW, "same amount, its unit written as a sign in some copies", 1);
        }
        if (inDatelines(v)) {
            return null; // datelines are compared as a whole, once (see Datelines)
        }
        if (v.shape() == Variant.Shape.PASSAGE) {
            return passage(groups);
        }
        double drift = outlier(groups) ? 1 : 0;
        Judgement best = null;
        int k = Math.min(groups.size(), 6);
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                Judgement p = pair(List.of(groups.get(i), groups.get(j)), groups.get(0).isEmpty(), drift);
                if (best == null || better(p, best)) {
                    best = p;
                }
            }
        }
        return best != null && FACT_KINDS.contains(best.kind()) && scatteredAtTheTop(groups)
                ? new Judgement(Kind.WORDING, Severity.MEDIUM, "top of the story written differently by several "
                        + "copies; " + best.why(), 3 + compactness(groups)) : best;
    }

    /**
     * True when, at the top of the story (a reading in a headline or the lede, {@link StoryContext#atTop}), two or
     * more copies each write the place in their own long way (four words or more, no other copy agreeing): sites
     * rewrite headlines, standfirsts and the lede's opening, and a name or date that one pair of such readings
     * differs by is not a changed fact.
     */
    private boolean scatteredAtTheTop(List<ReadingGroup> groups) {
        int own = 0;
        boolean top = false;
        for (ReadingGroup g : groups) {
            if (!g.isEmpty() && g.count() == 1 && words(g.spans().get(0)) >= SCATTERED_WORDS) {
                own++;
            }
            for (CopySpan s : g.spans()) {
                top |= !s.isEmpty() && ctx.atTop(s.copy(), s.from());
            }
        }
        return own >= 2 && top;
    }

    /** "Mines minister" / "the minister of mines": the same title in another word order. */
    private Judgement sameTitleReordered(PairFacts p) {
        return p.anyEmpty() || !Forms.sameTitleReordered(p.groups().get(0), p.groups().get(1)) ? null
                : new Judgement(Kind.STYLE, Severity.LOW, "the same title in another word order: "
                + p.groups().get(0).text() + " / " + p.groups().get(1).text(), 1);
    }

    /** "the largest ever" / "one of the largest ever": a record made one among others ({@link Forms#recordHedged}). */
    private Judgement recordChanged(PairFacts p) {
        String record = Forms.recordHedged(p.groups().get(0), p.groups().get(1), ctx.docs());
        return record == null ? null
                : new Judgement(Kind.WORDING, Severity.HIGH, record, 6.5 + p.compact() + p.drift());
    }

    private static boolean better(Judgement a, Judgement b) {
        return a.severity().compareTo(b.severity()) < 0
                || a.severity() == b.severity() && a.score() > b.score();
    }

    /**
     * The judgement on two readings of a variant: with several copies, the variant is judged by its sharpest pair
     * (a paraphrased copy's long reading does not hide a one-word change between two others). The first of
     * {@link #pairRules} that recognises the pair decides; when none does, it is {@link #plainWording}.
     */
    private Judgement pair(List<ReadingGroup> groups, boolean majorityEmpty, double drift) {
        ReadingDiff diff = new ReadingDiff(ctx, groups, ctx.docs());
        PairFacts p = new PairFacts(groups, majorityEmpty, drift, diff, quoted(groups), compactness(groups),
                groups.stream().anyMatch(ReadingGroup::isEmpty), NameRules.nearSpelling(diff.names),
                NameRules.sameRoot(diff.names) || NameRules.formsOfOthers(diff.names, groups));
        for (Function<PairFacts, Judgement> rule : pairRules) {
            Judgement j = rule.apply(p);
            if (j != null) {
                return j;
            }
        }
        return plainWording(p);
    }

    /**
     * What the pair rules look at: the two readings, what words they differ by ({@link ReadingDiff}), and the facts
     * about them every rule may need.
     *
     * @param majorityEmpty most copies have no words here (so a reading with words is an addition)
     * @param drift 1 when all copies but one agree ({@link #outlier}), else 0
     * @param compact 0..2, higher for shorter readings ({@link #compactness})
     * @param anyEmpty one reading has no words
     * @param spelledNear two of the differing names are spellings of one another ({@link Spelling#near})
     * @param oneName the differing names are one name in different forms ({@link NameRules#sameRoot})
     */
    record PairFacts(List<ReadingGroup> groups, boolean majorityEmpty, double drift, ReadingDiff diff,
                             boolean quoted, double compact, boolean anyEmpty, boolean spelledNear,
                             boolean oneName) {

        Kind addedOrDropped() {
            return majorityEmpty ? Kind.ADDITION : Kind.OMISSION;
        }

        String addedOrDroppedWhy() {
            return majorityEmpty ? "words only some copies add" : "words some copies leave out";
        }
    }

    /** The rules a pair of readings is judged by, in the order they are tried; each gives null if it does not apply. */
    private final List<Function<PairFacts, Judgement>> pairRules;

    /** Readings that differ by more than {@link #LONG} words: a passage added, dropped or reworded (quoted or not). */
    private Judgement longRewording(PairFacts p) {
        if (p.diff().maxWords <= LONG) {
            return null;
        }
        String facts = p.diff().facts();
        double compact = p.compact();
        if (p.anyEmpty()) {
            return new Judgement(p.addedOrDropped(), Severity.MEDIUM, p.addedOrDroppedWhy() + facts, 2 + compact);
        }
        if (p.quoted() && p.drift() > 0) {
            // the other copies agree word for word: one copy altered the quote
            return new Judgement(Kind.QUOTE, Severity.HIGH, "one copy rewords a quote the others carry verbatim"
                    + facts, 6 + compact);
        }
        if (p.quoted()) {
            return new Judgement(Kind.QUOTE, Severity.MEDIUM, "quoted passage reworded" + facts, 3 + compact);
        }
        return new Judgement(Kind.WORDING, Severity.MEDIUM, "passage reworded" + facts, 2 + compact);
    }

    /** A phrase some copies add or drop that holds a date, number, title or name: an addition or omission. */
    private Judgement factInPhraseAddedOrDropped(PairFacts p) {
        ReadingDiff diff = p.diff();
        if (!p.anyEmpty() || diff.dates.isEmpty() && diff.numbers.isEmpty() && diff.titles.isEmpty()
                && (diff.names.isEmpty() || diff.source || diff.onlyNames)) {
            return null;
        }
        // a phrase some copies add or drop is not a changed fact, even when it holds a number, date or title
        double score = !diff.numbers.isEmpty() || diff.maxWords > SMALL_PHRASE ? 5 + p.compact() : 3 + p.compact() / 2;
        return new Judgement(p.addedOrDropped(), Severity.MEDIUM, p.addedOrDroppedWhy() + diff.facts(), score);
    }

    /** Two readings with words that differ only in style ("Nov 5" / "November 5", in a three-way variant). */
    private Judgement sameInAnotherStyle(PairFacts p) {
        if (p.anyEmpty() || !sameInStyle(p.groups(), false) && !sameInStyle(p.groups(), true)) {
            return null;
        }
        return new Judgement(Kind.STYLE, Severity.LOW,
                "same date, measure or word in another style (format, unit, British/US spelling)", 1);
    }

    /**
     * One word spelt two ways, as a slip of spelling does ({@link Spelling#typo}), or written apart and joined
     * ("wrong doing" / "wrongdoing", "off-side" / "offside"): style.
     */
    private Judgement misspelt(PairFacts p) {
        if (p.anyEmpty()) {
            return null;
        }
        String a = p.groups().get(0).text();
        String b = p.groups().get(1).text();
        if (!a.equals(b) && Keys.squeeze(a).equals(Keys.squeeze(b))) {
            return new Judgement(Kind.STYLE, Severity.LOW, "one word written apart and joined: " + a + " / " + b, 1);
        }
        if (a.contains(" ") || b.contains(" ") || !Spelling.typo(a, b)) {
            return null;
        }
        return new Judgement(Kind.STYLE, Severity.LOW, "one word spelt two ways: " + a + " / " + b, 1);
    }

    /** Headlines that differ by a date, title or another name: each site writes its own, so this is wording. */
    private Judgement headlinesWorded(PairFacts p) {
        ReadingDiff diff = p.diff();
        if (!headlines(p.groups()) || diff.dates.isEmpty() && diff.titles.isEmpty()
                && (diff.names.isEmpty() || p.spelledNear() || p.oneName())) {
            return null;
        }
        return new Judgement(Kind.WORDING, Severity.MEDIUM, "headlines worded differently" + diff.facts(),
                1.5 + p.compact() / 4);
    }

    /** A changed date: both readings hold one, a reading gives a calendar date, or the change is two words at most. */
    private Judgement dateChanged(PairFacts p) {
        ReadingDiff diff = p.diff();
        if (diff.dates.isEmpty() || diff.readingsWithDates != p.groups().size() && !diff.fullDate
                && diff.maxWords > 2) {
            return null;
        }
        return new Judgement(Kind.DATE, Severity.HIGH, "date differs: " + String.join(" / ", diff.dates),
                8 + p.compact() + p.drift());
    }

    /**
     * Readings that differ only in the words that place a date ("in" / "before early" November, "by" / "after"
     * March): the date is another one, though its month or day is the same. Each reading must stand right before a
     * date word in its copy.
     */
    private Judgement whenChanged(PairFacts p) {
        String date = wordAfter(p, Lexicon::isDateWord);
        if (date == null || !p.groups().stream().allMatch(g -> DATE_PLACERS.containsAll(g.keys()))
                || placed(p.groups().get(0)).equals(placed(p.groups().get(1)))) {
            return null;
        }
        return new Judgement(Kind.DATE, Severity.HIGH, "date differs: " + p.groups().get(0).text() + " / "
                + p.groups().get(1).text() + " " + date, 7 + p.compact() + p.drift());
    }

    /**
     * What a reading's words say of where a date lies, synonyms folded ("till" is "until", "during" and "on" are
     * "in": "on Monday" / "in March" both place the event at that time).
     */
    private static Set<String> placed(ReadingGroup g) {
        Set<String> out = new HashSet<>();
        for (String k : g.keys()) {
            if (!k.equals("the") && !k.equals("of")) {
                out.add(SAME_PLACING.getOrDefault(k, k));
            }
        }
        return out;
    }

    /**
     * Readings of a word or two that qualify the same kind of source right after them ("Pakistani" / "Local"
     * media): the statement is credited to another source. Not when a reading counts ("three officials"), is quoted
     * or changes the meaning: other rules say those.
     */
    private Judgement sourceQualifierChanged(PairFacts p) {
        String source = wordAfter(p, SOURCE_KINDS::contains);
        if (source == null || p.diff().maxWords > 2 || p.quoted() || !p.diff().numbers.isEmpty()
                || p.groups().stream().anyMatch(g -> !Numbers.values(g.keys()).isEmpty())
                || Meaning.change(p.groups().get(0).key(), p.groups().get(1).key()) != null) {
            return null;
        }
        return new Judgement(Kind.ATTRIBUTION, Severity.MEDIUM, "the source is described differently: "
                + p.groups().get(0).text() + " / " + p.groups().get(1).text() + " " + source, 5 + p.compact() / 2);
    }

    /**
     * The word that follows each of a pair's two readings in its copy, when it is of the given kind after both and
     * neither reading is empty; else null.
     */
    private String wordAfter(PairFacts p, Predicate<String> kind) {
        if (p.anyEmpty()) {
            return null;
        }
        String next = null;
        for (ReadingGroup g : p.groups()) {
            CopySpan s = g.spans().get(0);
            Document d = ctx.docs().get(s.copy());
            if (s.to() >= d.size() || !kind.test(d.word(s.to()).key())) {
                return null;
            }
            next = d.word(s.to()).text();
        }
        return next;
    }

    /** Readings of which only one states a number: a rewording. */
    private Judgement numberInOneReadingOnly(PairFacts p) {
        if (!p.diff().numbers.contains("(none)")) {
            return null;
        }
        return new Judgement(Kind.WORDING, Severity.MEDIUM, "reworded; only one reading states a number"
                + p.diff().facts(), 4.5 + p.compact() + p.drift());
    }

    /** Readings that state different numbers. */
    private Judgement numberChanged(PairFacts p) {
        if (p.diff().numbers.isEmpty()) {
            return null;
        }
        return new Judgement(Kind.NUMBER, Severity.HIGH, "number differs: " + String.join(" vs ", p.diff().numbers),
                8 + p.compact() + p.drift());
    }

    /**
     * The kind of meaning change between two readings given as word keys (a negation in one only, a change of
     * certainty, stance or quantifier), named without the readings, or null when none can be named.
     */
    public static String meaningChange(String a, String b) {
        return Meaning.kind(a, b);
    }

    /** What {@link #meaningChange} names a negation present in one reading only. */
    public static final String NEGATION = Meaning.NEGATION;

    /** Wording that changes the meaning (a negation, an opposite; see {@link Meaning#change}). */
    private Judgement meaningChanged(PairFacts p) {
        String meaning = Meaning.change(p.groups().get(0).key(), p.groups().get(1).key());
        if (meaning == null || meaning.startsWith(Meaning.NEGATION) && sameNegations(p.groups())) {
            return null; // "named no country or offered" / "did not name a country and did not offer"
        }
        return new Judgement(Kind.WORDING, Severity.HIGH, meaning, 6.5 + p.compact() + p.drift());
    }

    /**
     * True when the sentences the readings stand in each hold a negation: it moved or doubled within the sentence (a
     * rewording or a translation: "did not name any country or offer" / "did not name a country and did not offer"),
     * it was not added or dropped.
     */
    private boolean sameNegations(List<ReadingGroup> groups) {
        for (ReadingGroup g : groups) {
            if (g.isEmpty()) {
                return false;
            }
            CopySpan s = g.spans().get(0);
            Document d = ctx.docs().get(s.copy());
            int sentence = d.sentenceOf(s.from());
            int n = 0;
            for (int w = d.sentenceStart(sentence); w < d.sentenceEnd(sentence); w++) {
                n += Lexicon.isNegation(d.word(w).key()) ? 1 : 0;
            }
            if (n == 0) {
                return false;
            }
        }
        return true;
    }

    /** Readings that differ only in function words ("the", "of"). */
    private Judgement onlyFunctionWords(PairFacts p) {
        if (!p.diff().onlyFunctionWords) {
            return null;
        }
        return new Judgement(Kind.WORDING, Severity.LOW, "differs only in function words", 1.5);
    }

    /** A few words some copies add or drop; a word or two ranks below the passages some copies lack. */
    private Judgement wordsAddedOrDropped(PairFacts p) {
        if (!p.anyEmpty()) {
            return null;
        }
        double compact = p.compact();
        double drift = p.drift();
        double score = p.diff().maxWords > SMALL_PHRASE ? 3.5 + (compact + drift) / 2 : 2.5 + compact / 2 + drift;
        return new Judgement(p.addedOrDropped(), Severity.MEDIUM, p.addedOrDroppedWhy(), score);
    }

    /** What no rule recognises: a plain rewording, however short, ranks below anything that changes content. */
    private Judgement plainWording(PairFacts p) {
        return new Judgement(Kind.WORDING, Severity.MEDIUM, "wording differs", 2 + p.drift() / 2);
    }

    /** True when all copies but one agree: the classic drift of a single republished copy. */
    private static boolean outlier(List<ReadingGroup> groups) {
        return groups.size() == 2 && groups.get(0).count() >= 2 && groups.get(1).count() == 1;
    }

    private Judgement passage(List<ReadingGroup> groups) {
        boolean majorityEmpty = groups.get(0).isEmpty();
        int words = groups.stream().filter(g -> !g.isEmpty()).mapToInt(g -> words(g.spans().get(0))).max().orElse(0);
        // whole passages rank with the passages found by content, above phrases added or dropped; a line of a few
        // words alone (a subhead, a label) ranks with the small phrases
        double score = words < PASSAGE_WORDS ? 2.5 : Math.min(1.0, words / 60.0) + (majorityEmpty ? 4.5 : 4.8);
        int told = groups.stream().filter(g -> !g.isEmpty()).mapToInt(ReadingGroup::count).sum();
        int lacking = groups.stream().filter(ReadingGroup::isEmpty).mapToInt(ReadingGroup::count).sum();
        if (majorityEmpty) {
            return new Judgement(Kind.ADDITION, Severity.MEDIUM, "passage of " + words + " words that only "
                    + (told == 1 ? "one copy carries" : told + " copies carry"), score);
        }
        return new Judgement(Kind.OMISSION, Severity.MEDIUM, "passage of " + words + " words that "
                + (lacking == 1 ? "one copy leaves out" : lacking + " copies leave out"), score);
    }

    private static int words(CopySpan s) {
        return s.to() - s.from();
    }

    /** 0..2: short readings are sharper findings than long rewordings. */
    private static double compactness(List<ReadingGroup> groups) {
        int max = 0;
        for (ReadingGroup g : groups) {
            max = Math.max(max, words(g.spans().get(0)));
        }
        return max <= 2 ? 2 : max <= 4 ? 1.5 : max <= 8 ? 1 : max <= 16 ? 0.5 : 0;
    }

    private Furniture.Role furnitureRole(Variant v) {
        Furniture.Role found = null;
        for (CopySpan s : v.spans()) {
            if (s.isEmpty()) {
                continue;
            }
            Furniture.Role r = ctx.role(s.copy(), s.from());
            Furniture.Role last = ctx.role(s.copy(), s.to() - 1);
            if (r == Furniture.Role.NONE || last == Furniture.Role.NONE) {
                return Furniture.Role.NONE;
            }
            found = r;
        }
        return found == null ? Furniture.Role.NONE : found;
    }

    /** True when every non-empty reading lies inside its copy's dateline. */
    private boolean inDatelines(Variant v) {
        return v.allTold(s -> ctx.datelineRole(s.copy(), s.charStart()) != null
                && ctx.datelineRole(s.copy(), s.charEnd() - 1) != null);
    }

    private boolean quoted(List<ReadingGroup> groups) {
        for (CopySpan s : groups.stream().flatMap(g -> g.spans().stream()).toList()) {
            Document d = ctx.docs().get(s.copy());
            for (int i = s.from(); i < s.to(); i++) {
                if (d.quoted(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when all readings share one canonical form (dates, units, spelling); see {@link StyleForms}. */
    private static boolean sameInStyle(List<ReadingGroup> groups, boolean mIsMillion) {
        Set<String> canonical = new HashSet<>();
        for (ReadingGroup g : groups) {
            if (g.isEmpty()) {
                return false;
            }
            canonical.add(StyleForms.canonical(List.of(g.key().split(" ")), mIsMillion));
        }
        if (canonical.size() == 2 && groups.size() == 2) {
            // "PM to 3" / "prime minister to three": an acronym spelled out, a number in words
            List<String> a = StyleForms.spelledOut(groups.get(0).text(), groups.get(1).text());
            List<String> b = StyleForms.spelledOut(groups.get(1).text(), groups.get(0).text());
            return StyleForms.canonical(a, mIsMillion).equals(StyleForms.canonical(b, mIsMillion));
        }
        return canonical.size() == 1;
    }

    static boolean sameNumbers(List<ReadingGroup> groups) {
        Set<List<String>> values = new HashSet<>();
        for (ReadingGroup g : groups) {
            values.add(Numbers.values(List.of(g.key().isEmpty() ? new String[0] : g.key().split(" "))));
        }
        return values.size() == 1;
    }

    /** True when every reading's words outside its numbers are the same. */
    private static boolean onlyNumbersDiffer(List<ReadingGroup> groups) {
        Set<String> rest = new HashSet<>();
        for (ReadingGroup g : groups) {
            StringBuilder b = new StringBuilder();
            for (String k : g.key().split(" ")) {
                if (!Numbers.isNumeric(k) && !k.equals("and") && !k.equals("of")) {
                    b.append(k).append(' ');
                }
            }
            rest.add(b.toString());
        }
        return rest.size() == 1 && groups.stream().anyMatch(g -> !g.key().isEmpty());
    }

    /** True when every reading lies in its copy's headline. */
    private boolean headlines(List<ReadingGroup> groups) {
        for (ReadingGroup g : groups) {
            for (CopySpan s : g.spans()) {
                if (s.isEmpty() ? !ctx.inHeadline(s.copy(), Math.max(0, s.from() - 1))
                        : !ctx.inHeadline(s.copy(), s.from()) || !ctx.inHeadline(s.copy(), s.to() - 1)) {
                    return false;
                }
            }
        }
        return true;
    }
}
