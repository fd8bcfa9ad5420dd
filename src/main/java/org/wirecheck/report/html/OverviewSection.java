package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.append;
import static org.wirecheck.report.html.Html.attr;
import static org.wirecheck.report.html.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Overview;
import org.wirecheck.compare.Overview.Column;
import org.wirecheck.compare.Overview.Row;
import org.wirecheck.compare.Overview.State;
import org.wirecheck.compare.Reading;
import org.wirecheck.compare.StoryVersions;
import org.wirecheck.text.Texts;

/**
 * The overview matrix: one row per copy (grouped by version, the copy that departs most first), one column per
 * discrepancy in story order (the {@value #MAX_COLUMNS} most important when there are more); each cell in the
 * colour of the discrepancy's kind with its cue as text, so it reads without colour: {@code ·} the majority's
 * reading, a letter for another reading, the letter and {@code ?} where no reading has a majority, {@code ∅} where
 * the copy lacks the words, blank where it takes no part. Each cell's title names the reading.
 */
final class OverviewSection {

    /** Most columns drawn; the matrix CSV has them all. */
    static final int MAX_COLUMNS = 60;
    private static final int MAX_TITLE_READING = 80;

    private OverviewSection() {
    }

    /** @param versions the version each copy follows, as {@link StoryVersions} numbers them */
    static void build(Overview overview, StoryVersions versions, Element main) {
        if (overview.columns().isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").attr("id", "overview");
        section.appendElement("h2").text("Overview");
        List<Integer> shown = shownColumns(overview);
        Element intro = add(section, "p", "why");
        append(intro, "One row per copy, " + (overview.versioned() ? "grouped by version, " : "")
                + "the copy that departs most first ("
                + Overview.departureMeasure() + "). One column per discrepancy, where it stands in the story");
        append(intro, shown.size() < overview.columns().size() ? " (the " + shown.size() + " most important of "
                + overview.columns().size() + "; the matrix CSV has all)." : ".");
        legend(section);
        Element table = add(add(section, "div", "scroll"), "table", "matrix");
        Element head = table.appendElement("thead").appendElement("tr");
        text(head, "th", "Copy");
        text(head, "th", "Ver.", "num");
        text(head, "th", "Departs", "num");
        for (int c : shown) {
            Discrepancy d = overview.columns().get(c).discrepancy();
            Element th = text(head, "th", d.id().substring(1), "col", kindClass(d));
            attr(th, "title", d.id() + " " + d.kind() + " " + d.severity().label() + ": " + d.summary());
        }
        Element body = table.appendElement("tbody");
        int lastFamily = Integer.MIN_VALUE;
        for (int r = 0; r < overview.rows().size(); r++) {
            Row row = overview.rows().get(r);
            Element tr = body.appendElement("tr");
            if (overview.versioned() && row.family() != lastFamily && r > 0) {
                tr.addClass("newver");
            }
            lastFamily = row.family();
            text(tr, "th", row.copyId(), "id");
            text(tr, "td", versions.versionOf(row.copyId()).map(v -> Integer.toString(v.number())).orElse(""),
                    "num");
            text(tr, "td", Integer.toString(row.departs()), "num");
            for (int c : shown) {
                cell(overview, r, c, tr);
            }
        }
    }

    private static void cell(Overview o, int r, int c, Element tr) {
        State s = o.state(r, c);
        Discrepancy d = o.columns().get(c).discrepancy();
        Element td = text(tr, "td", o.cue(r, c), "cell", s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (s == State.NOT_INVOLVED) {
            attr(td, "title", o.rows().get(r).copyId() + " takes no part in " + d.id());
            return;
        }
        td.addClass(kindClass(d));
        Reading reading = d.readings().get(o.reading(r, c));
        String shown = reading.isEmpty() ? "(lacks the words)"
                : "“" + Texts.cut(Texts.oneLine(reading.text()), MAX_TITLE_READING) + "”";
        attr(td, "title", o.rows().get(r).copyId() + ", " + d.id() + " " + d.kind() + ": " + shown + " — "
                + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static void legend(Element section) {
        Element p = add(section, "p", "legend");
        String[][] items = {{"majority", "·", "the majority's reading"}, {"minority", "b", "another reading"},
            {"no-majority", "a?", "no reading has a majority"}, {"absent", "∅", "lacks the words"},
            {"not-involved", "", "takes no part"}};
        for (String[] item : items) {
            Element key = text(p, "span", item[1], "cell", item[0], "k-wording");
            key.addClass("key");
            append(p, " " + item[2] + " ");
        }
        append(p, "\u00b7 Colour: the kind of discrepancy, as in the window.");
    }

    /** The columns drawn: all, or the most important {@value #MAX_COLUMNS} kept in story order. */
    private static List<Integer> shownColumns(Overview o) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < o.columns().size(); c++) {
            Column col = o.columns().get(c);
            if (col.rank() <= MAX_COLUMNS) {
                out.add(c);
            }
        }
        return out;
    }

    static String kindClass(Discrepancy d) {
        return "k-" + d.kind().name().toLowerCase(Locale.ROOT);
    }
}
