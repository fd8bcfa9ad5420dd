package org.wirecheck.report;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Location;

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
    static final int MAX_TITLE = 200;
    /** Longest reading shown in full (the JSON and CSV reports carry every reading in full). */
    public static final int MAX_READING = 240;
    /** Most characters of a sentence shown before and after a reading. */
    static final int MAX_CONTEXT = 160;
    /** Longest marked reading shown in full inside its sentence; longer ones keep their start and end. */
    static final int MAX_MARKED = 360;
    /** How many of the copies that depart most from the majority the summary names. */
    static final int MAX_DEVIATING = 5;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public ReportModel {
        Objects.requireNonNull(date, "date");
        warnings = List.copyOf(warnings);
        copies = List.copyOf(copies);
        items = List.copyOf(items);
    }

    /** The report of a comparison, dated by the clock (in the clock's time zone). */
    public static ReportModel of(Comparison comparison, Review review, Clock clock) {
        return new ReportModelBuilder(comparison, review == null ? Review.NONE : review).build(
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
     * @param evidence   how it was obtained and what it says of its publication ({@link CopyEvidence}), one
     *                   sentence each; empty for a plain text file
     */
    public record CopyInfo(String id, String name, String source, int words, double similarity, boolean base,
                           int family, List<String> evidence) {

        public CopyInfo {
            evidence = List.copyOf(evidence);
        }
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
}
