package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.append;
import static org.wirecheck.report.html.Html.text;

import org.jsoup.nodes.Element;
import org.wirecheck.classify.Severity;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportModel.Deviation;
import org.wirecheck.report.ReportModel.KindCount;
import org.wirecheck.report.ReportText;

/**
 * The counts: totals by severity, then two tables side by side: by kind, and the copies that depart most (by the
 * weighted share of {@link ReportModel#DEPARTURE}).
 */
final class SummarySection {

    private SummarySection() {
    }

    static void build(ReportModel m, Element main) {
        ReportModel.Summary s = m.summary();
        Element section = main.appendElement("section").attr("id", "summary");
        section.appendElement("h2").text("Counts");
        Element totals = add(section, "p", "totals");
        totals.appendElement("strong").text(Integer.toString(s.total()));
        append(totals, s.total() == 1 ? " discrepancy" : " discrepancies");
        if (s.total() == 0) {
            return;
        }
        append(totals, ":");
        for (Severity sev : Severity.values()) {
            append(totals, " ");
            text(totals, "span", s.count(sev) + " " + sev.label(), "sev", sev.label());
        }
        Element cols = add(section, "div", "cols");
        Element kinds = table(cols, "kinds", "By kind", "Kind", "Total");
        for (KindCount k : s.byKind()) {
            Element tr = kinds.appendElement("tr");
            tr.appendElement("td").text(k.kind().name());
            counts(tr, k.high(), k.medium(), k.low(), Integer.toString(k.total()));
        }
        if (s.deviating().isEmpty()) {
            return;
        }
        Element deviating = table(cols, "deviating", "Copies that depart most from the others", "Copy",
                "Departs in");
        for (Deviation d : s.deviating()) {
            Element tr = deviating.appendElement("tr");
            Element copy = tr.appendElement("td");
            text(copy, "span", d.copyId(), "id");
            append(copy, " " + d.name());
            counts(tr, d.high(), d.medium(), d.low(), ReportText.percent(d.share()));
        }
        text(section, "p", ReportModel.DEPARTURE, "measure");
    }

    /** A table of counts by severity, with its caption and head; returns its body. */
    private static Element table(Element parent, String cls, String caption, String first, String last) {
        Element table = add(add(parent, "div", "scroll"), "table", cls);
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(first);
        for (String h : new String[] {"High", "Medium", "Low", last}) {
            text(head, "th", h, "num");
        }
        return table.appendElement("tbody");
    }

    /** The counts by severity (blank for none) and the last column, in bold. */
    private static void counts(Element tr, int high, int medium, int low, String last) {
        for (int n : new int[] {high, medium, low}) {
            text(tr, "td", n == 0 ? "" : Integer.toString(n), "num");
        }
        add(tr, "td", "num").appendElement("strong").text(last);
    }
}
