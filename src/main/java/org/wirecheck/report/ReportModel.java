package org.wirecheck.report;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.text.TextRange;

/**
 * Everything a discrepancy report shows, in the order it shows it, built once from a {@link Comparison} and a
 * {@link Review} and rendered by every format (HTML, PDF, Markdown, CSV). Texts taken from the copies are kept as
 * they are, except for control characters (replaced by U+FFFD); each format escapes them its own way.
 *
 * @param tool      {@code "wirecheck 0.1.0"}
 * @param date      when the report was made, in the time zone it is shown in
 * @param title     the story's title: the first heading, else the first line, of the base copy
 * @param baseId    the id of the copy the others were aligned to
 * @param sameStory false when the copies do not look like one story
 * @param warnings  for the reader, shown before everything else
 * @param copies    the copies compared, in id order
 * @param summary   counts by kind and severity, and the copies that depart most from the majority
 * @param items     the discrepancies, most important first
 */
public record ReportModel(String tool, ZonedDateTime date, String title, String baseId, boolean sameStory,
                          List<String> warnings, List<CopyInfo> copies, Summary summary, List<Item> items) {

    /** Longest title kept. */
    public static final int MAX_TITLE = 200;
    /** Longest reading shown in full (the JSON and CSV reports carry every reading in full). */
    public static final int MAX_READING = 240;
    /** Most characters of a sentence shown before and after a reading. */
    public static final int MAX_CONTEXT = 160;
    /** Longest marked reading shown in full inside its sentence; longer ones keep their start and end. */
    public static final int MAX_MARKED = 360;
    /** How many of the copies that depart most from the majority the summary names. */
    public static final int MAX_DEVIATING = 5;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public ReportModel {
        Objects.requireNonNull(date, "date");
        warnings = List.copyOf(warnings);
        copies = List.copyOf(copies);
        items = List.copyOf(items);
    }

    /** The report of a comparison, dated by the clock (in the clock's time zone). */
    public static ReportModel of(Comparison comparison, Review review, Clock clock) {
        return new Builder(comparison, review == null ? Review.NONE : review).build(
                ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The date as people read it: {@code "2026-11-23 14:05 UTC"} or {@code "2026-11-23 15:05 UTC+01:00"}. */
    public String dateText() {
        ZoneOffset offset = date.getOffset();
        return DATE_TIME.format(date) + " UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }

    /** The date in ISO 8601 with its offset: {@code "2026-11-23T14:05:00Z"}. */
    public String isoDate() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    /** The base copy, if it is among the copies. */
    public Optional<CopyInfo> base() {
        return copies.stream().filter(c -> c.id().equals(baseId)).findFirst();
    }

    /**
     * One compared copy.
     *
     * @param similarity to the base copy, 0..1 (1 for the base itself)
     * @param base       whether this is the base (reference) copy
     * @param family     the group of near-identical copies it falls in
     */
    public record CopyInfo(String id, String name, String source, int words, double similarity, boolean base,
                           int family) {
    }

    /**
     * Counts of the discrepancies and the copies that depart most often from the majority reading.
     *
     * @param byKind    one row per kind found, in the order of {@link Kind}
     * @param deviating at most {@value ReportModel#MAX_DEVIATING} copies, most departures (high ones first) first
     */
    public record Summary(int total, int high, int medium, int low, List<KindCount> byKind,
                          List<Deviation> deviating) {

        public Summary {
            byKind = List.copyOf(byKind);
            deviating = List.copyOf(deviating);
        }

        public int count(Severity s) {
            return switch (s) {
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
            };
        }
    }

    /** How many discrepancies of one kind there are, by severity. */
    public record KindCount(Kind kind, int high, int medium, int low) {

        public int total() {
            return high + medium + low;
        }

        public int count(Severity s) {
            return switch (s) {
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
            };
        }
    }

    /** In how many discrepancies a copy carries a reading other than the majority's, by severity. */
    public record Deviation(String copyId, String name, int high, int medium, int low) {

        public int total() {
            return high + medium + low;
        }
    }

    /**
     * One discrepancy.
     *
     * @param rank     its place in the report, 1 for the most important
     * @param readings majority first
     * @param review   the verdict and note recorded on it, if any
     */
    public record Item(String id, int rank, Kind kind, Severity severity, String summary, String why,
                       List<ItemReading> readings, Optional<ReviewEntry> review) {

        public Item {
            readings = List.copyOf(readings);
            Objects.requireNonNull(review, "review");
        }
    }

    /**
     * One reading of a discrepancy.
     *
     * @param text      exactly as in the copies ({@code ""} for copies that lack the passage)
     * @param majority  whether this is the reading most copies carry
     * @param copyIds   the copies carrying it, in id order
     * @param locations where each of those copies has it
     * @param excerpts  the sentence around the reading in those copies, once per distinct sentence
     */
    public record ItemReading(String text, boolean majority, List<String> copyIds, List<Location> locations,
                              List<Excerpt> excerpts) {

        public ItemReading {
            copyIds = List.copyOf(copyIds);
            locations = List.copyOf(locations);
            excerpts = List.copyOf(excerpts);
        }

        /** Whether the copies carrying it lack the passage. */
        public boolean absent() {
            return text.isEmpty();
        }

        public int count() {
            return copyIds.size();
        }

        /** The text on one line, cut with an ellipsis beyond {@value ReportModel#MAX_READING} characters. */
        public String shown() {
            return ReportText.cut(ReportText.oneLine(text), MAX_READING);
        }
    }

    /**
     * The sentence around a reading in one or more copies (those whose sentence reads the same), on one line, in
     * three parts: the text before the reading, the reading itself and the text after it. {@code before} starts and
     * {@code after} ends with an ellipsis when the sentence was cut; {@code marked} is empty where a copy lacks the
     * passage (the gap falls between {@code before} and {@code after}).
     */
    public record Excerpt(List<String> copyIds, String before, String marked, String after) {

        public Excerpt {
            copyIds = List.copyOf(copyIds);
        }

        /** Whether this marks the place where a passage is missing. */
        public boolean gap() {
            return marked.isEmpty();
        }

        /** The whole sentence as plain text. */
        public String sentence() {
            return before + marked + after;
        }
    }

    /** Builds the model from a comparison. */
    private static final class Builder {

        private final Comparison comparison;
        private final Review review;
        private final Map<String, Copy> copies = new HashMap<>();
        private final Map<String, Integer> order = new HashMap<>();

        Builder(Comparison comparison, Review review) {
            this.comparison = comparison;
            this.review = review;
            for (int i = 0; i < comparison.copies().size(); i++) {
                Copy c = comparison.copies().get(i);
                copies.put(c.id(), c);
                order.put(c.id(), i);
            }
        }

        ReportModel build(ZonedDateTime date) {
            List<CopyInfo> infos = new ArrayList<>();
            for (Copy c : comparison.copies()) {
                infos.add(new CopyInfo(c.id(), ReportText.clean(c.witness().name()),
                        ReportText.clean(c.witness().source()), c.words(), c.similarity(), c.base(), c.family()));
            }
            List<Item> items = new ArrayList<>();
            int rank = 1;
            for (Discrepancy d : comparison.discrepancies()) {
                items.add(item(d, rank++));
            }
            List<String> warnings = new ArrayList<>();
            for (String w : comparison.warnings()) {
                warnings.add(ReportText.clean(w));
            }
            if (!comparison.sameStory() && warnings.isEmpty()) {
                warnings.add("These copies may not be the same story.");
            }
            return new ReportModel(ToolVersion.nameAndVersion(), date, title(), comparison.baseId(),
                    comparison.sameStory(), warnings, infos, summary(), items);
        }

        private String title() {
            Copy base = copies.get(comparison.baseId());
            if (base == null && !comparison.copies().isEmpty()) {
                base = comparison.copies().get(0);
            }
            if (base == null) {
                return "";
            }
            String t = StoryTitle.of(base.witness());
            if (t.isEmpty()) {
                t = base.witness().name();
            }
            return ReportText.cut(ReportText.oneLine(ReportText.clean(t)), MAX_TITLE);
        }

        private Item item(Discrepancy d, int rank) {
            List<ItemReading> readings = new ArrayList<>();
            boolean majorityFound = false;
            for (Reading r : d.readings()) {
                boolean majority = d.hasMajority() && !majorityFound && r.text().equals(d.majority());
                majorityFound |= majority;
                readings.add(reading(r, majority));
            }
            Optional<ReviewEntry> entry = review.entryFor(d)
                    .map(e -> new ReviewEntry(ReportText.clean(e.verdict()), ReportText.clean(e.note())));
            return new Item(d.id(), rank, d.kind(), d.severity(), ReportText.clean(d.summary()),
                    ReportText.clean(d.why() == null ? "" : d.why()), readings, entry);
        }

        private ItemReading reading(Reading r, boolean majority) {
            List<Location> locations = new ArrayList<>(r.locations());
            locations.sort(Comparator.comparingInt(l -> order.getOrDefault(l.witnessId(), Integer.MAX_VALUE)));
            List<String> ids = new ArrayList<>();
            Map<List<String>, List<String>> byExcerpt = new LinkedHashMap<>();
            for (Location l : locations) {
                ids.add(l.witnessId());
                Copy copy = copies.get(l.witnessId());
                if (copy != null) {
                    byExcerpt.computeIfAbsent(excerptParts(copy, l), k -> new ArrayList<>()).add(l.witnessId());
                }
            }
            List<Excerpt> excerpts = new ArrayList<>();
            byExcerpt.forEach((parts, copyIds) -> excerpts.add(
                    new Excerpt(copyIds, parts.get(0), parts.get(1), parts.get(2))));
            return new ItemReading(ReportText.clean(r.text()), majority, ids, locations, excerpts);
        }

        /** Before, marked and after: the sentence (or sentences) holding the location, on one line. */
        private static List<String> excerptParts(Copy copy, Location l) {
            String text = copy.witness().text();
            int start = Math.min(l.start(), text.length());
            int end = Math.max(start, Math.min(l.end(), text.length()));
            TextRange first = copy.sentenceAt(start);
            TextRange last = end > start ? copy.sentenceAt(end - 1) : first;
            int from = first != null ? Math.min(first.start(), start) : sentenceStart(text, start);
            int to = last != null ? Math.max(last.end(), end) : sentenceEnd(text, end);
            from = Math.max(0, Math.min(from, start));
            to = Math.min(text.length(), Math.max(to, end));

            List<TextRange> hidden = copy.witness().hidden();
            String before = ReportText.collapse(ReportText.clean(visible(text, from, start, hidden))).stripLeading();
            String marked = ReportText.collapse(ReportText.clean(visible(text, start, end, hidden)));
            String after = ReportText.collapse(ReportText.clean(visible(text, end, to, hidden))).stripTrailing();
            // white space at the edges of the reading belongs outside the mark
            if (!marked.isBlank()) {
                if (marked.startsWith(" ")) {
                    before = before.endsWith(" ") ? before : before + " ";
                    marked = marked.stripLeading();
                }
                if (marked.endsWith(" ")) {
                    after = after.startsWith(" ") ? after : " " + after;
                    marked = marked.stripTrailing();
                }
            } else {
                marked = "";
            }
            before = ReportText.cutStart(before, MAX_CONTEXT);
            after = ReportText.cut(after, MAX_CONTEXT);
            marked = ReportText.cutMiddle(marked, MAX_MARKED);
            return List.of(before, marked, after);
        }

        /** Without sentence ranges: back to the end of the previous sentence or line, at most a context's length. */
        private static int sentenceStart(String text, int offset) {
            int limit = Math.max(0, offset - MAX_CONTEXT);
            for (int i = offset - 1; i >= limit; i--) {
                char ch = text.charAt(i);
                if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && i + 1 < offset
                        && Character.isWhitespace(text.charAt(i + 1)))) {
                    return i + 1;
                }
            }
            return limit;
        }

        /** Without sentence ranges: on to the end of the sentence or line, at most a context's length. */
        private static int sentenceEnd(String text, int offset) {
            int limit = Math.min(text.length(), offset + MAX_CONTEXT);
            for (int i = offset; i < limit; i++) {
                char ch = text.charAt(i);
                if (ch == '\n') {
                    return i;
                }
                if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 >= text.length()
                        || Character.isWhitespace(text.charAt(i + 1)))) {
                    return i + 1;
                }
            }
            return limit;
        }

        /** The characters of {@code text[from, to)} that are not markup. */
        private static String visible(String text, int from, int to, List<TextRange> hidden) {
            if (hidden.isEmpty()) {
                return text.substring(from, to);
            }
            StringBuilder sb = new StringBuilder(to - from);
            int i = from;
            for (TextRange h : hidden) {
                if (h.end() <= i) {
                    continue;
                }
                if (h.start() >= to) {
                    break;
                }
                if (h.start() > i) {
                    sb.append(text, i, h.start());
                }
                i = Math.max(i, h.end());
            }
            if (i < to) {
                sb.append(text, i, to);
            }
            return sb.toString();
        }

        private Summary summary() {
            Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
            int[] bySeverity = new int[Severity.values().length];
            Map<String, int[]> departures = new LinkedHashMap<>();
            for (Copy c : comparison.copies()) {
                departures.put(c.id(), new int[Severity.values().length]);
            }
            for (Discrepancy d : comparison.discrepancies()) {
                int s = d.severity().ordinal();
                bySeverity[s]++;
                byKind.computeIfAbsent(d.kind(), k -> new int[Severity.values().length])[s]++;
                Reading majority = d.readings().stream().filter(r -> r.text().equals(d.majority())).findFirst()
                        .orElse(d.readings().isEmpty() ? null : d.readings().get(0));
                for (Reading r : d.readings()) {
                    if (r == majority) {
                        continue;
                    }
                    for (Location l : r.locations()) {
                        int[] counts = departures.get(l.witnessId());
                        if (counts != null) {
                            counts[s]++;
                        }
                    }
                }
            }
            List<KindCount> kinds = new ArrayList<>();
            byKind.forEach((k, n) -> kinds.add(new KindCount(k, n[0], n[1], n[2])));
            List<Deviation> deviating = new ArrayList<>();
            departures.forEach((id, n) -> {
                if (n[0] + n[1] + n[2] > 0) {
                    deviating.add(new Deviation(id, ReportText.clean(copies.get(id).witness().name()),
                            n[0], n[1], n[2]));
                }
            });
            deviating.sort(Comparator.comparingInt(Deviation::high).reversed()
                    .thenComparing(Comparator.comparingInt(Deviation::total).reversed())
                    .thenComparingInt(dv -> order.get(dv.copyId())));
            return new Summary(comparison.discrepancies().size(), bySeverity[0], bySeverity[1], bySeverity[2], kinds,
                    deviating.subList(0, Math.min(MAX_DEVIATING, deviating.size())));
        }
    }
}
