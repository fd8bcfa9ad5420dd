package org.wirecheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.wirecheck.classify.Numbers;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.Stems;

/**
 * Finds the numbers a copy states ("at least 32 people", "131 passengers", "a 28th-minute penalty", "$964,000",
 * "four of them" as a part of the whole counted before it: {@link Partitives}), leaving out the parts of dates and
 * times, which are facts of their own; and the days of the week it names ("on Saturday", {@link #DAY}).
 */
public final class NumberMentions {

    /** Number words too ambiguous to be read as counts ("no one", "the first time", "a second look"). */
    private static final Set<String> AMBIGUOUS = Set.of("one", "first", "second", "half", "double", "twice",
            "triple", "third", "zero");
    /** An amount written after a currency code: "R11", "Rs500", "Rp2" (the decimals follow as the next word). */
    private static final Pattern CURRENCY_CODE = Pattern.compile("[a-z]{1,2}\\d[\\d.]*");
    private static final Set<String> RANGE = Set.of("or", "to");
    private static final int NEAR = 4;
    private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "bn", "mn", "mln");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d{1,3}(\\d{3})*");
    /** A space, no-break space or thin space between digit groups. */
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2009\\u202F]");

    private NumberMentions() {
    }

    /**
     * The number mentions of one copy.
     *
     * @param skipSentence sentences to leave out (site furniture, the dateline)
     */
    public static List<NumberMention> of(int copy, Document d, IntPredicate skipSentence) {
        List<NumberMention> out = new ArrayList<>();
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (skipSentence.test(d.sentenceOf(i))) {
                i++;
                continue;
            }
            int none = MentionForms.noneAt(d, i);
            String day = MentionForms.day(d.word(i).key());
            if (none > i || day != null) {
                int end = none > i ? none : i + 1;
                NumberMention m = mention(copy, d, i, end, none > i ? "0" : DAY + day);
                if (m != null && (day != null || !m.counts().isEmpty())) {
                    out.add(m); // "no one was injured": none hurt, against another version's "four people were hurt"
                }
                i = end;
                continue;
            }
            boolean partWord = Partitives.partWord(d, i);
            if (!isNumber(d.word(i).key()) && !partWord || MentionForms.slug(d, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (!partWord && j < n && d.sentenceOf(j) == d.sentenceOf(i)) {
                if (isNumber(d.word(j).key()) && joined(d, j)) {
                    j++;
                } else if (j + 1 < n && RANGE.contains(d.word(j).key()) && isNumber(d.word(j + 1).key())
                        && d.sentenceOf(j + 1) == d.sentenceOf(i) && rangeOf(d, i, j)) {
                    j += 2; // "four or five", "two to three": one mention
                } else {
                    break;
                }
            }
            NumberMention m = mention(copy, d, i, j, null);
            NumberMention part = m == null ? null : Partitives.of(m, lastCount(out), d);
            if (part != null) {
                out.add(part);
            } else if (m != null && !partWord) {
                out.add(m); // a quantity word ("all of them") is a number only as the part of a whole
            }
            i = j;
        }
        return out;
    }

    /** The last mention found that counts something (a day names no whole that "four of them" is part of). */
    private static NumberMention lastCount(List<NumberMention> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (!found.get(i).isDay()) {
                return found.get(i);
            }
        }
        return null;
    }

    /**
     * The prefix of a day mention's value ("day:saturday"): the day an event happened is a fact the copies pair like a
     * number, by the words around it, and a day changed is a DATE discrepancy.
     */
    public static final String DAY = "day:";

    private static boolean isNumber(String key) {
        if (key.isEmpty()) {
            return false;
        }
        if (Character.isDigit(key.charAt(0)) || CURRENCY_CODE.matcher(key).matches()) {
            return true;
        }
        return Lexicon.NUMBER_WORDS.containsKey(key) && !AMBIGUOUS.contains(key);
    }

    /** True when word j continues the number before it: "thirty-two", "140 million", "10-0". */
    /**
     * True when "to" / "or" at word j joins the number that starts at word i with the next into one range ("four or
     * five", "$140 million to $170 million"); not "rose 3% to $4.8 billion" (another unit after it) nor "$455 million,
     * or 58 cents" (a comma before it).
     */
    private static boolean rangeOf(Document d, int i, int j) {
        String text = d.text();
        if (!text.substring(d.word(j - 1).end(), d.word(j).start()).isBlank()) {
            return false;
        }
        char first = d.word(i).start() > 0 ? text.charAt(d.word(i).start() - 1) : ' ';
        char second = d.word(j + 1).start() > 0 ? text.charAt(d.word(j + 1).start() - 1) : ' ';
        return Lexicon.isCurrencySign(first) == Lexicon.isCurrencySign(second) && !d.word(j - 1).key().endsWith("%")
                && !d.word(j - 1).key().equals("percent") && !d.word(j - 1).key().equals("cent");
    }

    private static boolean joined(Document d, int j) {
        String gap = d.text().substring(d.word(j - 1).end(), d.word(j).start());
        if (gap.equals(".") && CURRENCY_CODE.matcher(d.word(j - 1).key()).matches()) {
            return true; // "R11.7m"
        }
        return gap.length() <= 1 && (gap.isEmpty() || gap.equals(" ") || gap.equals("-") || gap.equals("\u2013"));
    }

    /**
     * The mention of words [from, to), or null for a part of a date; {@code fixed} is the value of words that are no
     * digits ("0" for "no one", {@link #DAY} and the day's name), null to read the number.
     */
    private static NumberMention mention(int copy, Document d, int from, int to, String fixed) {
        if (fixed == null && MentionForms.isDatePart(d, from, to)) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int w = from; w < to; w++) {
            String k = d.word(w).key();
            if (RANGE.contains(k)) {
                continue;
            }
            int cut = digitsEnd(k);
            String suffix = k.substring(cut);
            if (w > from && THREE_DIGITS.matcher(k).matches() && !keys.isEmpty()
                    && DIGIT_GROUPS.matcher(keys.get(keys.size() - 1)).matches()
                    && DIGIT_GROUPS.matcher(d.word(w - 1).key()).matches()
                    && SPACES.matcher(d.text().substring(d.word(w - 1).end(), d.word(w).start())).matches()) {
                keys.set(keys.size() - 1, keys.get(keys.size() - 1) + k); // "1 200": thousands set apart by a space
                continue;
            }
            boolean scale = Numbers.gluedScale(suffix)
                    || suffix.equals("m") && MentionForms.money(d, from, to);
            if (cut > 0 && scale) {
                keys.add(k.substring(0, cut));
                keys.add(suffix.equals("m") ? "mn" : suffix); // "4.4bn", "EUR 350m": the scale, not a unit
            } else if (cut > 0 && !suffix.isEmpty() && !isOrdinal(suffix)) {
                keys.add(k.substring(0, cut));
                units.add(suffix);
            } else {
                keys.add(k);
            }
        }
        if (keys.size() == 3 && SCALES.contains(keys.get(2)) && !SCALES.contains(keys.get(1))
                && Numbers.isNumeric(keys.get(0)) && Numbers.isNumeric(keys.get(1))) {
            keys.add(1, keys.get(2)); // "140 to 170 million": both ends are millions
        }
        String value = fixed != null ? fixed : CURRENCY_CODE.matcher(d.word(from).key()).matches()
                ? d.slice(from, to).toLowerCase(Locale.ROOT).replace(" ", "")
                : String.join("/", Numbers.values(keys));
        if (value.isEmpty()) {
            return null;
        }
        char before = d.word(from).start() > 0 ? d.text().charAt(d.word(from).start() - 1) : ' ';
        String code = from > 0 ? Lexicon.CURRENCY_WORDS.getOrDefault(d.word(from - 1).key(), "") : "";
        if (Lexicon.isCurrencySign(before)) {
            value = before + value;
        } else if (!code.isEmpty() && fixed == null) {
            value = code + value; // "EUR 4.4bn" is "€4.4 billion"
        } else if (to < d.size() && d.sentenceOf(to) == d.sentenceOf(from)
                && Lexicon.CURRENCY_WORDS.containsKey(d.word(to).key())) {
            value = Lexicon.CURRENCY_WORDS.get(d.word(to).key()) + value; // "11.6 billion dollars" is "$11.6 billion"
        }
        int sentence = d.sentenceOf(from);
        List<String> after = new ArrayList<>(units.stream().map(Stems::of).toList());
        List<String> names = new ArrayList<>();
        int w0 = to;
        while (w0 < d.sentenceEnd(sentence) && isName(d, w0)) {
            w0++;
        }
        if (w0 > to && w0 < d.sentenceEnd(sentence) && !Lexicon.isStopword(d.word(w0).key()) && units.isEmpty()) {
            // "18 Premier League goals": a name before the counted word qualifies it
            for (int w = to; w < w0; w++) {
                names.add(d.word(w).key());
            }
        } else {
            w0 = to;
        }
        for (int w = w0; w < d.sentenceEnd(sentence) && after.size() < NEAR; w++) {
            after.add(Stems.of(d.word(w).key()));
            if (isName(d, w)) {
                names.add(d.word(w).key());
            }
        }
        List<String> prior = new ArrayList<>();
        for (int w = from - 1; w >= d.sentenceStart(sentence) && prior.size() < NEAR; w--) {
            prior.add(Stems.of(d.word(w).key()));
        }
        TreeSet<String> context = new TreeSet<>();
        for (int w = d.sentenceStart(sentence); w < d.sentenceEnd(sentence); w++) {
            String k = d.word(w).key();
            if ((w < from || w >= to) && !Lexicon.isStopword(k) && !Numbers.isNumeric(k) && k.length() > 1) {
                context.add(Stems.of(k));
            }
        }
        return new NumberMention(copy, from, to, value, prior, after, names, sentence, List.copyOf(context),
                fixed != null && fixed.startsWith(DAY) ? Counted.NONE : Counted.of(d, from, to));
    }

    /** True when word w is capitalised inside its sentence: a name among the words around a number. */
    static boolean isName(Document d, int w) {
        return Character.isUpperCase(d.word(w).text().charAt(0)) && !d.startsSentence(w);
    }

    private static int digitsEnd(String k) {
        int i = 0;
        while (i < k.length() && (Character.isDigit(k.charAt(i)) || k.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static boolean isOrdinal(String suffix) {
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    }
}
