package org.wirecheck.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.report.ReportLegend;
import org.wirecheck.ui.model.StyleClasses;

/**
 * The legend (View ▸ Legend…, Shift+F1): each kind's colour, each severity's underline, the stronger tint of a minority
 * reading, the mark of a gap and the band of a rewritten passage, drawn by the same style classes and stylesheet as the
 * panes, so it always matches them.
 */
final class Legend {

    private Legend() {
    }

    /** One line of the legend: a sample word, what it means, and the style classes it is drawn with. */
    record Line(String sample, String meaning, List<String> styles) {
    }

    static List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            String name = k.name().charAt(0) + k.name().substring(1).toLowerCase(Locale.ROOT);
            out.add(new Line(name, ReportLegend.kind(k),
                    List.of(StyleClasses.MARK, StyleClasses.of(k), StyleClasses.of(Severity.HIGH))));
        }
        out.add(new Line("solid", "underline: high, " + ReportLegend.severity(Severity.HIGH),
                List.of(StyleClasses.MARK, StyleClasses.of(Kind.NUMBER), StyleClasses.of(Severity.HIGH))));
        out.add(new Line("dashed", "underline: medium, passages and wording (View ▸ Show all drift, Ctrl+D)",
                List.of(StyleClasses.MARK, StyleClasses.of(Kind.OMISSION), StyleClasses.of(Severity.MEDIUM),
                        StyleClasses.MINORITY)));
        out.add(new Line("dotted", "underline: low, style and site furniture (all drift only)",
                List.of(StyleClasses.MARK, StyleClasses.of(Kind.STYLE), StyleClasses.of(Severity.LOW))));
        out.add(new Line("stronger", "tint: this copy carries a minority reading",
                List.of(StyleClasses.MARK, StyleClasses.of(Kind.NAME), StyleClasses.of(Severity.HIGH),
                        StyleClasses.MINORITY)));
        out.add(new Line("▮", "gap: this copy lacks a passage the others tell",
                List.of(StyleClasses.MARK, StyleClasses.of(Kind.OMISSION), StyleClasses.of(Severity.MEDIUM),
                        StyleClasses.GAP)));
        out.add(new Line("band", "rewritten passage: this copy rewords it; facts that differ are still marked "
                + "(facts first only; all drift shows each word)", List.of(StyleClasses.BAND)));
        return out;
    }

    /** Opens the legend beside {@code owner}, styled by its stylesheets, and returns its window. */
    static Stage show(Window owner) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.getStyleClass().addAll("copy-text", "legend-text");
        area.setId("legend");
        area.setEditable(false);
        area.setWrapText(true);
        for (Line l : lines()) {
            int start = area.getLength();
            area.appendText(l.sample());
            area.setStyle(start, area.getLength(), l.styles());
            area.appendText("   " + l.meaning() + "\n");
            area.setStyle(area.getLength() - l.meaning().length() - 4, area.getLength(), List.<String>of());
        }
        Label heading = new Label("What the marks in the copies mean");
        heading.getStyleClass().add("legend-heading");
        VBox box = new VBox(8, heading, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("legend");
        return SideWindow.open(owner, "Legend", box, 640, 420);
    }
}
