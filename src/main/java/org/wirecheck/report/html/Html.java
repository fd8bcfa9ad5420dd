package org.wirecheck.report.html;

import org.jsoup.nodes.Element;
import org.wirecheck.report.ReportText;

/**
 * The few ways the report adds to its jsoup tree. Every text and attribute value goes through here, cleaned of
 * control characters (U+FFFD instead) and left to jsoup to escape when the page is written.
 */
final class Html {

    private Html() {
    }

    /** Appends a {@code tag} element with these classes. */
    static Element add(Element parent, String tag, String... classes) {
        Element e = parent.appendElement(tag);
        for (String c : classes) {
            e.addClass(c);
        }
        return e;
    }

    /** Appends a {@code tag} element with these classes holding the text. */
    static Element text(Element parent, String tag, String text, String... classes) {
        return add(parent, tag, classes).text(ReportText.clean(text));
    }

    /** Appends the text after the element's last child. */
    static Element append(Element parent, String text) {
        return parent.appendText(ReportText.clean(text));
    }

    /** Sets an attribute. */
    static Element attr(Element e, String key, String value) {
        return e.attr(key, ReportText.clean(value));
    }
}
