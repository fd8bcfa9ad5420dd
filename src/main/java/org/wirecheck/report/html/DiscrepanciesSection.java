package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.append;
import static org.wirecheck.report.html.Html.attr;
import static org.wirecheck.report.html.Html.text;

import java.util.List;
import org.jsoup.nodes.Element;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportModel.Excerpt;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.ItemReading;
import org.wirecheck.report.ReportText;
import org.wirecheck.text.Texts;

/**
 * The details: the facts (and the items the review flagged), then the wording drift when the report details it;
 * one article per discrepancy, most important first: its id, kind, severity and summary, why it was classified so,
 * each reading with the copies carrying it and its sentence in them (the reading marked), and the review if any.
 */
final class DiscrepanciesSection {

    private DiscrepanciesSection() {
    }

    static void build(ReportModel m, Element main) {
        if (m.items().isEmpty()) {
            Element section = main.appendElement("section").attr("id", "discrepancies");
            section.appendElement("h2").text("Discrepancies");
            section.appendElement("p").text("No discrepancies found.");
            return;
        }
        section(m, main, "discrepancies", "The facts in detail", m.keyItems());
        if (m.driftDetailed()) {
            section(m, main, "drift", "Wording drift", m.driftItems());
        }
    }

    private static void section(ReportModel m, Element main, String id, String title, List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").attr("id", id);
        section.appendElement("h2").text(title);
        for (Item item : items) {
            item(m, item, section);
        }
    }

    private static void item(ReportModel m, Item d, Element section) {
        String sev = d.severity().label();
        Element article = attr(add(section, "article", sev), "id", anchor(d.id()));
        Element h3 = article.appendElement("h3");
        text(h3, "span", d.id(), "did");
        append(h3, " ");
        text(h3, "span", d.kind().name(), "kind");
        append(h3, " ");
        text(h3, "span", sev, "sev", sev);
        append(h3, " ");
        text(h3, "span", Texts.cut(Texts.oneLine(d.summary()), ReportModel.MAX_READING), "summary")
                .attr("dir", "auto");
        if (!d.why().isBlank()) {
            text(article, "p", Texts.oneLine(d.why()), "why");
        }
        Element readings = add(article, "ol", "readings");
        for (ItemReading r : d.readings()) {
            reading(m, r, readings);
        }
        if (!d.lacking().isEmpty()) {
            Element li = add(readings, "li", "reading", "lacking");
            Element head = add(li, "p", "rhead");
            text(head, "span", "(lacking the passage)", "rtext", "absent");
            append(head, " ");
            text(head, "span", d.lacking().size() + " of " + m.comparedCount(), "count");
            append(head, " ");
            ids(m, d.lacking(), head);
        }
        d.review().ifPresent(rv -> {
            Element review = add(article, "div", "review");
            text(review, "span", "Verdict: " + rv.verdict(), "verdict");
            if (!rv.note().isBlank()) {
                text(review, "div", rv.note().strip(), "note").attr("dir", "auto");
            }
        });
    }

    private static void reading(ReportModel m, ItemReading r, Element readings) {
        Element li = add(readings, "li", "reading");
        if (r.majority()) {
            li.addClass("majority");
        }
        Element head = add(li, "p", "rhead");
        if (r.absent()) {
            text(head, "span", "(absent)", "rtext", "absent");
        } else {
            text(head, "span", r.shown(), "rtext").attr("dir", "auto");
        }
        append(head, " ");
        text(head, "span", r.count() + " of " + m.comparedCount(), "count");
        append(head, " ");
        ids(m, r.copyIds(), head);
        if (r.majority()) {
            append(head, " ");
            text(head, "span", "majority", "tag");
        }
        if (r.excerpts().isEmpty()) {
            return;
        }
        Element excerpts = add(li, "ul", "excerpts");
        boolean several = r.excerpts().size() > 1;
        for (Excerpt e : r.excerpts()) {
            Element excerpt = add(excerpts, "li", "excerpt");
            if (several) {
                ids(m, e.copyIds(), excerpt);
                append(excerpt, " ");
            }
            Element sentence = excerpt.appendElement("span").attr("dir", "auto");
            append(sentence, e.before());
            if (e.gap()) {
                text(sentence, "mark", ReportText.GAP, "gap").attr("title", "missing here");
            } else {
                text(sentence, "mark", e.marked());
            }
            append(sentence, e.after());
        }
    }

    /** The copy ids, each with its file name as a tooltip. */
    private static void ids(ReportModel m, List<String> ids, Element parent) {
        Element span = add(parent, "span", "ids");
        for (String id : ids) {
            if (span.childNodeSize() > 0) {
                append(span, " ");
            }
            String name = m.copies().stream().filter(c -> c.id().equals(id)).map(CopyInfo::name).findFirst()
                    .orElse(id);
            attr(text(span, "abbr", id), "title", name);
        }
    }

    /** An id usable as a fragment: letters, digits, '-' and '_' kept, anything else replaced. */
    private static String anchor(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            sb.append((ch < 128 && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_')) ? ch : '_');
        }
        return sb.toString();
    }
}
