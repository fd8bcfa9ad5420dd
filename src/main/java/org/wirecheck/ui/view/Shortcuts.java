package org.wirecheck.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wirecheck.review.Verdict;

/**
 * The keyboard shortcuts (Help ▸ Keyboard shortcuts, F1) in a window of their own: keys in one column, what they do in
 * the next, by topic; the keys column is as wide as its longest entry, so no key wraps.
 */
final class Shortcuts {

    /** A shortcut: the keys, and what they do; a row without keys is a topic heading. */
    record Row(String keys, String what) {
    }

    private Shortcuts() {
    }

    static List<Row> rows() {
        List<Row> out = new ArrayList<>();
        out.add(new Row("", "Reading the facts"));
        out.add(new Row("F8  /  Alt+↓", "next discrepancy"));
        out.add(new Row("Shift+F8  /  Alt+↑", "previous discrepancy"));
        out.add(new Row("Ctrl+D", "show all drift / the facts only"));
        out.add(new Row("Ctrl+F", "search discrepancies"));
        out.add(new Row("Tab  /  Shift+Tab", "move between the copies, the search and filters, the list, the "
                + "verdicts and the note"));
        out.add(new Row("", "Recording the review (on the selected discrepancy)"));
        for (Verdict v : ReviewPanel.ORDER) {
            out.add(new Row(ReviewPanel.key(v), "verdict: " + v.label()));
        }
        out.add(new Row("F2", "write a note"));
        out.add(new Row("", "Files"));
        out.add(new Row("Ctrl+O  /  Ctrl+Shift+O", "open copies / add copies"));
        out.add(new Row("Ctrl+Shift+V", "paste the clipboard's text as a new copy"));
        out.add(new Row("Ctrl+S  /  Ctrl+Shift+S", "save review / save review as"));
        out.add(new Row("Ctrl+E", "export report"));
        out.add(new Row("Ctrl+Q", "quit"));
        out.add(new Row("", "View"));
        out.add(new Row("Shift+F1", "legend: colours, underlines, gaps, bands"));
        out.add(new Row("Ctrl+M", "the overview / the copies side by side"));
        out.add(new Row("Ctrl+Shift+C", "copy the selected discrepancy's apparatus as text"));
        out.add(new Row("Esc", "cancel the comparison under way"));
        out.add(new Row("Ctrl+L", "scroll copies together"));
        out.add(new Row("Ctrl++  /  Ctrl+−  /  Ctrl+0", "text size"));
        out.add(new Row("F1", "this list"));
        return out;
    }

    /** The same as plain text, one shortcut a line. */
    static String text() {
        StringBuilder b = new StringBuilder();
        for (Row r : rows()) {
            b.append(r.keys().isEmpty() ? "\n" + r.what() + "\n" : String.format("  %-30s %s%n", r.keys(), r.what()));
        }
        return b.append('\n').append(NOTE).toString();
    }

    private static final String NOTE = "The verdict keys do nothing while the keyboard is in a text field (search, "
            + "note); Tab leaves the note.";

    /** Opens the list beside {@code owner}, styled by its stylesheets, and returns its window. */
    static Stage show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int line = 0;
        for (Row r : rows()) {
            if (r.keys().isEmpty()) {
                Label heading = new Label(r.what());
                heading.getStyleClass().add("shortcut-topic");
                GridPane.setMargin(heading, new Insets(line == 0 ? 0 : 8, 0, 0, 0));
                grid.add(heading, 0, line++, 2, 1);
                continue;
            }
            Label k = new Label(r.keys());
            k.getStyleClass().add("shortcut-keys");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label w = new Label(r.what());
            w.setWrapText(true);
            grid.add(k, 0, line);
            grid.add(w, 1, line++);
        }
        Label note = new Label(NOTE);
        note.setWrapText(true);
        note.getStyleClass().add("detail-why");
        VBox box = new VBox(12, grid, note);
        box.setPadding(new Insets(14));
        box.getStyleClass().add("legend");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return SideWindow.open(owner, "Keyboard shortcuts", scroll, 620, 560);
    }
}
