package org.wirecheck.ui.view;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.CopyDrift;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Overview;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;

/**
 * View ▸ Overview: the whole story at once, copies by discrepancies ({@link OverviewGrid}), the columns those the
 * list shows (facts first, or whatever the filters say), rows grouped by version or sorted by how far each copy
 * departs, columns in story order or by importance; above it the versions of the story and their timeline
 * ({@link VersionsStrip}). The matrix is computed off the FX thread when a result arrives.
 */
public final class OverviewView extends BorderPane {

    private final DiscrepancyList list;
    private final OverviewGrid grid = new OverviewGrid();
    private final ComboBox<Overview.RowOrder> rows = new ComboBox<>();
    private final ComboBox<Overview.ColumnOrder> columns = new ComboBox<>();
    private final Label status = new Label();
    private final VersionsStrip versions = new VersionsStrip();
    private Overview overview;
    private int generation;
    private ReaderResult computedFor;

    OverviewView(DiscrepancyList list, BiConsumer<String, Discrepancy> onCell) {
        this.list = list;
        getStyleClass().add("overview");
        setId("overview");
        rows.setId("overview-rows");
        rows.getItems().setAll(Overview.RowOrder.values());
        rows.setValue(Overview.RowOrder.VERSION);
        rows.setConverter(Labels.of(Map.of(Overview.RowOrder.VERSION, "Rows by version",
                Overview.RowOrder.DEPARTURE, "Rows by departure", Overview.RowOrder.COPY, "Rows in copy order")));
        columns.setId("overview-columns");
        columns.getItems().setAll(Overview.ColumnOrder.values());
        columns.setValue(Overview.ColumnOrder.STORY);
        columns.setConverter(Labels.of(Map.of(Overview.ColumnOrder.STORY, "Columns in story order",
                Overview.ColumnOrder.RANKING, "Columns by importance")));
        rows.valueProperty().addListener((o, a, b) -> reorder());
        columns.valueProperty().addListener((o, a, b) -> reorder());
        status.getStyleClass().add("sidebar-count");
        status.setMinWidth(0);
        Label cue = new Label("· majority   b minority   a? no majority   ∅ absent   (colour: kind)");
        cue.getStyleClass().add("sidebar-count");
        cue.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, rows, columns, status, gap, cue);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        versions.setPadding(new Insets(0, 8, 6, 8));
        setTop(new javafx.scene.layout.VBox(bar, versions));
        setCenter(grid);
        grid.onCell(onCell);
        // computed when the tab is first shown for a result, not while the copies are being laid out
        list.resultProperty().addListener((o, a, r) -> {
            generation++; // a computation under way is for the old result
            overview = null;
            versions.show(r.versions());
            refresh();
        });
        list.visible().addListener((ListChangeListener<Discrepancy>) c -> refresh());
        list.selectedProperty().addListener((o, a, d) -> grid.select(d));
    }

    /** Computes the overview of the current result unless it was done already (called when the tab is shown). */
    void computeIfNeeded() {
        ReaderResult r = list.resultProperty().get();
        if (computedFor != r) {
            computedFor = r;
            compute(r);
        }
    }

    /** The grid (for tests). */
    public OverviewGrid grid() {
        return grid;
    }

    /** The overview shown, or null while it is computed (for tests). */
    public Overview overview() {
        return overview;
    }

    void setDark(boolean dark) {
        grid.setDark(dark);
        versions.setDark(dark);
    }

    private void compute(ReaderResult r) {
        int gen = ++generation;
        overview = null;
        versions.show(r.versions());
        Comparison c = r.comparison();
        if (c == null) {
            status.setText("Open two or more copies to see the overview.");
            refresh();
            return;
        }
        status.setText("Preparing the overview…");
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            // the drift cards the comparison run made for the panes, in copy order, rather than making them again
            List<CopyDrift> drift = r.panes().stream().map(PaneCopy::drift).toList();
            Overview o = drift.size() == c.copies().size() && drift.stream().allMatch(Objects::nonNull)
                    ? Overview.of(c, drift) : Overview.of(c);
            Timing.report("computing the overview (" + c.copies().size() + " copies, " + c.discrepancies().size()
                    + " discrepancies)", t0);
            Platform.runLater(() -> {
                if (gen == generation) {
                    overview = o;
                    Timing.measure(getScene(), "showing the overview", this::reorder);
                }
            });
        }, "wirecheck-overview");
        t.setDaemon(true);
        t.start();
    }

    private void reorder() {
        if (overview != null) {
            overview = overview.ordered(rows.getValue(), columns.getValue());
        }
        refresh();
    }

    private void refresh() {
        Map<String, PaneCopy> byId = new LinkedHashMap<>();
        for (PaneCopy p : list.resultProperty().get().panes()) {
            byId.put(p.id(), p);
        }
        grid.show(overview, new HashSet<>(list.visible()), byId);
        grid.select(list.selected());
        if (overview != null) {
            status.setText(overview.rows().size() + " copies × " + grid.columnCount() + " discrepancies shown");
        }
    }
}
