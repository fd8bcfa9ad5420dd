package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.text;

import org.jsoup.nodes.Element;
import org.wirecheck.classify.Severity;
import org.wirecheck.report.ReportLegend;

/**
 * "How to read this report": the severities (drawn as the report draws them), how readings are shown, and what each
 * kind means, in the words of the window's legend ({@link ReportLegend}).
 */
final class LegendSection {

    private LegendSection() {
    }

    static void build(Element main) {
        Element section = main.appendElement("section").attr("id", "legend");
        Element details = section.appendElement("details").attr("open", true);
        details.appendElement("summary").appendElement("h2").text("How to read this report");
        Element dl = add(details, "dl", "legend");
        for (Severity s : Severity.values()) {
            text(dl.appendElement("dt"), "span", s.label(), "sev", s.label());
            dl.appendElement("dd").text(ReportLegend.severity(s));
        }
        for (ReportLegend.Entry e : ReportLegend.readings()) {
            dl.appendElement("dt").text(e.term());
            dl.appendElement("dd").text(e.meaning());
        }
        for (ReportLegend.Entry e : ReportLegend.kinds()) {
            text(dl.appendElement("dt"), "span", e.term(), "kind");
            dl.appendElement("dd").text(e.meaning());
        }
    }
}
