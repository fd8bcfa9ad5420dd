package org.wirecheck.classify;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirecheck.text.Lexicon;
import org.wirecheck.text.TextRange;

/**
 * Finds the dateline at the head of a wire story's body: "SEOUL, Jan 30 (Reuters) -", "Seoul, Jan 30 (EFE).-",
 * "JAKARTA -", "WASHINGTON (AP) —". Returns the ranges of its place, date and agency parts.
 */
public final class Dateline {

    /** Character ranges of one dateline's parts (null when the part is not there). */
    public record Parts(TextRange whole, TextRange place, TextRange date, TextRange agency) {

        public String roleOf(int charIndex) {
            if (agency != null && agency.contains(charIndex)) {
                return "agency";
            }
            if (date != null && date.contains(charIndex)) {
                return "date";
            }
            if (place != null && place.contains(charIndex)) {
                return "place";
            }
            return whole.contains(charIndex) ? "dateline" : null;
        }
    }

    /** A month's name or abbreviation, in any case ("Nov", "november", "Sept."). */
    static final String MONTH_NAME = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** A region or country after the place ("CIMARRON, Kan.", "MANCHESTER, England"), never the date. */
    private static final String REGION = "(?:,\\s*(?!" + MONTH_NAME + "\\s+\\d)"
            + "[A-Z][\\p{L}.'\\-]*(?:[ ][A-Z][\\p{L}.'\\-]*)?)?";
    private static final String PLACE = "([A-Z][\\p{L}.'\\-]*(?:[ ][A-Z][\\p{L}.'\\-]*){0,3}" + REGION + ")";
    private static final String CAPS_PLACE = "([A-Z][A-Z.'\\-]+(?:[ ][A-Z][A-Z.'\\-]+){0,3}" + REGION + ")";
    /** A date in words, month or day first: "Jan 30", "November 5th, 2022", "30 January 2023". */
    private static final String DATE_WORDS = "(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)"
            + "|(?:\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{4})?)";
    private static final String DATE = "(?:,\\s*(" + DATE_WORDS + "|(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)))?";
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "\\A\\s*" + PLACE + DATE + "\\s*\\(([^()\\n]{2,40})\\)\\s*\\.?\\s*[-\\u2013\\u2014:]+");
    /** "July 23 (Reuters) -": a dateline without a place, the date and the agency only. */
    private static final Pattern DATE_AGENCY = Pattern.compile(
            "\\A\\s*(" + DATE_WORDS + ")\\s*\\(([^()\\n]{2,40})\\)\\s*\\.?\\s*[-\\u2013\\u2014:]+");
    private static final Pattern CAPS_ONLY = Pattern.compile(
            "\\A\\s*" + CAPS_PLACE + DATE + "\\s*[-\\u2013\\u2014]+\\s");
    /** "Islamabad, August 05 :", "Bengaluru, November 5:", "Cimarron: A passenger train..." */
    private static final Pattern WITH_COLON = Pattern.compile(
            "\\A\\s*" + PLACE + DATE + "\\s*:\\s*(?=[A-Z\"\u201C])");
    /** A dateline starts a paragraph of story, not a short label ("Key Points: ..."). */
    private static final int STORY_PARAGRAPH = 80;

    private Dateline() {
    }

    /** The dateline at the start of {@code paragraph}, whose first character is at {@code offset} of the copy. */
    public static Parts find(String paragraph, int offset) {
        Matcher m = WITH_AGENCY.matcher(paragraph);
        if (m.find()) {
            return new Parts(range(m, 0, offset), range(m, 1, offset), range(m, 2, offset), range(m, 3, offset));
        }
        m = DATE_AGENCY.matcher(paragraph);
        if (m.find() && Lexicon.MONTHS.containsKey(m.group(1).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT))) {
            return new Parts(range(m, 0, offset), null, range(m, 1, offset), range(m, 2, offset));
        }
        m = CAPS_ONLY.matcher(paragraph);
        if (m.find()) {
            return new Parts(range(m, 0, offset), range(m, 1, offset), range(m, 2, offset), null);
        }
        m = WITH_COLON.matcher(paragraph);
        if (paragraph.length() >= STORY_PARAGRAPH && m.find() && m.group(1).split(" ").length <= 3) {
            return new Parts(range(m, 0, offset), range(m, 1, offset), range(m, 2, offset), null);
        }
        return null;
    }

    private static TextRange range(Matcher m, int group, int offset) {
        return m.group(group) == null ? null : new TextRange(offset + m.start(group), offset + m.end(group));
    }
}
