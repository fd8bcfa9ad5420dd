package org.wirecheck.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The emphasis pass: hides {@code *}, {@code _} (runs of 1 to 3) and {@code ~} (1 or 2) delimiter runs that pair up
 * within a paragraph, using CommonMark's flanking rules. An unpaired run stays visible, so "f***" or "5 * 3" keep
 * their stars; underscores inside words ({@code snake_case}) never count.
 */
final class MarkdownEmphasis {

    private record Run(char c, int start, int end) {
    }

    private MarkdownEmphasis() {
    }

    static void mark(MarkdownMarks marks) {
        String text = marks.text;
        Map<Character, Deque<Run>> openers = Map.of('*', new ArrayDeque<>(), '_', new ArrayDeque<>(),
                '~', new ArrayDeque<>());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (marks.blankLineAt(i)) {
                openers.values().forEach(Deque::clear);
            }
            if (!openers.containsKey(c) || !marks.free(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == c && marks.free(end)) {
                end++;
            }
            delimiter(marks, openers, new Run(c, i, end));
            i = end;
        }
    }

    private static void delimiter(MarkdownMarks marks, Map<Character, Deque<Run>> openers, Run run) {
        int length = run.end() - run.start();
        if (length > (run.c() == '~' ? 2 : 3)) {
            return;
        }
        char before = marks.at(run.start() - 1);
        char after = marks.at(run.end());
        boolean left = leftFlanking(before, after);
        boolean right = leftFlanking(after, before);
        boolean canOpen = left;
        boolean canClose = right;
        if (run.c() == '_') {
            canOpen = left && (!right || MarkdownMarks.isPunctuation(before));
            canClose = right && (!left || MarkdownMarks.isPunctuation(after));
        }
        Deque<Run> same = openers.get(run.c());
        if (canClose && !same.isEmpty()) {
            Run opener = same.pop();
            marks.hide(opener.start(), opener.end());
            marks.hide(run.start(), run.end());
            // openers of other characters between the pair can no longer close anything
            for (Deque<Run> other : openers.values()) {
                while (!other.isEmpty() && other.peek().start() > opener.start()) {
                    other.pop();
                }
            }
        } else if (canOpen) {
            same.push(run);
        }
    }

    /** Left-flanking for a run between {@code before} and {@code after}; swap them for right-flanking. */
    private static boolean leftFlanking(char before, char after) {
        if (MarkdownMarks.isSpace(after)) {
            return false;
        }
        return !MarkdownMarks.isPunctuation(after)
                || MarkdownMarks.isSpace(before) || MarkdownMarks.isPunctuation(before);
    }
}
