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
import org.wirecheck.text.Texts;

/**
 * Everything a discrepancy report shows, in the order it shows it, built once from a {@link Comparison} and a
 * {@link Review} and rendered by every format (HTML, PDF, Markdown, CSV). Texts taken from the copies are kept as
 * they are, except for control characters (replaced by U+FFFD); each format escapes them its own way.
 *
 * <p>A report reads in layers: the summary (the headline, the copies, the review's verdicts counted, the
 * {@linkplain #keyItems() facts that differ} one line each), then each of those facts in detail, then the wording
 * drift (the other items) when {@link #driftDetailed()}.
 *
 * @param tool          {@code "wirecheck 0.1.0"}
 * @param date          when the report was made, in the time zone it is shown in
 * @param title         the story's headline (see {@link StoryTitle})
 * @param baseId        the id of the copy the others were aligned to
 * @param sameStory     false when the copies do not look like one story
 * @param warnings      for the reader, shown before everything else
 * @param copies        the copies read, in id order (those set aside included, marked)
 * @param scope         which discrepancies the report covers, and how many of all
 * @param verdicts      the review's verdicts on the items covered, counted
 * @param summary       counts by kind and severity, and the copies that depart most from the majority
 * @param items         the discrepancies covered, most important first
 * @param driftDetailed whether the wording drift is shown in detail (else only counted)
 */
public record ReportModel(String tool, ZonedDateTime date, String title, String baseId, boolean sameStory,
                          List<String> warnings, List<CopyInfo> copies, Scope scope, Verdicts verdicts,
                          Summary summary, List<Item> items, boolean driftDetailed) {

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
    /** Weight of a high discrepancy in {@link Deviation#share()}. */
    public static final int HIGH_WEIGHT = 4;
    /** Weight of a medium discrepancy in {@link Deviation#share()}. */
    public static final int MEDIUM_WEIGHT = 2;
    /** How the copies that depart most are measured, for the reader. */
    public static final String DEPARTURE = "Discrepancies in which the copy carries a reading other than the "
            + "majority's or lacks the passage, by severity; \"departs in\" is their share of all discrepancies, "
            + "each weighted " + HIGH_WEIGHT + " when high, " + MEDIUM_WEIGHT + " when medium, 1 when low.";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public ReportModel {
        Objects.requireNonNull(date, "date");
        warnings = List.copyOf(warnings);
        copies = List.copyOf(copies);
        items = List.copyOf(items);
    }

    /** The report of every discrepancy, wording drift in detail, dated by the clock (in its time zone). */
    public static ReportModel of(Comparison comparison, Review review, Clock clock) {
        return of(comparison, review, ExportOptions.defaults().withClock(clock), true);
    }

    /**
     * The report in the options' scope, dated by their clock.
     *
     * @param driftByDefault whether the format shows the wording drift in detail unless the options say otherwise
     */
    public static ReportModel of(Comparison comparison, Review review, ExportOptions options,
                                 boolean driftByDefault) {
        return new ReportModelBuilder(comparison, review == null ? Review.NONE : review, options.scope())
                .build(ZonedDateTime.now(options.clock()).truncatedTo(ChronoUnit.SECONDS),
                        options.drift(driftByDefault));
    }

    /** How many copies were compared (those set aside not counted). */
    public int comparedCount() {
        return (int) copies.stream().filter(CopyInfo::compared).count();
    }

    /** How many copies were set aside as another story. */
    public int setAsideCount() {
        return copies.size() - comparedCount();
    }

    /**
     * {@code "5 copies compared"}, {@code "3 copies compared (1 set aside)"}, or, when nothing was compared,
     * {@code "2 copies read, not compared"}.
     */
    public String copiesText() {
        int n = comparedCount();
        if (n == 0) {
            return Texts.plural(copies.size(), "copy", "copies") + " read, not compared";
        }
        return ReportText.copiesCompared(n, setAsideCount());
    }

    /** {@code "(of the 37 discrepancies this report covers)"}: what {@link #verdicts()} counts. */
    public String verdictsOf() {
        return "(of the " + Texts.plural(items.size(), "discrepancy", "discrepancies") + " this report covers)";
    }

    /**
     * What the wording drift amounts to and where it is: {@code "And 211 items of wording drift (...): listed after
     * the facts."}; {@code ""} when there is none.
     */
    public String driftText() {
        int n = driftItems().size();
        if (n == 0) {
            return "";
        }
        return "And " + Texts.plural(n, "item", "items") + " of wording drift (medium and low: rewording, "
                + "passages left out or added, style): " + (driftDetailed() ? "listed after the facts."
                : "counted below, not detailed in this report (export with the wording drift, or as HTML, to list "
                + "them).");
    }

    /** The items of the first layers: the facts (high items) and whatever the review flagged. */
    public List<Item> keyItems() {
        return items.stream().filter(Item::key).toList();
    }

    /** The wording drift: the items covered that are not {@linkplain #keyItems() key items}. */
    public List<Item> driftItems() {
        return items.stream().filter(i -> !i.key()).toList();
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
     * One copy read.
     *
     * @param similarity to the base copy, 0..1 (1 for the base itself)
     * @param base       whether this is the base (reference) copy
     * @param family     the group of near-identical copies it falls in
     * @param compared   false for a copy set aside as another story
     * @param evidence   how it was obtained and what it says of its publication ({@link CopyEvidence}), one
     *                   sentence each; empty for a plain text file
     */
    public record CopyInfo(String id, String name, String source, int words, double similarity, boolean base,
                           int family, boolean compared, List<String> evidence) {

        public CopyInfo {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Which discrepancies the report covers.
     *
     * @param description {@code "facts only"}
     * @param covered     how many it covers
     * @param total       how many the comparison found
     */
    public record Scope(ReportScope.Kind kind, String description, int covered, int total) {

        /** {@code "everything (248 discrepancies)"}, {@code "facts only: 37 of 248 discrepancies"}. */
        public String text() {
            if (kind == ReportScope.Kind.ALL) {
                return description + " (" + Texts.plural(total, "discrepancy", "discrepancies") + ")";
            }
            return description + ": " + covered + " of " + Texts.plural(total, "discrepancy",
                    "discrepancies");
        }
    }

    /** The review's verdicts on the items a report covers, counted. */
    public record Verdicts(int confirmed, int followUp, int dismissed, int unreviewed) {

        /** The verdicts counted: one entry per discrepancy, empty for one not reviewed. */
        public static Verdicts of(List<Optional<ReviewEntry>> entries) {
            int[] n = new int[ReviewEntry.Outcome.values().length];
            for (Optional<ReviewEntry> e : entries) {
                n[e.map(ReviewEntry::outcome).orElse(ReviewEntry.Outcome.UNREVIEWED).ordinal()]++;
            }
            return new Verdicts(n[ReviewEntry.Outcome.CONFIRMED_ERROR.ordinal()],
                    n[ReviewEntry.Outcome.FOLLOW_UP.ordinal()], n[ReviewEntry.Outcome.DISMISSED.ordinal()],
                    n[ReviewEntry.Outcome.UNREVIEWED.ordinal()]);
        }

        public int total() {
            return confirmed + followUp + dismissed + unreviewed;
        }

        /** {@code "2 confirmed errors · 1 to follow up · 3 dismissed · 31 not yet reviewed"}. */
        public String text() {
            return Texts.plural(confirmed, "confirmed error", "confirmed errors") + " \u00b7 " + followUp
                    + " to follow up \u00b7 " + dismissed + " dismissed \u00b7 " + unreviewed + " not yet reviewed";
        }
    }

    /**
     * Counts of the discrepancies and the copies that depart most often from the majority reading.
     *
     * @param byKind    one row per kind found, in the order of {@link Kind}
     * @param deviating at most {@value ReportModel#MAX_DEVIATING} copies, by {@link Deviation#share()}, largest
     *                  first
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

    /**
     * How far a copy departs from the others: in how many discrepancies it carries a reading other than the
     * majority's or lacks the passage, by severity, and its share.
     *
     * @param share the weighted share of the discrepancies in which it departs, 0..1: each discrepancy weighs
     *              {@value ReportModel#HIGH_WEIGHT} when high, {@value ReportModel#MEDIUM_WEIGHT} when medium, 1
     *              when low
     */
    public record Deviation(String copyId, String name, int high, int medium, int low, double share) {

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
     * @param lacking   the compared copies that carry none of its readings: they lack the passage
     */
    public record Item(String id, int rank, Kind kind, Severity severity, String summary, String why,
                       List<ItemReading> readings, Optional<ReviewEntry> review, List<String> lacking) {

        public Item {
            readings = List.copyOf(readings);
            Objects.requireNonNull(review, "review");
            lacking = List.copyOf(lacking);
        }

        /** A fact (a high item) or an item the review flagged (a confirmed error, a follow-up). */
        public boolean key() {
            return ReportScope.key(severity, review);
        }

        /**
         * Which copies say what, on one line: {@code "Chey Institute" A B E · "Choi Institute" C · lacking: D}
         * (readings cut to {@code max} characters; an absent reading reads "(absent)").
         */
        public String whoSaysWhat(int max) {
            StringBuilder sb = new StringBuilder();
            for (ItemReading r : readings) {
                if (!sb.isEmpty()) {
                    sb.append(" \u00b7 ");
                }
                sb.append(r.absent() ? "(absent)" : "\u201c" + Texts.cut(r.shown(), max) + "\u201d")
                        .append(' ').append(String.join(" ", r.copyIds()));
            }
            if (!lacking.isEmpty()) {
                sb.append(" \u00b7 lacking the passage: ").append(String.join(" ", lacking));
            }
            return sb.toString();
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
            return Texts.cut(Texts.oneLine(text), MAX_READING);
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
