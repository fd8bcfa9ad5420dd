package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.append;
import static org.wirecheck.report.html.Html.text;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportModel.Item;

/**
 * The first layer, for an editor who reads nothing else: the review's verdicts counted, then each fact that differs
 * on one line (which copies say what; the page has no links, so its id leads to the details), and what the
 * wording drift amounts to.
 */
final class FactsSection {

    /** Longest reading shown in a fact's one line. */
    private static final int LINE_READING = 60;

    private FactsSection() {
    }

    static void build(ReportModel m, Element main) {
        Element section = main.appendElement("section").attr("id", "review");
        section.appendElement("h2").text("What the review found");
        Element verdicts = add(section, "p", "verdicts");
        verdicts.appendElement("strong").text(m.verdicts().text());
        append(verdicts, " " + m.verdictsOf());
        List<Item> key = m.keyItems();
        if (key.isEmpty()) {
            section.appendElement("p").text("No facts differ.");
        } else {
            section.appendElement("h3").text("Facts that differ (" + key.size() + ")");
            Element list = add(section, "ul", "facts");
            for (Item d : key) {
                Element li = list.appendElement("li");
                text(li, "span", d.id(), "did");
                append(li, " ");
                text(li, "span", d.kind().name(), "kind");
                append(li, " ");
                text(li, "span", d.whoSaysWhat(LINE_READING), "who").attr("dir", "auto");
                d.review().ifPresent(r -> {
                    append(li, " ");
                    String outcome = r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
                    text(li, "span", r.verdict(), "verdict", outcome);
                });
            }
        }
        if (!m.driftText().isEmpty()) {
            text(section, "p", m.driftText(), "drift-note");
        }
    }
}
