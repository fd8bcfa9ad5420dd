package org.wirecheck.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportModel.Deviation;
import org.wirecheck.report.ReportModel.Excerpt;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.ItemReading;
import org.wirecheck.report.ReportModel.KindCount;
import org.wirecheck.report.ReportModel.Summary;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Texts;

/**
 * Builds the {@link ReportModel} of one comparison: the copies, the ranked items with their readings and the
 * sentences around them (cut to {@link ReportModel#MAX_CONTEXT} characters a side), the review's verdicts, and the
 * summary; every text from the copies is cleaned of control characters on the way.
 */
final class ReportModelBuilder {

    private final Comparison comparison;
    private final Review review;
    private final ReportScope scope;
    private final Map<String, Copy> copies = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    ReportModelBuilder(Comparison comparison, Review review, ReportScope scope) {
        this.comparison = comparison;
        this.review = review;
        this.scope = scope;
        for (int i = 0; i < comparison.copies().size(); i++) {
            Copy c = comparison.copies().get(i);
            copies.put(c.id(), c);
            order.put(c.id(), i);
        }
    }

    ReportModel build(ZonedDateTime date, boolean drift) {
        List<CopyInfo> infos = new ArrayList<>();
        for (Copy c : comparison.copies()) {
            infos.add(new CopyInfo(c.id(), ReportText.clean(c.witness().name()),
                    ReportText.clean(c.witness().source()), c.words(), c.similarity(), c.base(), c.family(),
                    c.compared(),
                    CopyEvidence.lines(c.witness().origin()).stream().map(ReportText::clean).toList()));
        }
        List<Item> items = new ArrayList<>();
        List<Discrepancy> covered = new ArrayList<>();
        int rank = 1;
        List<Optional<ReviewEntry>> entries = new ArrayList<>();
        for (Discrepancy d : comparison.discrepancies()) {
            Optional<ReviewEntry> entry = review.entryFor(d);
            if (scope.covers(d, entry)) {
                items.add(item(d, rank, entry));
                covered.add(d);
                entries.add(entry);
            }
            rank++;
        }
        List<String> warnings = new ArrayList<>();
        for (String w : comparison.warnings()) {
            warnings.add(ReportText.clean(w));
        }
        if (!comparison.sameStory() && warnings.isEmpty()) {
            warnings.add("These copies may not be the same story.");
        }
        ReportModel.Scope scoped = new ReportModel.Scope(scope.kind(), ReportText.clean(scope.description()),
                items.size(), comparison.discrepancies().size());
        ReportModel.Verdicts counted = ReportModel.Verdicts.of(entries);
        boolean detailed = drift || !scope.all();
        return new ReportModel(ToolVersion.nameAndVersion(), date, title(), comparison.baseId(),
                comparison.sameStory(), warnings, infos, scoped, counted, summary(covered), items, detailed);
    }

    /**
     * The headline of the base copy, else of the first compared copy that has one, else the base copy's first
     * heading or line, else its name.
     */
    private String title() {
        Copy base = copies.get(comparison.baseId());
        if (base == null && !comparison.copies().isEmpty()) {
            base = comparison.copies().get(0);
        }
        if (base == null) {
            return "";
        }
        List<Copy> order = new ArrayList<>();
        order.add(base);
        comparison.copies().stream().filter(c -> c.compared() && !order.contains(c)).forEach(order::add);
        String t = "";
        for (Copy c : order) {
            t = StoryTitle.headline(c.witness());
            if (!t.isEmpty()) {
                break;
            }
        }
        if (t.isEmpty()) {
            t = StoryTitle.of(base.witness());
        }
        if (t.isEmpty()) {
            t = base.witness().name();
        }
        return Texts.cut(Texts.oneLine(ReportText.clean(t)), ReportModel.MAX_TITLE);
    }

    private Item item(Discrepancy d, int rank, Optional<ReviewEntry> reviewed) {
        List<ItemReading> readings = new ArrayList<>();
        boolean majorityFound = false;
        for (Reading r : d.readings()) {
            // with two copies neither reading is the majority, even where one copy lacks the passage
            boolean majority = d.hasMajority() && comparison.comparedCount() > 2 && !majorityFound
                    && r.text().equals(d.majority());
            majorityFound |= majority;
            readings.add(reading(r, majority));
        }
        Optional<ReviewEntry> entry = reviewed
                .map(e -> new ReviewEntry(ReportText.clean(e.verdict()), ReportText.clean(e.note()), e.outcome()));
        return new Item(d.id(), rank, d.kind(), d.severity(), ReportText.clean(d.summary()),
                ReportText.clean(d.why() == null ? "" : d.why()), readings, entry, comparison.lacking(d));
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
        String before = Texts.collapse(ReportText.clean(visible(text, from, start, hidden))).stripLeading();
        String marked = Texts.collapse(ReportText.clean(visible(text, start, end, hidden)));
        String after = Texts.collapse(ReportText.clean(visible(text, end, to, hidden))).stripTrailing();
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
        before = Texts.cutStart(before, ReportModel.MAX_CONTEXT);
        after = Texts.cut(after, ReportModel.MAX_CONTEXT);
        marked = Texts.cutMiddle(marked, ReportModel.MAX_MARKED);
        return List.of(before, marked, after);
    }

    /** Without sentence ranges: back to the end of the previous sentence or line, at most a context's length. */
    private static int sentenceStart(String text, int offset) {
        int limit = Math.max(0, offset - ReportModel.MAX_CONTEXT);
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
        int limit = Math.min(text.length(), offset + ReportModel.MAX_CONTEXT);
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

    /**
     * Counts by kind and severity, and the copies that depart most: for each compared copy, the discrepancies in
     * which it carries a reading other than the majority's or lacks the passage, and their share of all, each
     * weighted by severity.
     */
    private Summary summary(List<Discrepancy> covered) {
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        int[] bySeverity = new int[Severity.values().length];
        Map<String, int[]> departures = new LinkedHashMap<>();
        for (Copy c : comparison.copies()) {
            if (c.compared()) {
                departures.put(c.id(), new int[Severity.values().length]);
            }
        }
        int weights = 0;
        for (Discrepancy d : covered) {
            int s = d.severity().ordinal();
            bySeverity[s]++;
            weights += weight(d.severity());
            byKind.computeIfAbsent(d.kind(), k -> new int[Severity.values().length])[s]++;
            for (String id : departing(d)) {
                int[] counts = departures.get(id);
                if (counts != null) {
                    counts[s]++;
                }
            }
        }
        List<KindCount> kinds = new ArrayList<>();
        byKind.forEach((k, n) -> kinds.add(new KindCount(k, n[0], n[1], n[2])));
        List<Deviation> deviating = new ArrayList<>();
        int all = weights;
        departures.forEach((id, n) -> {
            if (n[0] + n[1] + n[2] > 0) {
                double share = (n[0] * weight(Severity.HIGH) + n[1] * weight(Severity.MEDIUM)
                        + n[2] * weight(Severity.LOW)) / (double) all;
                deviating.add(new Deviation(id, ReportText.clean(copies.get(id).witness().name()),
                        n[0], n[1], n[2], share));
            }
        });
        deviating.sort(Comparator.comparingDouble(Deviation::share).reversed()
                .thenComparingInt(dv -> order.get(dv.copyId())));
        return new Summary(covered.size(), bySeverity[0], bySeverity[1], bySeverity[2], kinds,
                deviating.subList(0, Math.min(ReportModel.MAX_DEVIATING, deviating.size())));
    }

    /** The copies that depart in {@code d}: those carrying a reading other than the majority's, those lacking it. */
    private List<String> departing(Discrepancy d) {
        List<String> out = new ArrayList<>(comparison.lacking(d));
        if (!d.hasMajority() || comparison.comparedCount() <= 2) {
            return out;
        }
        Reading majority = d.readings().get(0);
        for (Reading r : d.readings()) {
            if (r != majority) {
                r.locations().forEach(l -> out.add(l.witnessId()));
            }
        }
        return out;
    }

    private static int weight(Severity s) {
        return switch (s) {
            case HIGH -> ReportModel.HIGH_WEIGHT;
            case MEDIUM -> ReportModel.MEDIUM_WEIGHT;
            case LOW -> 1;
        };
    }
}
