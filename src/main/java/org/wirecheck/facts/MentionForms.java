package org.wirecheck.facts;

import java.util.Set;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * The words around digits that say what a number mention is, for {@link NumberMentions}: money with its scale glued on
 * ("EUR 350m"), a count of none ("no one was injured"), a wire slug's version ("UPDATE 1-"), a day of the week, and
 * the parts of dates ("14/03", "2025") that are no figures of the story.
 */
final class MentionForms {

    private MentionForms() {
    }

    /** True when the amount at words [from, to) is money: a currency sign or code before it, or a word after it. */
    static boolean money(Document d, int from, int to) {
        int start = d.word(from).start();
        return start > 0 && Lexicon.isCurrencySign(d.text().charAt(start - 1))
                || from > 0 && Lexicon.CURRENCY_WORDS.containsKey(d.word(from - 1).key())
                || to < d.size() && Lexicon.CURRENCY_WORDS.containsKey(d.word(to).key());
    }

    /**
     * One past the words at w that say "none" of people ("no one", "nobody", "no" before a word for the hurt or the
     * dead: "no injuries", "no deaths"), or -1; whether they count casualties is for {@link Counted} to say, and how
     * badly ("no one was seriously hurt") for {@link Casualties}.
     */
    static int noneAt(Document d, int w) {
        String k = d.word(w).key();
        int end = k.equals("nobody") ? w + 1 : -1;
        if (k.equals("no") && w + 1 < d.size() && d.sentenceOf(w + 1) == d.sentenceOf(w)) {
            String next = d.word(w + 1).key();
            end = next.equals("one") || !Counted.of(next).isEmpty() ? w + 2 : -1;
        }
        for (int x = end; x > 0 && x < Math.min(d.size(), end + 3); x++) {
            if (Casualties.SERIOUS.contains(d.word(x).key()) || d.word(x).key().equals("life")) {
                return -1; // "no one was seriously hurt" says how badly, not how many (Casualties)
            }
        }
        return end;
    }

    /** Wire slug words that take a version number: "UPDATE 2-Death toll rises", "WRAPUP 1-". */
    private static final Set<String> SLUGS = Set.of("UPDATE", "WRAPUP", "REFILE", "CORRECTED", "RPT");

    /** True when word i is the version number of a wire slug ("UPDATE 1-"), no figure of the story. */
    static boolean slug(Document d, int i) {
        int end = d.word(i).end();
        return i > 0 && SLUGS.contains(d.word(i - 1).text()) && end < d.text().length()
                && d.text().charAt(end) == '-';
    }

    /** The days of the week, by full name (abbreviations are other words too: "sat", "wed", "sun"). */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The day a word key names ("saturday"), or null. */
    static String day(String key) {
        return WEEKDAYS.contains(key) ? key : null;
    }

    /** Years, days of a month and clock times belong to dates. */
    static boolean isDatePart(Document d, int from, int to) {
        for (int w = from; w < to; w++) {
            String k = d.word(w).key();
            if (k.length() == 4 && k.chars().allMatch(Character::isDigit) && d.word(w).text().length() == 4) {
                // "2,000" is no year
                int year = Integer.parseInt(k);
                if (year >= 1800 && year <= 2100) {
                    return true;
                }
            }
            if (k.contains(":") || dayAndMonth(d, w)) {
                return true;
            }
        }
        boolean monthBefore = from > 0 && Lexicon.MONTHS.containsKey(d.word(from - 1).key())
                && d.sentenceOf(from - 1) == d.sentenceOf(from);
        boolean monthAfter = to < d.size() && Lexicon.MONTHS.containsKey(d.word(to).key())
                && d.sentenceOf(to) == d.sentenceOf(from);
        return monthBefore || monthAfter;
    }

    /** True when word w is the day or the month of a date in figures: "14/03", "03/14". */
    private static boolean dayAndMonth(Document d, int w) {
        String text = d.text();
        int end = d.word(w).end();
        int start = d.word(w).start();
        boolean slashAfter = w + 1 < d.size() && text.startsWith("/", end) && d.word(w + 1).start() == end + 1;
        boolean slashBefore = w > 0 && start > 0 && text.charAt(start - 1) == '/' && d.word(w - 1).end() == start - 1;
        if (!slashAfter && !slashBefore) {
            return false;
        }
        String a = slashAfter ? d.word(w).key() : d.word(w - 1).key();
        String b = slashAfter ? d.word(w + 1).key() : d.word(w).key();
        return small(a, 31) && small(b, 31) && (small(a, 12) || small(b, 12));
    }

    private static boolean small(String k, int max) {
        return k.length() <= 2 && k.chars().allMatch(Character::isDigit) && Integer.parseInt(k) >= 1
                && Integer.parseInt(k) <= max;
    }
}
