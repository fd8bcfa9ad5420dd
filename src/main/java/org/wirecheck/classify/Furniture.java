package org.wirecheck.classify;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises site furniture and syndication boilerplate inside an article's text: navigation and sharing links,
 * comment prompts, live-coverage prompts, update stamps, reading-time badges, photo credits, feed disclaimers,
 * reporting credits and bylines.
 */
public final class Furniture {

    /** What a passage of furniture is. */
    public enum Role { NONE, FURNITURE, CREDIT }

    private static final Pattern WHOLE_LINE = Pattern.compile(
            "(related|more|other|latest|top|recommended|trending|popular|similar)"
            + "( articles?| stories| posts| news| reads?| videos?| coverage| links?)?(\\s*:.{0,120})?"
            + "|(read|see) (also|more|next)(\\s*:.{0,120})?|also read(\\s*:.{0,120})?|more (from|on) .{1,40}"
            + "|you (may|might) also like"
            + "|share( this)?( article| story| post)?(\\s*:.{0,80})?"
            + "|advertisement|sponsored( content)?|leave a (reply|comment)"
            + "|(\\d+ )?comments?|back to top( button)?|sign up( now| here| for .{0,40})?"
            + "|subscribe( now| today| here| to .{0,50})?|follow us( on .{0,60})?"
            + "|click here( to .{0,50})?|tags?:.{0,80}|filed under:?.{0,80}|(sign up for|get) our newsletter.{0,40}"
            + "|skip to( main)? content"
            + "|print|e-?mail|whatsapp|facebook|twitter|telegram|linkedin|copy link|listen to (this )?article"
            + "|(\\d+ )?min(ute)?s? read|photo gallery|watch:.{0,80}|video:.{0,80}"
            + "|(follow|get) (all )?(the )?(latest |live )?(action|coverage|updates|reaction|score)( live)?( \\S+){0,4}"
            + "|live (updates?|coverage|blog)( \\S+){0,3}|(scroll|refresh)( down)? (for|to)( \\S+){1,5}"
            + "|read (the )?(full|whole|complete) (article|story)( here| on .{0,40})?",
            Pattern.CASE_INSENSITIVE);

    /** An update stamp names a time or a year: "Updated 15:35 IST, January 30th 2023", "Published 2 May 2024". */
    private static final Pattern STAMP = Pattern.compile(
            "(published|updated|posted|last updated|first published|modified)( on| at)?\\s*:?\\s*"
            + "(?=.{0,60}(\\b\\d{1,2}[:.]\\d{2}\\b|\\b(19|20)\\d{2}\\b|\\b\\d+ (minutes?|hours?|days?) ago\\b))"
            + "[^!?]{0,80}",
            Pattern.CASE_INSENSITIVE);

    /** A line that is only a publication date and time: "Saturday 05 November 2022 17:13 GMT". */
    private static final String MONTH = Dateline.MONTH_NAME;
    private static final Pattern DATE_LINE = Pattern.compile(
            "((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(\\d{1,2}(st|nd|rd|th)?\\s+" + MONTH + "|" + MONTH
            + "\\s+\\d{1,2}(st|nd|rd|th)?),?\\s+\\d{4}(,?\\s+(at\\s+)?\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?"
            + "(\\s+[a-z]{2,5})?)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ANYWHERE = Pattern.compile(
            "your email address will not be published|required fields are marked|all rights reserved"
            + "|\\u00A9|copyright \\d{4}|may have (been )?(edited|changed|modified)|auto-?generated"
            + "|created automatically|syndicated feed|published from a (syndicated|wire) feed"
            + "|our (standards|criteria)\\s*:|this (article|story) (was|has been) (updated|corrected)"
            + "|^\\(?(photo|image|picture|file photo|illustration)( credit)?\\s*[:/]",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CREDIT = Pattern.compile(
            "^(\\(?\\s*)?(reported|reporting|writing|written|editing|edited|additional reporting|compiled|produced)"
            + " by\\b.{0,200}",
            Pattern.CASE_INSENSITIVE);

    /**
     * A byline or source line alone on its line: "By Jane Doe", "Sports Staff", "Web Desk", "Agencies", "Staff
     * Reporter", "[Source: Reuters]".
     */
    private static final Pattern BYLINE = Pattern.compile(
            "[Bb]y( [A-Z][\\p{L}.'-]*){1,4}( and( [A-Z][\\p{L}.'-]*){1,3})?"
            + "|([A-Z][\\p{L}]* )?(?i:staff|desk|bureau|news desk|web desk|agencies|correspondents?|reporters?)"
            + "(?i:( writer| reporter| report)?)|(?i:staff (writer|reporter|correspondent))"
            + "|\\[?(?i:source|sources|credit)\\s*:\\s*[A-Z][\\p{L}.'&, -]{1,40}\\]?");

    private static final Pattern LEADING = Pattern.compile("^[-\\u2022*\\u2013\\u2014\\s]+");
    private static final Pattern TRAILING = Pattern.compile("[.:!\\s]+$");
    private static final Pattern BULLET = Pattern.compile("^[-\\u2022*]\\s.*");

    private Furniture() {
    }

    /** The role of a passage (one sentence or line of a copy). */
    /** Between the parts of a page's publication line: "Health Desk | 3 May 2025", "Site – Health – 3 May 2025". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*|\\s+[\\u2013\\u2014\\u2022\\u00B7]\\s+");
    private static final int PART_WORDS = 6;
    private static final int LINE_WORDS = 16;

    /**
     * A line of short parts between separators, one of them a date or an update stamp: where and when the page was
     * published ("May 3, 2025 | World News | AFP", "Published on 03/05/2025 at 10h40 – translated from the French").
     */
    private static boolean publicationLine(String bare, int words) {
        String[] parts = SEPARATOR.split(bare);
        if (parts.length < 2 || words > LINE_WORDS) {
            return false;
        }
        boolean dated = false;
        for (String part : parts) {
            String p = part.strip();
            if (p.split("\\s+").length > PART_WORDS) {
                return false;
            }
            dated |= DATE_LINE.matcher(p).matches() || STAMP.matcher(p).matches();
        }
        return dated;
    }

    public static Role of(String passage) {
        String s = passage.strip();
        String bare = TRAILING.matcher(LEADING.matcher(s).replaceAll("")).replaceAll("");
        if (bare.isEmpty()) {
            return Role.NONE;
        }
        if (WHOLE_LINE.matcher(bare).matches() || ANYWHERE.matcher(s).find()) {
            return Role.FURNITURE;
        }
        int words = bare.split("\\s+").length;
        if ((STAMP.matcher(bare).matches() || DATE_LINE.matcher(bare).matches()) && words <= 12) {
            return Role.FURNITURE;
        }
        if (publicationLine(bare, words)) {
            return Role.FURNITURE;
        }
        // a short bullet line ("- World News") is navigation
        if (BULLET.matcher(s).matches() && words <= 4 && !bare.toLowerCase(Locale.ROOT).matches(".*[.!?]$")) {
            return Role.FURNITURE;
        }
        if (CREDIT.matcher(bare).matches() || words <= 8 && BYLINE.matcher(bare).matches()) {
            return Role.CREDIT;
        }
        return Role.NONE;
    }
}
