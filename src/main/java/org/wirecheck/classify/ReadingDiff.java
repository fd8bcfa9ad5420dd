package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * The words of each reading that the other copies do not have around the same place, sorted into what they
 * are. A word counts as changed only when some other copy's sentence there lacks it: a name moved within a
 * sentence is not a different name.
 */
final class ReadingDiff {

    private final StoryContext ctx;
    final Set<String> numbers = new LinkedHashSet<>();
    final Set<String> dates = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> surface = new LinkedHashSet<>();
    boolean source;
    boolean onlyFunctionWords = true;
    /** How many readings hold a date word, and a title, anywhere in them. */
    int readingsWithDates;
    int readingsWithTitles;
    /** How many readings hold a proper noun anywhere in them. */
    int readingsWithNames;
    /** The index of the last reading that holds a proper noun, -1 when none does. */
    int namedReading = -1;
    /** That reading's own proper nouns (empty when none does). */
    Set<String> namedReadingNames = Set.of();
    /** True when a title stands right before a changed name: the title has another bearer ("President Putin"). */
    boolean titleWithChangedName;
    /** True when the readings name one bearer: a proper noun in each, or a title's name running on past one. */
    private boolean sharesName;
    /** Per reading, the words right after its title words. */
    private final List<Set<String>> bearers = new ArrayList<>();
    /** True when a reading gives a calendar date ("February 24"). */
    boolean fullDate;
    /** True when every differing content word is a proper noun ("Sweden" dropped from a list of countries). */
    boolean onlyNames = true;
    int maxWords;
    private final List<Integer> differingOf = new ArrayList<>();
    /** Name keys written with a full stop after them ("Kan."): possibly an abbreviation. */
    private final Set<String> abbreviations = new LinkedHashSet<>();
    /** The names of each reading, with a word of context on each side. */
    private final ReadingNames readingNames;

    ReadingDiff(StoryContext ctx, List<ReadingGroup> groups, List<Document> docs) {
        this.ctx = ctx;
        this.readingNames = new ReadingNames(ctx);
        List<Set<String>> contexts = new ArrayList<>();
        List<Set<String>> readingKeys = new ArrayList<>();
        for (ReadingGroup g : groups) {
            contexts.add(sentenceKeys(docs, g.spans().get(0)));
            Set<String> keys = new HashSet<>();
            for (String k : g.key().split(" ")) {
                keys.add(sameDate(k));
            }
            readingKeys.add(keys);
        }
        boolean numbersDiffer = !Classifier.sameNumbers(groups);
        List<Set<String>> namesOf = new ArrayList<>();
        differingOf.clear();
        List<Set<String>> surfaceOf = new ArrayList<>();
        for (int r = 0; r < groups.size(); r++) {
            namesOf.add(new LinkedHashSet<>());
            surfaceOf.add(new LinkedHashSet<>());
            CopySpan s = groups.get(r).spans().get(0);
            Document d = docs.get(s.copy());
            List<String> numericKeys = new ArrayList<>();
            int differing = 0;
            boolean hasDate = false;
            boolean hasTitle = false;
            readingNames.add(d, s);
            bearers.add(new HashSet<>());
            for (int i = s.from(); i < s.to(); i++) {
                if (ctx.inStoryCredit(s.copy(), i)) {
                    continue; // the story's credit (", CNN reports.") is compared as such, not as a statement's
                }
                String k = d.word(i).key();
                // a dateline's date is compared with the other datelines (compare.Datelines), not with whatever
                // another copy has in its place
                boolean inDateline = ctx.inDateline(s.copy(), i);
                hasDate |= Lexicon.isDateWord(k) && !inDateline;
                boolean title = Lexicon.TITLES.contains(k) && !ReadingNames.endsAName(d, i);
                hasTitle |= title;
                if (title && i + 1 < s.to()) {
                    int end = i + 1;
                    while (end < d.size() && ctx.properNoun(d, end)) {
                        end++;
                    }
                    // "President Putin": the name the title goes with; one that runs on past the reading
                    // ("minister Paolo | Renn") goes on in words the readings share: the same bearer
                    sharesName |= end > s.to();
                    bearers.get(r).add(d.word(i + 1).key());
                }
                fullDate |= !inDateline && Lexicon.MONTHS.containsKey(k) && i + 1 < s.to()
                        && Numbers.isNumeric(d.word(i + 1).key()) && d.word(i + 1).key().length() <= 2;
                if (inAllOthers(readingKeys, r, sameDate(k))) {
                    sharesName |= ctx.properNoun(d, i) && !title; // "minister Paolo Renn" / "secretary Renn"
                    continue;
                }
                differing++;
                onlyFunctionWords &= Lexicon.isStopword(k);
                if (Lexicon.SOURCE_WORDS.contains(k)) {
                    source = true;
                }
                if (!missingFromSomeOther(contexts, r, sameDate(k))) {
                    continue;
                }
                int month = monthBeside(d, i);
                if (month >= 0 && !inDateline) {
                    dates.add(d.slice(Math.min(i, month), Math.max(i, month) + 1)); // "April 9" / "16 April": a day
                } else if (Numbers.isNumeric(k) && numbersDiffer && !inDateline) {
                    numericKeys.add(k);
                }
                if (Lexicon.isDateWord(k) && !inDateline) {
                    dates.add(d.word(i).text());
                }
                if (title) {
                    titles.add(d.word(i).text());
                }
                boolean name = ctx.properNoun(d, i) && !title && !Lexicon.isDateWord(k)
                        && k.length() > 1 && !Acronyms.spellsOutPreceding(d, i);
                onlyNames &= name || Lexicon.isStopword(k);
                if (name) {
                    int end = d.word(i).end();
                    if (d.word(i).text().endsWith(".") || end < d.text().length() && d.text().charAt(end) == '.') {
                        abbreviations.add(k);
                    }
                    namesOf.get(r).add(k);
                    surfaceOf.get(r).add(d.word(i).text());
                }
            }
            readingsWithDates += hasDate ? 1 : 0;
            readingsWithTitles += hasTitle ? 1 : 0;
            maxWords = Math.max(maxWords, differing);
            differingOf.add(differing);
            if (!numericKeys.isEmpty()) {
                numbers.add(String.join(" ", Numbers.values(numericKeys)));
            }
        }
        if (numbers.size() == 1 && groups.size() > 1) {
            numbers.add("(none)");
        }
        // "February" is said by "February 24"
        dates.removeIf(w -> !w.contains(" ") && dates.stream().anyMatch(o -> o.contains(" ")
                && List.of(o.split(" ")).contains(w)));
        readingsWithNames = readingNames.named();
        namedReading = readingNames.lastNamed();
        namedReadingNames = namedReading < 0 ? Set.of() : readingNames.namesOf(namedReading);
        keepChangedNames(groups, namesOf, surfaceOf);
        for (Set<String> b : bearers) {
            titleWithChangedName |= !sharesName && b.stream().anyMatch(names::contains);
        }
    }

    /**
     * A name counts as changed when the other reading puts another name in its place, or when the other copy
     * never mentions it at all. A name swapped for a pronoun ("Stoltenberg" / "He") or moved is not a change.
     */
    private void keepChangedNames(List<ReadingGroup> groups, List<Set<String>> namesOf,
                                  List<Set<String>> surfaceOf) {
        dropAbbreviations(namesOf);
        boolean substitution = groups.size() == 2 && !namesOf.get(0).isEmpty() && !namesOf.get(1).isEmpty();
        for (int r = 0; r < groups.size(); r++) {
            for (String k : namesOf.get(r)) {
                boolean unknownElsewhere = false;
                for (int o = 0; o < groups.size(); o++) {
                    if (o != r && !ctx.mentions(groups.get(o).spans().get(0).copy(), k)) {
                        unknownElsewhere = true;
                    }
                }
                // a name only one copy mentions counts when it is the change itself, not part of a rewrite
                boolean shortChange = differingOf.get(r) <= Classifier.MAX_NAME_CHANGE;
                if ((substitution || unknownElsewhere && shortChange) && !readingNames.qualifies(r, k)) {
                    names.add(k);
                }
            }
            if (substitution || !names.isEmpty()) {
                for (String t : surfaceOf.get(r)) {
                    if (names.contains(org.wirecheck.text.Keys.of(t))) {
                        surface.add(t);
                    }
                }
            }
        }
    }

    /**
     * Drops a name written in one reading as an abbreviation with a full stop ("Kan.", "Calif.", "Gov.") of a name
     * in another reading ("Kansas"): the same name in another style.
     */
    private void dropAbbreviations(List<Set<String>> namesOf) {
        Set<String> abbreviated = new LinkedHashSet<>();
        for (int r = 0; r < namesOf.size(); r++) {
            for (String k : namesOf.get(r)) {
                if (!abbreviations.contains(k) || k.length() < MIN_ABBREVIATION) {
                    continue;
                }
                for (int o = 0; o < namesOf.size(); o++) {
                    for (String full : namesOf.get(o)) {
                        if (o != r && full.length() > k.length() + 1 && full.startsWith(k)) {
                            abbreviated.add(k);
                            abbreviated.add(full);
                        }
                    }
                }
            }
        }
        namesOf.forEach(n -> n.removeAll(abbreviated));
    }

    private static final int MIN_ABBREVIATION = 3;

    /** Names, numbers and dates a long rewording changes, for its reason line. */
    String facts() {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(surface);
        all.addAll(dates);
        numbers.stream().filter(n -> !n.equals("(none)")).forEach(all::add);
        return all.isEmpty() ? "" : "; involves " + String.join(", ", all);
    }

    /** A month's key as its number ("aug" and "august" are one month), any other key as it is. */
    private static String sameDate(String k) {
        Integer month = Lexicon.MONTHS.get(k);
        return month == null ? k : "month" + month;
    }

    /**
     * The month word right before or after word i of d when word i is a day of the month (a number from 1 to 31 in
     * the same sentence: "April 9", "16 April"), else -1.
     */
    private static int monthBeside(Document d, int i) {
        String k = d.word(i).key();
        if (k.isEmpty() || k.length() > 2 || !Character.isDigit(k.charAt(0))
                || !Character.isDigit(k.charAt(k.length() - 1))) {
            return -1;
        }
        int day = Integer.parseInt(k);
        if (day < 1 || day > 31) {
            return -1;
        }
        for (int m : new int[] {i - 1, i + 1}) {
            if (m >= 0 && m < d.size() && d.sentenceOf(m) == d.sentenceOf(i)
                    && Lexicon.MONTHS.containsKey(d.word(m).key())) {
                return m;
            }
        }
        return -1;
    }

    private static boolean inAllOthers(List<Set<String>> readingKeys, int r, String k) {
        for (int o = 0; o < readingKeys.size(); o++) {
            if (o != r && !readingKeys.get(o).contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean missingFromSomeOther(List<Set<String>> contexts, int r, String k) {
        for (int o = 0; o < contexts.size(); o++) {
            if (o != r && !contexts.get(o).contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last word starting before {@code charIndex} (0 when none). */
    private static int wordAt(Document d, int charIndex) {
        int lo = 0;
        int hi = d.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (d.word(mid).start() < charIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Keys of the sentence(s) a reading stands in (for an empty reading: the sentence at its point). */
    private static Set<String> sentenceKeys(List<Document> docs, CopySpan s) {
        Document d = docs.get(s.copy());
        Set<String> keys = new HashSet<>();
        if (d.size() == 0) {
            return keys;
        }
        int first = s.isEmpty() ? wordAt(d, s.charStart()) : Math.min(s.from(), d.size() - 1);
        int last = Math.max(first, Math.min(s.to(), d.size()) - 1);
        int fromSentence = Math.max(0, d.sentenceOf(first) - 1);
        int toSentence = Math.min(d.sentenceCount() - 1, d.sentenceOf(last) + 1);
        for (int i = d.sentenceStart(fromSentence); i < d.sentenceEnd(toSentence); i++) {
            keys.add(sameDate(d.word(i).key()));
        }
        return keys;
    }
}
