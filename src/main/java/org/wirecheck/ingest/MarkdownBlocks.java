package org.wirecheck.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level Markdown pass. Hides code fence lines (and marks the code between them literal), reference
 * definitions, horizontal rules and setext underlines, and the line prefixes: blockquote {@code >}, heading
 * {@code #} (and a closing {@code #} run), list bullets. Works on lines ending in LF, CRLF or CR alike.
 */
final class MarkdownBlocks {

    private static final Pattern FENCE = Pattern.compile("[ \\t]*(`{3,}|~{3,})(.*)");
    private static final Pattern REFERENCE = Pattern.compile(" {0,3}\\[([^\\]^][^\\]]*)\\]:[ \\t]*\\S.*");
    private static final Pattern RULE = Pattern.compile(" {0,3}(?:([-*_])(?:[ \\t]*\\1){2,}|=+)[ \\t]*");
    private static final Pattern QUOTE = Pattern.compile("(?:[ \\t]{0,3}>[ \\t]?)+");
    private static final Pattern HEADING = Pattern.compile("[ \\t]{0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");
    private static final Pattern BULLET = Pattern.compile("[ \\t]*(?:[-*+]|(\\d{1,9})[.)])[ \\t]+(?=\\S)");

    private final MarkdownMarks marks;
    private final Set<String> labels = new HashSet<>();
    private char fenceChar;
    private int fenceLength;
    private boolean previousBlank = true;
    private boolean inList;

    private MarkdownBlocks(MarkdownMarks marks) {
        this.marks = marks;
    }

    /** @return the labels of the reference definitions found, {@linkplain #label normalised} */
    static Set<String> mark(MarkdownMarks marks) {
        MarkdownBlocks pass = new MarkdownBlocks(marks);
        String text = marks.text;
        int start = 0;
        while (true) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            pass.line(start, end);
            if (end >= text.length()) {
                return pass.labels;
            }
            start = (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n')
                    ? end + 2 : end + 1;
        }
    }

    /** Normalises a link label: case folded, inner white space collapsed. */
    static String label(String raw) {
        return raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void line(int start, int end) {
        String line = marks.text.substring(start, end);
        boolean blank = line.isBlank();
        boolean listItem = false;
        if (fenceLength > 0) {
            codeLine(start, end, line);
        } else if (!blank) {
            listItem = prose(start, end, line);
        }
        if (listItem) {
            inList = true;
        } else if (!blank && previousBlank && !Character.isWhitespace(line.charAt(0))) {
            inList = false; // an unindented paragraph after a blank line ends the list
        }
        previousBlank = blank;
    }

    private void codeLine(int start, int end, String line) {
        Matcher m = FENCE.matcher(line);
        if (m.matches() && m.group(1).charAt(0) == fenceChar && m.group(1).length() >= fenceLength
                && m.group(2).isBlank()) {
            marks.hide(start, end);
            fenceLength = 0;
        } else {
            marks.literal(start, end);
        }
    }

    /** Marks one line outside code; returns whether it is a list item. */
    private boolean prose(int start, int end, String line) {
        Matcher m = FENCE.matcher(line);
        if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
            fenceChar = m.group(1).charAt(0);
            fenceLength = m.group(1).length();
            marks.hide(start, end);
            return false;
        }
        m = REFERENCE.matcher(line);
        if (m.matches()) {
            labels.add(label(m.group(1)));
            marks.hide(start, end);
            return false;
        }
        if (RULE.matcher(line).matches()) {
            marks.hide(start, end);
            return false;
        }
        int at = 0;
        m = QUOTE.matcher(line);
        if (m.lookingAt()) {
            at = m.end();
            marks.hide(start, start + at);
        }
        m = HEADING.matcher(line).region(at, line.length());
        if (m.lookingAt()) {
            marks.hide(start + at, start + m.end());
            Matcher closing = CLOSING_HASHES.matcher(line).region(m.end(), line.length());
            if (closing.find()) {
                marks.hide(start + closing.start(), end);
            }
            return false;
        }
        m = BULLET.matcher(line).region(at, line.length());
        if (m.lookingAt() && (m.group(1) == null || canStartOrderedList(m.group(1)))) {
            marks.hide(start + at, start + m.end());
            return true;
        }
        return false;
    }

    /** As in CommonMark, only "1." may interrupt a paragraph; "10. people" inside wrapped prose stays text. */
    private boolean canStartOrderedList(String number) {
        return previousBlank || inList || Integer.parseInt(number) == 1;
    }
}
