package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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

    public Classifier(StoryContext ctx) {
        this.ctx = ctx;
    }

    /** Kinds that name a fact, judged by a variant's sharpest pair of readings. */
    private static final Set<Kind> FACT_KINDS = Set.of(Kind.NAME, Kind.DATE, Kind.TITLE, Kind.PLACE);
    private static final int SCATTERED_WORDS = 4;
    /** A phrase added or dropped of at most this many words ranks below passages unless it holds a number. */
    private static final int SMALL_PHRASE = 3;

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
                groups.stream().anyMatch(ReadingGroup::isEmpty), nearSpelling(diff.names), sameRoot(diff.names));
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
     * @param oneName the differing names are one name in different forms ({@link #sameRoot})
     */
    private record PairFacts(List<ReadingGroup> groups, boolean majorityEmpty, double drift, ReadingDiff diff,
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
    private final List<Function<PairFacts, Judgement>> pairRules = List.of(
            this::longRewording,
            this::factInPhraseAddedOrDropped,
            this::sameInAnotherStyle,
            this::misspelt,
            this::headlinesWorded,
            this::dateChanged,
            this::numberInOneReadingOnly,
            this::numberChanged,
            this::titleChanged,
            this::sourceChanged,
            this::nameInAnotherForm,
            this::nameOrPlaceChanged,
            this::placeOnlySomeName,
            this::quoteFunctionWordChanged,
            this::quoteChanged,
            this::meaningChanged,
            this::onlyFunctionWords,
            this::wordsAddedOrDropped);

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
        if (p.anyEmpty() || p.groups().size() != 2) {
            return null;
        }
        String a = p.groups().get(0).text();
        String b = p.groups().get(1).text();
        if (!a.equals(b) && a.replaceAll("[\\s\\-‐]", "").equals(b.replaceAll("[\\s\\-‐]", ""))) {
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

    /** A changed title or role: both readings hold one or the change is short, and no name changes with it. */
    private Judgement titleChanged(PairFacts p) {
        ReadingDiff diff = p.diff();
        if (diff.titles.isEmpty() || diff.readingsWithTitles != p.groups().size() && diff.maxWords > 2
                || !diff.names.isEmpty() && diff.maxWords > 2) {
            return null;
        }
        return new Judgement(Kind.TITLE, Severity.HIGH, "title or role differs: " + String.join(" / ", diff.titles),
                7.5 + p.compact() + p.drift());
    }

    /** A changed name next to a word of saying or sourcing: the statement is credited to someone else. */
    private Judgement sourceChanged(PairFacts p) {
        if (p.diff().names.isEmpty() || !p.diff().source) {
            return null;
        }
        return new Judgement(Kind.ATTRIBUTION, Severity.HIGH, "source of the statement differs: "
                + String.join(" / ", p.diff().surface), 8 + p.compact() + p.drift());
    }

    /** One name in different forms ("Pakistan's" / "Pakistani") that is no misspelling: low wording. */
    private Judgement nameInAnotherForm(PairFacts p) {
        if (p.diff().names.isEmpty() || !p.oneName() || p.spelledNear()) {
            return null;
        }
        return new Judgement(Kind.WORDING, Severity.LOW, "same name in another form: "
                + String.join(" / ", p.diff().surface), 2);
    }

    /** A changed, misspelt or one-sided name; a place when every such name is place-like. */
    private Judgement nameOrPlaceChanged(PairFacts p) {
        ReadingDiff diff = p.diff();
        if (diff.names.isEmpty()) {
            return null;
        }
        boolean place = diff.names.stream().allMatch(ctx::placeLike);
        if (!p.anyEmpty() && !p.spelledNear() && diff.readingsWithNames == 1 && p.groups().size() == 2) {
            // "the engineer" / "the Southwest Chief": a name one copy gives where the other names nobody is news
            // the other leaves out, not another name
            return new Judgement(place ? Kind.PLACE : diff.namedReading == 0 ? Kind.OMISSION : Kind.ADDITION,
                    Severity.MEDIUM,
                    "name only some copies give: "
                    + String.join(" / ", diff.surface), 3 + p.compact() + p.drift());
        }
        Kind k = place ? Kind.PLACE : Kind.NAME;
        String why = p.spelledNear() ? "proper noun spelled differently: " : p.anyEmpty()
                ? "name present in some copies only: " : place ? "place differs: " : "name differs: ";
        return new Judgement(k, Severity.HIGH, why + String.join(" / ", diff.surface), 8 + p.compact() + p.drift());
    }

    /**
     * A place only one reading names, where the others name nothing ("an Islamabad district court" / "a district
     * court" / "the court"): the copies say less about where, not somewhere else. Medium.
     */
    private Judgement placeOnlySomeName(PairFacts p) {
        ReadingDiff diff = p.diff();
        if (p.anyEmpty() || diff.readingsWithNames != 1 || diff.maxWords > MAX_NAME_CHANGE
                || diff.namedReadingNames.isEmpty() || !diff.namedReadingNames.stream().allMatch(ctx::placeLike)) {
            return null;
        }
        // the same words around the place in another reading ("an Islamabad district" / "a district"): the place
        // is what one reading adds, not part of a rewording ("stated that NATO" / "added that the alliance")
        List<String> rest = new ArrayList<>();
        for (String k : p.groups().get(diff.namedReading).key().split(" ")) {
            if (!diff.namedReadingNames.contains(k) && !Lexicon.isStopword(k)) {
                rest.add(k);
            }
        }
        boolean sameAround = rest.isEmpty(); // the place and function words only: "A Brenholt" / "A" / "The"
        for (int g = 0; g < p.groups().size(); g++) {
            List<String> other = List.of(p.groups().get(g).key().split(" "));
            sameAround |= g != diff.namedReading && other.containsAll(rest);
        }
        if (!sameAround) {
            return null;
        }
        return new Judgement(Kind.PLACE, Severity.MEDIUM, "place only some copies name: "
                + String.join(" / ", p.groups().stream().map(ReadingGroup::text).toList()), 3 + p.compact());
    }

    /** Quoted words that differ in function words only. */
    private Judgement quoteFunctionWordChanged(PairFacts p) {
        if (!p.quoted() || !p.diff().onlyFunctionWords) {
            return null;
        }
        return new Judgement(Kind.QUOTE, Severity.MEDIUM, "quoted words differ in a function word",
                3 + p.compact() + p.drift());
    }

    /** Quoted words that differ. */
    private Judgement quoteChanged(PairFacts p) {
        if (!p.quoted()) {
            return null;
        }
        return new Judgement(Kind.QUOTE, Severity.HIGH, "quoted words differ", 7 + p.compact() + p.drift());
    }

    /**
     * The meaning change between two readings given as word keys (a negation in one only, a change of certainty,
     * stance or quantifier), named, or null when none can be named.
     */
    public static String meaningChange(String a, String b) {
        return Meaning.change(a, b);
    }

    /** Wording that changes the meaning (a negation, an opposite; see {@link Meaning#change}). */
    private Judgement meaningChanged(PairFacts p) {
        String meaning = Meaning.change(p.groups().get(0).key(), p.groups().get(1).key());
        if (meaning == null) {
            return null;
        }
        return new Judgement(Kind.WORDING, Severity.HIGH, meaning, 6.5 + p.compact() + p.drift());
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
        boolean any = false;
        for (CopySpan s : v.spans()) {
            if (s.isEmpty()) {
                continue;
            }
            if (ctx.datelineRole(s.copy(), s.charStart()) == null
                    || ctx.datelineRole(s.copy(), s.charEnd() - 1) == null) {
                return false;
            }
            any = true;
        }
        return any;
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

    private static boolean nearSpelling(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        for (int i = 0; i < l.size(); i++) {
            for (int j = i + 1; j < l.size(); j++) {
                if (Spelling.near(l.get(i), l.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the names are one name in different forms: a possessive, a demonym or a plural of the same root
     * ("Pakistan's" / "Pakistani", "Korea" / "Korean").
     */
    private static boolean sameRoot(Set<String> names) {
        if (names.size() < 2) {
            return false;
        }
        // names are word keys, which already drop a possessive "'s"
        List<String> roots = new ArrayList<>(names);
        String shortest = roots.stream().min(java.util.Comparator.comparingInt(String::length)).orElse("");
        if (shortest.length() < 4) {
            return false;
        }
        for (String r : roots) {
            if (!r.equals(shortest) && !demonymOf(shortest, r)) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> DEMONYM_ENDINGS = List.of("i", "n", "an", "ian", "ese", "ish", "s");

    /** True when {@code longer} is {@code root} with a demonym or plural ending ("Korea"/"Korean"). */
    private static boolean demonymOf(String root, String longer) {
        for (String e : DEMONYM_ENDINGS) {
            if (longer.equals(root + e) || root.endsWith("a") && longer.equals(root.substring(0, root.length() - 1)
                    + e)) {
                return true;
            }
        }
        return false;
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
