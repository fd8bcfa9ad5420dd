package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.append;
import static org.wirecheck.report.html.Html.attr;
import static org.wirecheck.report.html.Html.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportText;

/** The page around the sections: the head with its policy and stylesheet, the header, the footer, and the writing. */
final class Page {

    /** Written before the tree: jsoup would write the doctype in lower case. */
    private static final String DOCTYPE = "<!DOCTYPE html>\n";

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";

    /** Elements whose rows stay on one line even though they hold only blocks. */
    private static final Set<String> ONE_LINE = Set.of("thead", "tr");

    private Page() {
    }

    /** A page with its head filled in and an empty body. */
    static Document create(ReportModel m) {
        Document doc = Document.createShell("");
        doc.child(0).attr("lang", "en");
        Element head = doc.head();
        meta(head, "charset", "utf-8");
        meta(head, "name", "viewport").attr("content", "width=device-width, initial-scale=1");
        meta(head, "http-equiv", "Content-Security-Policy").attr("content", CSP);
        meta(head, "name", "referrer").attr("content", "no-referrer");
        attr(meta(head, "name", "generator"), "content", m.tool());
        text(head, "title", (m.title().isEmpty() ? "Wirecheck report" : m.title()) + " \u2013 Wirecheck report");
        head.appendElement("style").appendChild(new DataNode("\n" + Stylesheet.CSS));
        return doc;
    }

    private static Element meta(Element head, String key, String value) {
        return head.appendElement("meta").attr(key, value);
    }

    /** The title, the date, what was compared, and the warnings. */
    static void header(ReportModel m, Element body) {
        Element header = body.appendElement("header");
        text(header, "p", "Wirecheck discrepancy report", "kicker");
        text(header, "h1", m.title()).attr("dir", "auto");
        Element meta = add(header, "p", "meta");
        time(m, meta);
        append(meta, " \u00b7 " + m.copiesText());
        m.base().ifPresent(b -> append(meta, " \u00b7 base " + b.id() + " (" + b.name() + ")"));
        append(meta, " \u00b7 " + m.tool());
        Element scope = add(header, "p", "scope");
        scope.appendElement("strong").text("Covers:");
        append(scope, " " + m.scope().text());
        if (!m.warnings().isEmpty()) {
            Element warnings = add(body, "div", "warnings").attr("role", "note");
            for (String w : m.warnings()) {
                Element p = warnings.appendElement("p");
                p.appendElement("strong").text("Warning:");
                append(p, " " + w);
            }
        }
    }

    /** Who made the page and when, and how the excerpts are marked. */
    static void footer(ReportModel m, Element body) {
        Element p = body.appendElement("footer").appendElement("p");
        append(p, "Made with " + m.tool() + " on ");
        time(m, p);
        append(p, ". Each reading is shown in its sentence in every copy carrying it, the differing words ");
        p.appendElement("mark").text("marked");
        append(p, "; ");
        text(p, "mark", ReportText.GAP, "gap");
        append(p, " marks where a copy lacks a passage. Character offsets of every reading are in the JSON report.");
    }

    private static void time(ReportModel m, Element parent) {
        attr(text(parent, "time", m.dateText()), "datetime", m.isoDate());
    }

    /**
     * The page as text, UTF-8, escaped by jsoup. jsoup's pretty printer stays off: it would fold the whitespace of
     * review notes (shown pre-wrapped) and its layout changes between releases; instead every block holding only
     * blocks gets a line break before each of them and before its end tag, so the page reads one block a line.
     */
    static String write(Document doc) {
        doc.outputSettings()
                .charset(StandardCharsets.UTF_8)
                .syntax(Document.OutputSettings.Syntax.html)
                .escapeMode(Entities.EscapeMode.base)
                .prettyPrint(false);
        breakLines(doc.child(0));
        return DOCTYPE + doc.outerHtml() + "\n";
    }

    private static void breakLines(Element e) {
        List<Element> children = e.children();
        children.forEach(Page::breakLines);
        boolean blocksOnly = !children.isEmpty() && e.childNodeSize() == children.size()
                && children.stream().allMatch(c -> c.tag().isBlock());
        if (blocksOnly && !ONE_LINE.contains(e.normalName())) {
            children.forEach(c -> c.before(new TextNode("\n")));
            e.appendChild(new TextNode("\n"));
        }
    }
}
