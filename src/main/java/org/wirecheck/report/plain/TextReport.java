package org.wirecheck.report.plain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.CopyEvidence;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.ReportScope;
import org.wirecheck.report.ReportText;
import org.wirecheck.report.Review;
import org.wirecheck.report.ToolVersion;
import org.wirecheck.text.Texts;

/**
 * The readable terminal listing of a {@link Comparison}: a header, the copies, the warnings, every discrepancy in the
 * comparison's order (most important first) with its readings and the copies carrying each, and a summary line.
 *
 * <pre>
 * D1  NAME  high   Chey Institute / Choi Institute
 *   "Chey"  4 of 5: A B D E (majority)
 *   "Choi"  1 of 5: C
 *   why: near-spellings of one proper noun
 * </pre>
 *
 * Line breaks are {@code "\n"}; texts are shown on one line (runs of white space become one space) and cut with an
 * ellipsis beyond {@value #MAX_TEXT} characters.
 */
public final class TextReport implements ReportRenderer {

    /** Longest reading or summary shown in full. */
    static final int MAX_TEXT = 80;
    /** Most copy ids listed after a reading; the rest are counted. */
    static final int MAX_IDS = 20;

    private static final String ELLIPSIS = "\u2026";

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        return render(comparison, review, options.scope(), options.drift(true)).getBytes(StandardCharsets.UTF_8);
    }

    public static String render(Comparison c) {
        return render(c, Review.NONE);
    }

    /** The listing with the review's verdict and note under each reviewed discrepancy. */
    public static String render(Comparison c, Review review) {
        return render(c, review, ReportScope.ALL, true);
    }

    /**
     * The listing of the discrepancies the scope covers (with {@code drift} false and scope
     * {@link ReportScope#ALL}, the facts and the items the review flagged alone).
     */
    public static String render(Comparison c, Review review, ReportScope scope, boolean drift) {
        Review r = review == null ? Review.NONE : review;
        StringBuilder sb = new StringBuilder();
        int total = c.comparedCount();
        Copy base = c.copy(c.baseId()).orElse(null);
        sb.append(ToolVersion.nameAndVersion()).append(": ")
                .append(ReportText.copiesCompared(c.comparedCount(), c.setAsideCount()))
                .append(", base ")
                .append(c.baseId());
        if (base != null) {
            sb.append(" (").append(oneLine(base.witness().name())).append(')');
        }
        sb.append("\n\n");

        appendCopies(c, sb);
        appendWarnings(c, sb);

        List<Discrepancy> listed = c.discrepancies().stream().filter(d -> scope.details(d, r.entryFor(d), drift))
                .toList();
        if (!scope.all() || listed.size() < c.discrepancies().size()) {
            sb.append("Listed: ").append(scope.description()).append(", ").append(listed.size()).append(" of ")
                    .append(c.discrepancies().size()).append(" discrepancies\n\n");
        }
        if (r != Review.NONE) {
            sb.append("Review: ").append(ReportModel.Verdicts.of(listed.stream().map(r::entryFor).toList()).text())
                    .append(" (of the ").append(Texts.plural(listed.size(), "discrepancy", "discrepancies"))
                    .append(" listed)\n\n");
        }
        if (listed.isEmpty()) {
            sb.append(c.discrepancies().isEmpty() ? "No discrepancies found.\n" : "No discrepancies listed.\n");
            return sb.toString();
        }
        sb.append("Discrepancies, most important first:\n\n");
        Map<String, Integer> order = copyOrder(c);
        int idWidth = listed.stream().mapToInt(d -> d.id().length()).max().orElse(2);
        int kindWidth = listed.stream().mapToInt(d -> d.kind().name().length()).max().orElse(4);
        for (Discrepancy d : listed) {
            appendDiscrepancy(d, c.lacking(d), r, total, new int[] {idWidth, kindWidth}, order, sb);
        }
        sb.append(summary(listed)).append('\n');
        return sb.toString();
    }


    private static void appendCopies(Comparison c, StringBuilder sb) {
        sb.append("Copies:\n");
        int idWidth = c.copies().stream().mapToInt(x -> x.id().length()).max().orElse(1);
        int nameWidth = c.copies().stream().mapToInt(x -> oneLine(x.witness().name()).length()).max().orElse(1);
        int wordsWidth = c.copies().stream().mapToInt(x -> String.valueOf(x.words()).length()).max().orElse(1);
        for (Copy copy : c.copies()) {
            sb.append("  ").append(pad(copy.id(), idWidth))
                    .append("  ").append(pad(oneLine(copy.witness().name()), nameWidth))
                    .append("  ").append(padLeft(String.valueOf(copy.words()), wordsWidth)).append(" words")
                    .append("  ").append(padLeft(ReportText.percent(copy.similarity()), 6))
                    .append("  ").append(copy.base() ? "(base)" : "      ")
                    .append("  family ").append(copy.family())
                    .append(copy.compared() ? "" : "  (set aside)")
                    .append('\n');
            for (String line : CopyEvidence.lines(copy.witness().origin())) {
                sb.append("  ").append(" ".repeat(idWidth)).append("  ").append(oneLine(line)).append('\n');
            }
        }
        sb.append('\n');
    }

    private static void appendWarnings(Comparison c, StringBuilder sb) {
        List<String> warnings = new ArrayList<>(c.warnings());
        if (!c.sameStory() && warnings.isEmpty()) {
            warnings.add("these copies may not be the same story");
        }
        for (String w : warnings) {
            sb.append("!! WARNING: ").append(oneLine(w)).append('\n');
        }
        if (!warnings.isEmpty()) {
            sb.append('\n');
        }
    }

    private static void appendDiscrepancy(Discrepancy d, List<String> lacking, Review review, int total,
                                          int[] widths, Map<String, Integer> order, StringBuilder sb) {
        sb.append(pad(d.id(), widths[0])).append("  ").append(pad(d.kind().name(), widths[1]))
                .append("  ").append(pad(d.severity().label(), 6))
                .append(' ').append(cut(oneLine(d.summary()))).append('\n');
        boolean majorityMarked = !d.hasMajority() || total <= 2;
        for (Reading r : d.readings()) {
            sb.append("  ").append(r.isEmpty() ? "(absent)" : '"' + cut(oneLine(r.text())) + '"')
                    .append("  ").append(r.count()).append(" of ").append(total).append(": ")
                    .append(ids(r, order));
            if (!majorityMarked && r.text().equals(d.majority())) {
                sb.append(" (majority)");
                majorityMarked = true;
            }
            sb.append('\n');
        }
        if (!lacking.isEmpty()) {
            sb.append("  lacking the passage  ").append(lacking.size()).append(" of ").append(total).append(": ")
                    .append(String.join(" ", lacking)).append('\n');
        }
        if (d.why() != null && !d.why().isBlank()) {
            sb.append("  why: ").append(oneLine(d.why())).append('\n');
        }
        review.entryFor(d).ifPresent(e -> {
            sb.append("  verdict: ").append(oneLine(e.verdict()));
            if (!e.note().isBlank()) {
                sb.append(" \u2014 ").append(oneLine(e.note()));
            }
            sb.append('\n');
        });
        sb.append('\n');
    }

    /** The ids of the copies carrying a reading, in the order of the copies, at most {@value #MAX_IDS}. */
    private static String ids(Reading r, Map<String, Integer> order) {
        List<String> ids = new ArrayList<>();
        for (Location l : r.locations()) {
            ids.add(l.witnessId());
        }
        ids.sort((a, b) -> Integer.compare(order.getOrDefault(a, Integer.MAX_VALUE),
                order.getOrDefault(b, Integer.MAX_VALUE)));
        StringJoiner j = new StringJoiner(" ");
        ids.stream().limit(MAX_IDS).forEach(j::add);
        if (ids.size() > MAX_IDS) {
            j.add("+" + (ids.size() - MAX_IDS) + " more");
        }
        return j.toString();
    }

    private static Map<String, Integer> copyOrder(Comparison c) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < c.copies().size(); i++) {
            order.put(c.copies().get(i).id(), i);
        }
        return order;
    }

    /** {@code "12 discrepancies: 3 high, 5 medium, 4 low; NAME 2, NUMBER 1, WORDING 5, STYLE 4"}. */
    static String summary(List<Discrepancy> listed) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        for (Discrepancy d : listed) {
            bySeverity.merge(d.severity(), 1, Integer::sum);
            byKind.merge(d.kind(), 1, Integer::sum);
        }
        int n = listed.size();
        StringJoiner sev = new StringJoiner(", ");
        for (Severity s : Severity.values()) {
            sev.add(bySeverity.getOrDefault(s, 0) + " " + s.label());
        }
        StringJoiner kinds = new StringJoiner(", ");
        byKind.forEach((k, count) -> kinds.add(k.name() + " " + count));
        return Texts.plural(n, "discrepancy", "discrepancies") + ": " + sev + "; " + kinds;
    }

    /** White space runs (line breaks included) become one space. */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** At most {@value #MAX_TEXT} characters, the last an ellipsis when cut; never splits a surrogate pair. */
    static String cut(String s) {
        if (s.length() <= MAX_TEXT) {
            return s;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + ELLIPSIS;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
