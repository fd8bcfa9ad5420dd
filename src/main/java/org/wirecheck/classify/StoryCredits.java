package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirecheck.text.Document;
import org.wirecheck.text.Keys;
import org.wirecheck.text.TextRange;

/**
 * Reads whom a whole copy is credited to, wherever in the page the credit stands: the agency of its dateline
 * ("SEOUL (Reuters) -"), a source line ("[Source: Reuters]", "Source: AFP"), an agency alone on its line ("Reuters",
 * "(AFP)"), an agency that reports the story (", CNN reports."), that its opening names (", according to Reuters.") or
 * whose material it says it used ("Information from The Associated Press was used in this report."),
 * else a byline ("By Jane Doe", "Sports Staff") or the media its opening credits ("according to local media").
 * Agencies are known by a general list of news agencies and broadcasters, never by the words of a story.
 */
public final class StoryCredits {

    /**
     * A copy's story credit.
     *
     * @param range  the credit's characters in the copy ("Reuters" of "(Reuters)", "CNN reports", "Sports Staff")
     * @param name   whom it credits, as written
     * @param key    what must agree across copies: an agency's short name ("ap" for "The Associated Press"), else
     *               the name's squeezed key
     * @param agency true for a news agency or broadcaster, false for a byline of persons or staff
     */
    public record Credit(TextRange range, String name, String key, boolean agency) {

        /** True when characters [start, end) of the copy overlap the credit. */
        public boolean overlaps(int start, int end) {
            return start < range.end() && end > range.start();
        }
    }

    /** News agencies and broadcasters that credit wire stories; the first form of each is its key. */
    private static final List<List<String>> AGENCIES = List.of(
            List.of("AP", "Associated Press"), List.of("Reuters", "Thomson Reuters"),
            List.of("AFP", "Agence France-Presse", "Agence France Presse"), List.of("EFE"),
            List.of("DPA", "Deutsche Presse-Agentur"), List.of("ANSA"), List.of("Kyodo", "Kyodo News"),
            List.of("Yonhap", "Yonhap News Agency"), List.of("Xinhua"), List.of("TASS"), List.of("Interfax"),
            List.of("RIA Novosti"), List.of("Anadolu", "Anadolu Agency"), List.of("Bernama"), List.of("Antara"),
            List.of("PTI", "Press Trust of India"), List.of("IANS"), List.of("ANI"), List.of("UNI"),
            List.of("PA", "PA Media", "Press Association"), List.of("AAP", "Australian Associated Press"),
            List.of("CP", "Canadian Press"), List.of("UPI"), List.of("Bloomberg"), List.of("CNN"), List.of("BBC"),
            List.of("Al Jazeera"), List.of("NHK"), List.of("KUNA"), List.of("WAM"), List.of("IRNA"));

    /** The agencies' one-word names, as word keys ("reuters", "afp"). */
    private static final java.util.Set<String> AGENCY_KEYS = AGENCIES.stream().flatMap(List::stream)
            .filter(f -> !f.contains(" ")).map(f -> f.toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True when a word key is the one-word name of a news agency or broadcaster ("reuters", "bloomberg"). */
    public static boolean isAgency(String key) {
        return AGENCY_KEYS.contains(key);
    }

    private static final String AGENCY = "((?:[Tt]he )?(?:" + String.join("|", AGENCIES.stream().flatMap(List::stream)
            .map(Pattern::quote).toList()) + "))";
    private static final String NAME = "([A-Z][\\p{L}.'\u2019&-]*(?:[ ][A-Z][\\p{L}.'\u2019&-]*){0,4})";
    /** "[Source: Reuters]", "Source: AFP", "Credit: Yonhap". */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "[\\[(]?\\s*(?i:sources?|credit|courtesy)\\s*:\\s*" + NAME + "(?:\\s*[/,;][^\\])]{0,40})?\\s*[\\])]?\\.?");
    /** "Reuters", "(AFP)", "- AP", "By Reuters" alone on a line. */
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "[\\[(\\-\u2013\u2014\\s]*(?:[Bb]y\\s+)?" + AGENCY + "[\\])\\s.]*");
    /** "By Jane Doe", "By Jane Doe and John Roe". */
    private static final Pattern BY_LINE = Pattern.compile(
            "[Bb]y\\s+(" + NAME.substring(1, NAME.length() - 1) + "(?: and " + NAME.substring(1, NAME.length() - 1)
            + ")?)");
    /** "Sports Staff", "Web Desk", "Staff Reporter", "Our Correspondent". */
    private static final Pattern STAFF_LINE = Pattern.compile(
            "((?:[A-Z][\\p{L}]*\\s)?(?i:staff|desk|bureau|news desk|web desk|correspondents?|reporters?)"
            + "(?:\\s(?i:writer|reporter|correspondent))?)");
    /** ", CNN reports.", "the BBC reported." : an agency reporting the story, ending its clause. */
    private static final Pattern REPORTS = Pattern.compile("\\b" + AGENCY + "\\s+(?:reports|reported)(?=\\s*[.,;:])");
    private static final int MAX_LINE = 60;
    /**
     * "according to local media", "state media reported": a copy that names no agency may credit the media; only in
     * its opening {@link #OPENING} characters, where the whole story is credited, not one statement further down.
     */
    private static final Pattern MEDIA = Pattern.compile("\\baccording to ((?:(?:local|state|state-run|national"
            + "|regional|foreign|[A-Z][\\p{L}]+) )?(?:media|press|television)(?: reports)?)\\b"
            + "|\\b((?:local|state|state-run|national|regional|foreign|[A-Z][\\p{L}]+) (?:media|press))"
            + " (?:reported|reports)\\b");
    private static final int OPENING = 700;
    /** "…, according to Reuters.": an agency credited in the copy's opening, in a sentence rather than a dateline. */
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to " + AGENCY + "(?=\\s*[.,;:])");
    /** "Information from The Associated Press was used in this report.": an agency credited at the end. */
    private static final Pattern USED = Pattern.compile("\\b(?:[Ii]nformation|[Mm]aterial|[Rr]eporting) from " + AGENCY
            + " (?:was|were) (?:used|included)");

    private StoryCredits() {
    }

    /** The story credit of a copy with this dateline (or null): its first agency credit, else its first byline. */
    static Credit of(Document doc, Dateline.Parts dateline) {
        String text = doc.text();
        List<Credit> found = new ArrayList<>();
        if (dateline != null && dateline.agency() != null) {
            TextRange r = dateline.agency();
            found.add(credit(r, text.substring(r.start(), r.end()), true));
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            Credit line = line(text, start, end);
            if (line != null) {
                found.add(line);
            }
            start = end + 1;
        }
        Matcher m = REPORTS.matcher(text);
        while (m.find()) {
            found.add(credit(new TextRange(m.start(), m.end()), m.group(1), true));
        }
        int opening = Math.min(text.length(), OPENING);
        firstIn(ACCORDING.matcher(text).region(0, opening), true, found);
        firstIn(USED.matcher(text), true, found);
        firstIn(MEDIA.matcher(text).region(0, opening), false, found);
        Credit first = null;
        for (Credit c : found) {
            boolean better = first == null || c.agency() && !first.agency()
                    || c.agency() == first.agency() && c.range().start() < first.range().start();
            first = better ? c : first;
        }
        return first;
    }

    /** Adds the credit of m's first match (its first group that matched), if any. */
    private static void firstIn(Matcher m, boolean agency, List<Credit> found) {
        if (!m.find()) {
            return;
        }
        int g = 1;
        while (m.group(g) == null) {
            g++;
        }
        found.add(credit(new TextRange(m.start(g), m.end(g)), m.group(g), agency));
    }

    /** The credit line text[start, end) is, or null. */
    private static Credit line(String text, int start, int end) {
        String raw = text.substring(start, end);
        String line = raw.strip();
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        int at = start + raw.indexOf(line);
        Matcher m = AGENCY_LINE.matcher(line);
        if (m.matches()) {
            return credit(new TextRange(at + m.start(1), at + m.end(1)), m.group(1), true);
        }
        m = SOURCE_LINE.matcher(line);
        if (m.matches()) {
            return credit(new TextRange(at, at + line.length()), m.group(1), true);
        }
        for (Pattern byline : List.of(BY_LINE, STAFF_LINE)) {
            m = byline.matcher(line);
            if (m.matches()) {
                return credit(new TextRange(at, at + line.length()), m.group(1), false);
            }
        }
        return null;
    }

    private static Credit credit(TextRange range, String name, boolean agency) {
        String bare = name.replaceFirst("^[Tt]he ", "").strip();
        for (List<String> forms : AGENCIES) {
            for (String form : forms) {
                if (form.equalsIgnoreCase(bare)) {
                    return new Credit(range, name, forms.get(0).toLowerCase(Locale.ROOT), true);
                }
            }
        }
        return new Credit(range, name, Keys.squeeze(bare), agency);
    }
}
