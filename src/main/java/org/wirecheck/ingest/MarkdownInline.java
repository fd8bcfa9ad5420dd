package org.wirecheck.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline Markdown pass, one left-to-right scan over what the line pass left free. Hides: backslashes of escapes,
 * code span backticks (the code becomes literal), HTML comments, autolinks and inline HTML tags, images entirely,
 * the {@code [} and the {@code ](target)} or {@code ][label]} of links (the link text stays visible), and bare URLs.
 */
final class MarkdownInline {

    /** How far a bracket, parenthesis or tag may reach; bounds the work on unbalanced input. */
    private static final int MAX_REACH = 2000;

    /** Characters the forward searches may look at in all; keeps pathological input (a file of "[") linear. */
    private static final long SEARCH_BUDGET = 100_000_000L;

    private static final Pattern AUTOLINK =
            Pattern.compile("<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[^\\s<>@]+@[^\\s<>@]+\\.[^\\s<>@]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]{0,2000})?/?>");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)[^\\s<>]+");

    private final MarkdownMarks marks;
    private final String text;
    private final Set<String> labels;
    private long budget = SEARCH_BUDGET;

    private MarkdownInline(MarkdownMarks marks, Set<String> labels) {
        this.marks = marks;
        this.text = marks.text;
        this.labels = labels;
    }

    /** @param labels the reference definition labels, so that {@code [text]} alone is known to be a link */
    static void mark(MarkdownMarks marks, Set<String> labels) {
        MarkdownInline pass = new MarkdownInline(marks, labels);
        int i = 0;
        while (i < pass.text.length()) {
            i = marks.free(i) ? pass.step(i) : i + 1;
        }
    }

    /** Recognises markup starting at {@code i}; returns where to continue. */
    private int step(int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\\' -> {
                return escape(i);
            }
            case '`' -> {
                return codeSpan(i);
            }
            case '<' -> {
                return angle(i);
            }
            case '!' -> {
                return marks.at(i + 1) == '[' ? image(i) : i + 1;
            }
            case '[' -> {
                return link(i);
            }
            default -> {
                return c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W' ? url(i) : i + 1;
            }
        }
    }

    private int escape(int i) {
        char next = marks.at(i + 1);
        if (i + 1 < text.length() && next < 128 && MarkdownMarks.isPunctuation(next)) {
            marks.hide(i, i + 1);
            marks.literal(i + 1, i + 2);
            return i + 2;
        }
        return i + 1;
    }

    /** A run of n backticks opens a code span closed by the next run of exactly n. */
    private int codeSpan(int i) {
        int n = runLength(i, '`');
        for (int j = i + n; j < text.length() && j < i + MAX_REACH && budget-- > 0 && !marks.blankLineAt(j); j++) {
            if (text.charAt(j) == '`') {
                int m = runLength(j, '`');
                if (m == n) {
                    marks.hide(i, i + n);
                    marks.literal(i + n, j);
                    marks.hide(j, j + n);
                    return j + n;
                }
                j += m - 1;
            }
        }
        return i + n;
    }

    private int angle(int i) {
        if (text.startsWith("<!--", i)) {
            int close = text.indexOf("-->", i + 4);
            if (close >= 0) {
                marks.hide(i, close + 3);
                return close + 3;
            }
            return i + 1;
        }
        for (Pattern p : new Pattern[] {AUTOLINK, TAG}) {
            Matcher m = p.matcher(text).region(i, Math.min(text.length(), i + MAX_REACH));
            if (m.lookingAt()) {
                marks.hide(i, m.end());
                return m.end();
            }
        }
        return i + 1;
    }

    /** {@code ![alt](src)} or {@code ![alt][label]}: hidden entirely, alt text included. */
    private int image(int i) {
        int end = linkEnd(i + 1);
        if (end < 0) {
            return i + 1;
        }
        marks.hide(i, end);
        return end;
    }

    /** {@code [text](target)}, {@code [text][label]}, or {@code [text]} with a defined label. */
    private int link(int i) {
        int end = linkEnd(i);
        if (end < 0) {
            return i + 1;
        }
        int close = closeBracket(i);
        marks.hide(i, i + 1);
        marks.hide(close, end);
        return i + 1; // the link text is scanned next, it may hold emphasis, code or an image
    }

    /** The end (exclusive) of the link whose text opens at {@code open}, or -1 if there is none. */
    private int linkEnd(int open) {
        int close = closeBracket(open);
        if (close < 0) {
            return -1;
        }
        char after = marks.at(close + 1);
        if (after == '(' && close + 1 < text.length()) {
            int paren = closing(close + 1, '(', ')');
            return paren < 0 ? -1 : paren + 1;
        }
        if (after == '[' && close + 1 < text.length()) {
            int bracket = closeBracket(close + 1);
            return bracket < 0 ? -1 : bracket + 1;
        }
        boolean defined = labels.contains(MarkdownBlocks.label(text.substring(open + 1, close)));
        return defined ? close + 1 : -1;
    }

    private int closeBracket(int open) {
        return closing(open, '[', ']');
    }

    /** The index of the bracket closing the one at {@code open}, skipping escapes and nested pairs; -1 if none. */
    private int closing(int open, char opener, char closer) {
        int depth = 0;
        int limit = Math.min(text.length(), open + MAX_REACH);
        for (int j = open + 1; j < limit && budget-- > 0 && !marks.blankLineAt(j); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == opener) {
                depth++;
            } else if (c == closer) {
                if (depth == 0) {
                    return j;
                }
                depth--;
            }
        }
        return -1;
    }

    /** A bare URL at a word start; trailing sentence punctuation and unbalanced closers are left visible. */
    private int url(int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return i + 1;
        }
        Matcher m = URL.matcher(text).region(i, Math.min(text.length(), i + MAX_REACH));
        if (!m.lookingAt()) {
            return i + 1;
        }
        int end = i + 1;
        while (end < m.end() && marks.free(end)) {
            end++;
        }
        while (end > i && (".,:;!?'\"*_~".indexOf(text.charAt(end - 1)) >= 0 || unbalancedCloser(i, end))) {
            end--;
        }
        marks.hide(i, end);
        return Math.max(end, i + 1);
    }

    private boolean unbalancedCloser(int start, int end) {
        char last = text.charAt(end - 1);
        char open = last == ')' ? '(' : last == ']' ? '[' : 0;
        if (open == 0) {
            return false;
        }
        int balance = 0;
        for (int j = start; j < end; j++) {
            char c = text.charAt(j);
            balance += c == open ? 1 : c == last ? -1 : 0;
        }
        return balance < 0;
    }

    private int runLength(int i, char c) {
        int j = i;
        while (j < text.length() && text.charAt(j) == c) {
            j++;
        }
        return j - i;
    }
}
