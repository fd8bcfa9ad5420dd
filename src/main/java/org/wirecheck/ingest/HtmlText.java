package org.wirecheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain paragraphs. Every block element (p, h1-h6, li, blockquote, pre, figcaption, td, a div
 * with text of its own...) starts and ends a paragraph; paragraphs are separated by {@code "\n\n"}. Inside a paragraph
 * white space runs collapse to one space and {@code <br>} becomes one line break; {@code <pre>} keeps its lines.
 * Entities are already decoded by the parser.
 */
final class HtmlText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    private HtmlText() {
    }

    /** @return the text of {@code root}, paragraphs separated by a blank line */
    static String render(Element root) {
        HtmlText visitor = new HtmlText();
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return String.join("\n\n", visitor.paragraphs);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendText(text.getWholeText());
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br")) {
                current.append('\n');
            } else if (BLOCKS.contains(name)) {
                flush();
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            flush();
            if (e.normalName().equals("pre")) {
                preDepth--;
            }
        }
    }

    private void appendText(String text) {
        if (preDepth > 0) {
            current.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHtmlSpace(c)) {
                if (current.length() > 0 && !isHtmlSpace(current.charAt(current.length() - 1))) {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
    }

    /** Ends the current paragraph: trims each line, drops blank lines, keeps the paragraph if anything is left. */
    private void flush() {
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n")) {
            String trimmed = preDepth > 0 ? line.stripTrailing() : trimHtmlSpace(line);
            if (!Decoder.isBlank(trimmed)) {
                lines.add(trimmed);
            }
        }
        current.setLength(0);
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
    }

    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static String trimHtmlSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isHtmlSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isHtmlSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
