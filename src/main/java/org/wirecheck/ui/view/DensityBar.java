package org.wirecheck.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.StoryPositions;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.RowText;
import org.wirecheck.ui.model.StyleClasses;

/**
 * The density bar beside the copies, like a diff tool's overview ruler: one tick per discrepancy shown in the list,
 * at its place in the story (top: the start of the reference copy), coloured by kind and as wide as its severity
 * (full width high, half medium, a quarter low); the selected one is framed. Clicking jumps to the nearest
 * discrepancy. Where ticks would overlap, the more severe one is drawn.
 */
final class DensityBar extends Region {

    static final double WIDTH = 14;
    private static final double TICK = 3;

    private final DiscrepancyList list;
    private final Consumer<Discrepancy> select;
    private List<Mark> marks = List.of();
    private final List<Region> ticks = new ArrayList<>();
    private final Region selected = new Region();

    DensityBar(DiscrepancyList list, Consumer<Discrepancy> select) {
        this.list = list;
        this.select = select;
        getStyleClass().add("density-bar");
        setId("density-bar");
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        selected.getStyleClass().add("density-selected");
        selected.setMouseTransparent(true);
        // a new result refilters the list, so the list's change is the one signal to follow
        list.visible().addListener((ListChangeListener<Discrepancy>) c -> refresh());
        list.selectedProperty().addListener((o, a, b) -> placeSelected()); // the ticks stay where they are
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            Discrepancy d = nearest(e.getY());
            if (d != null) {
                select.accept(d);
            }
        });
        Tooltip.install(this, new Tooltip("Where the discrepancies shown lie in the story (top: its start); "
                + "click to go to one"));
        refresh();
    }

    /** A discrepancy shown and where it stands in the story, 0..1 ({@link StoryPositions}). */
    record Mark(Discrepancy discrepancy, double at) {
    }

    /** The ticks drawn, one per discrepancy shown (for tests). */
    List<Mark> marks() {
        return marks;
    }

    private void refresh() {
        Comparison c = list.resultProperty().get().comparison();
        marks = c == null ? List.of()
                : list.visible().stream().map(d -> new Mark(d, StoryPositions.of(c, d))).toList();
        getChildren().clear();
        ticks.clear();
        for (Mark m : marks) {
            Region tick = new Region();
            Discrepancy d = m.discrepancy();
            tick.getStyleClass().addAll("density-tick", StyleClasses.of(d.kind()), StyleClasses.of(d.severity()));
            tick.setMouseTransparent(true);
            ticks.add(tick);
        }
        getChildren().addAll(ticks);
        getChildren().add(selected);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double h = Math.max(0, getHeight() - TICK);
        int rows = (int) Math.max(1, h);
        int[] best = new int[rows + 1];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < marks.size(); i++) {
            int row = (int) Math.round(marks.get(i).at() * h);
            int was = best[row];
            if (was < 0 || severity(i).compareTo(severity(was)) < 0) {
                best[row] = i;
            }
        }
        for (Region t : ticks) {
            t.setVisible(false);
        }
        for (int row = 0; row <= rows; row++) {
            int i = best[row];
            if (i >= 0) {
                double w = switch (marks.get(i).discrepancy().severity()) {
                    case HIGH -> WIDTH;
                    case MEDIUM -> WIDTH / 2;
                    case LOW -> WIDTH / 4;
                };
                ticks.get(i).setVisible(true);
                ticks.get(i).resizeRelocate(WIDTH - w, row, w, TICK);
            }
        }
        placeSelected();
    }

    /** Frames the selected discrepancy's tick, if it has one. */
    private void placeSelected() {
        double h = Math.max(0, getHeight() - TICK);
        Discrepancy chosen = list.selected();
        selected.setVisible(false);
        for (Mark m : marks) {
            if (m.discrepancy().equals(chosen)) {
                selected.setVisible(true);
                selected.resizeRelocate(0, Math.max(0, Math.round(m.at() * h) - 2), WIDTH, TICK + 4);
                return;
            }
        }
    }

    private org.wirecheck.classify.Severity severity(int mark) {
        return marks.get(mark).discrepancy().severity();
    }

    /** The discrepancy whose tick is nearest {@code y}, or null when none is shown. */
    Discrepancy nearest(double y) {
        double h = Math.max(1, getHeight() - TICK);
        Mark best = null;
        for (Mark m : marks) {
            if (best == null || Math.abs(m.at() * h - y) < Math.abs(best.at() * h - y)) {
                best = m;
            }
        }
        return best == null ? null : best.discrepancy();
    }

    /** "D4 Name: Chey / Choi", for the tick nearest the pointer (tests and tooltips). */
    String describe(double y) {
        Discrepancy d = nearest(y);
        return d == null ? "" : d.id() + " " + RowText.kindLabel(d.kind()) + ": " + RowText.readings(d);
    }
}
