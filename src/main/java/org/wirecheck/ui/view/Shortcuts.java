package org.wirecheck.ui.view;

import org.wirecheck.review.Verdict;

/** The keyboard shortcuts, as Help ▸ Keyboard shortcuts lists them. */
final class Shortcuts {

    private Shortcuts() {
    }

    static String text() {
        StringBuilder b = new StringBuilder();
        row(b, "F8  /  Alt+↓", "next discrepancy");
        row(b, "Shift+F8  /  Alt+↑", "previous discrepancy");
        for (Verdict v : ReviewPanel.ORDER) {
            row(b, ReviewPanel.key(v), "verdict: " + v.label() + " (selected discrepancy)");
        }
        row(b, "F2", "write a note on the selected discrepancy");
        row(b, "Ctrl+D", "show all drift / the facts only");
        row(b, "Shift+F1", "legend: colours, underlines, gaps");
        row(b, "Ctrl+F", "search discrepancies");
        row(b, "Ctrl+O  /  Ctrl+Shift+O", "open copies / add copies");
        row(b, "Ctrl+Shift+V", "paste the clipboard's text as a new copy");
        row(b, "Ctrl+S  /  Ctrl+Shift+S", "save review / save review as");
        row(b, "Ctrl+E", "export report");
        row(b, "Ctrl+L", "scroll copies together");
        row(b, "Ctrl++  /  Ctrl+−  /  Ctrl+0", "text size");
        row(b, "Ctrl+Q", "quit");
        b.append("\nThe verdict keys do nothing while the keyboard is in a text field (search, note).");
        return b.toString();
    }

    private static void row(StringBuilder b, String keys, String what) {
        b.append(String.format("%-30s %s%n", keys, what));
    }
}
