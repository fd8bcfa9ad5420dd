package org.wirecheck.ingest;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Walks a commonmark-java tree parsed with source spans and marks, as offsets into the parsed text, the characters
 * that may be markup ({@code covered}) and the prose among them ({@code prose}); markup is covered but not prose.
 *
 * <p>Prose is: text (without the backslash of an escape; entities stay as written), the link text of
 * {@code [text](target)} and {@code [text][label]}, the content of code spans and code blocks, and the text between
 * the tags of an HTML block ({@link HtmlBlockText}). Not prose: images (alt text included), autolinks and bare URLs,
 * inline HTML, and every delimiter and prefix. Line breaks are covered only inside an image, a URL, inline HTML or
 * a link's target, so they stay visible elsewhere.
 *
 * @param covered characters inside a block (not the document), an inline construct hidden whole, or a link's target
 * @param prose characters that are prose
 */
record MarkdownProse(BitSet covered, BitSet prose) {

    static MarkdownProse of(String text, Node document) {
        MarkdownProse found = new MarkdownProse(new BitSet(), new BitSet());
        Deque<Node> todo = new ArrayDeque<>(List.of(document)); // no recursion: the order does not matter
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (found.mark(text, node)) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    todo.push(child);
                }
            }
        }
        return found;
    }

    /** Marks what {@code node} itself covers and holds as prose; returns whether its children are to be read. */
    private boolean mark(String text, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (node instanceof Block && !(node instanceof Document)) {
            spans.forEach(s -> covered.set(start(s), end(s)));
        }
        if (node instanceof Text) {
            spans.forEach(s -> text(text, start(s), end(s)));
        } else if (node instanceof Code && !spans.isEmpty()) {
            code(text, spans);
        } else if (node instanceof FencedCodeBlock fenced) {
            boolean closed = fenced.getClosingFenceLength() != null;
            spans.subList(Math.min(1, spans.size()), spans.size() - (closed ? 1 : 0))
                    .forEach(s -> prose.set(start(s), end(s)));
        } else if (node instanceof IndentedCodeBlock) {
            spans.forEach(s -> prose.set(start(s), end(s)));
        } else if (node instanceof HtmlBlock && !spans.isEmpty()) {
            spans.forEach(s -> prose.set(start(s), end(s)));
            prose.andNot(HtmlBlockText.tags(text, start(spans.get(0)), end(spans.get(spans.size() - 1))));
        }
        if (hidesWhole(text, node, spans)) {
            covered.set(start(spans.get(0)), end(spans.get(spans.size() - 1)));
            return false;
        }
        if (node instanceof Link && !spans.isEmpty()) {
            covered.set(linkTextEnd(node, start(spans.get(0))), end(spans.get(spans.size() - 1)));
        }
        return true;
    }

    /** Images, inline HTML, and links written as a URL ({@code <https://...>} or bare) are markup as a whole. */
    private static boolean hidesWhole(String text, Node node, List<SourceSpan> spans) {
        if (spans.isEmpty()) {
            return false;
        }
        return node instanceof Image || node instanceof HtmlInline
                || node instanceof Link && text.charAt(start(spans.get(0))) != '[';
    }

    /** Where the text of a {@code [text](target)} link ends: after its last child with a span, else after "[". */
    private static int linkTextEnd(Node link, int start) {
        int end = start + 1;
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            for (SourceSpan s : child.getSourceSpans()) {
                end = Math.max(end, end(s));
            }
        }
        return end;
    }

    /** Text as written, except the backslash of an escaped ASCII punctuation character. */
    private void text(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\\' && i + 1 < end && isAsciiPunctuation(text.charAt(i + 1))) {
                i++;
            }
            prose.set(i);
        }
    }

    /** A code span's content, without the backtick runs that open and close it. */
    private void code(String text, List<SourceSpan> spans) {
        int start = start(spans.get(0));
        int end = end(spans.get(spans.size() - 1));
        int ticks = 0;
        while (start + ticks < end && text.charAt(start + ticks) == '`') {
            ticks++;
        }
        for (SourceSpan s : spans) {
            int from = Math.max(start(s), start + ticks);
            int to = Math.min(end(s), end - ticks);
            if (from < to) {
                prose.set(from, to);
            }
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static int start(SourceSpan s) {
        return s.getInputIndex();
    }

    private static int end(SourceSpan s) {
        return s.getInputIndex() + s.getLength();
    }
}
