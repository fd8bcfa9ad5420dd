package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.text;

import org.jsoup.nodes.Element;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportText;

/** The table of the copies read (those set aside marked); on a narrow screen each row stacks, each cell labelled. */
final class CopiesSection {

    private CopiesSection() {
    }

    static void build(ReportModel m, Element main) {
        Element section = main.appendElement("section").attr("id", "copies");
        section.appendElement("h2").text("Copies");
        Element table = add(add(section, "div", "scroll"), "table", "copies", "stack");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Id");
        head.appendElement("th").text("Name");
        head.appendElement("th").text("Source");
        text(head, "th", "Words", "num");
        text(head, "th", "Similarity to base", "num");
        head.appendElement("th").text("Reference");
        Element body = table.appendElement("tbody");
        for (CopyInfo c : m.copies()) {
            Element tr = body.appendElement("tr");
            if (c.base()) {
                tr.addClass("base");
            }
            cell(tr, "Id", c.id(), "id");
            cell(tr, "Name", c.name());
            cell(tr, "Source", c.source(), "src");
            cell(tr, "Words", Integer.toString(c.words()), "num");
            cell(tr, "Similarity", ReportText.percent(c.similarity()), "num");
            Element reference = cell(tr, "Reference", "");
            if (c.base()) {
                text(reference, "span", "base", "tag", "base");
            } else if (!c.compared()) {
                text(reference, "span", "set aside", "tag", "aside");
            }
            if (!c.evidence().isEmpty()) {
                Element cell = body.appendElement("tr").addClass("evidence").appendElement("td").attr("colspan", "6")
                        .attr("data-label", "Evidence of " + c.id());
                Element list = cell.appendElement("ul");
                for (String line : c.evidence()) {
                    list.appendElement("li").text(line);
                }
            }
        }
    }

    /** A cell labelled for the stacked layout. */
    private static Element cell(Element tr, String label, String text, String... classes) {
        return text(tr, "td", text, classes).attr("data-label", label);
    }
}
