package org.wirecheck.ui.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.review.Verdict;
import org.wirecheck.text.Texts;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.Grouping;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.ReviewModel;
import org.wirecheck.ui.model.RowText;
import org.wirecheck.ui.model.Section;

/**
 * The discrepancy sidebar: search, filters (severity, kind, copy, verdict), grouping, the list itself, grouped by kind,
 * fact or copy (with each copy's drift card) with counts and a verdict badge on each row, and the verdicts whose
 * discrepancy is gone. It only binds to {@link DiscrepancyList} and {@link ReviewModel}; selection goes both ways.
 */
public final class SidebarView extends VBox {

    private final DiscrepancyList list;
    private final TextField search = new TextField();
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final ComboBox<Path> copy = new ComboBox<>();
    private final ComboBox<Verdict> verdict = new ComboBox<>();
    private final ComboBox<Grouping> grouping = new ComboBox<>();
    private final List<ToggleButton> toggles = new ArrayList<>();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final Label count = new Label();
    private final Set<String> collapsed = new HashSet<>();
    private boolean updating;

    public SidebarView(DiscrepancyList list, ReviewModel review) {
        this.list = list;
        getStyleClass().add("sidebar");
        search.setPromptText("Search readings, names, reasons  (Ctrl+F)");
        search.setId("search");
        search.textProperty().bindBidirectional(list.searchProperty());

        count.getStyleClass().add("sidebar-count");
        count.setId("sidebar-count");
        count.setMinWidth(0); // a narrow sidebar shortens the count, never the severity toggles
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label severityLabel = new Label("Severity");
        severityLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox severities = new HBox(4, severityLabel, severityToggle(Severity.HIGH, "High"),
                severityToggle(Severity.MEDIUM, "Medium"), severityToggle(Severity.LOW, "Low"), gap, count);
        severities.setAlignment(Pos.CENTER_LEFT);

        kind.setId("kind-filter");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setCellFactory(kindCells());
        kind.setButtonCell(kindCells().call(null));
        kind.valueProperty().bindBidirectional(list.kindProperty());
        kind.setTooltip(new Tooltip("Show one kind of discrepancy"));
        copy.setId("copy-filter");
        copy.setMaxWidth(Double.MAX_VALUE);
        copy.setCellFactory(copyCells());
        copy.setButtonCell(copyCells().call(null));
        copy.valueProperty().bindBidirectional(list.copyProperty());
        copy.setTooltip(new Tooltip("Show only where this copy differs from the majority"));
        kind.setPrefWidth(150);
        copy.setPrefWidth(150);
        HBox.setHgrow(kind, Priority.ALWAYS);
        HBox.setHgrow(copy, Priority.ALWAYS);
        HBox filters = new HBox(6, kind, copy);

        verdict.setId("verdict-filter");
        verdict.getItems().addAll(null, Verdict.UNREVIEWED, Verdict.CONFIRMED_ERROR, Verdict.ACCEPTABLE_VARIATION,
                Verdict.NEEDS_FOLLOW_UP);
        verdict.setCellFactory(v -> verdictCell());
        verdict.setButtonCell(verdictCell());
        verdict.valueProperty().bindBidirectional(list.verdictProperty());
        verdict.setTooltip(new Tooltip("Show only discrepancies with this verdict"));
        verdict.setPrefWidth(150);
        grouping.setId("grouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.setCellFactory(v -> groupingCell());
        grouping.setButtonCell(groupingCell());
        grouping.valueProperty().bindBidirectional(list.groupingProperty());
        grouping.setTooltip(new Tooltip("Group the list by kind, by fact (one fact told in several places), by copy "
                + "(what each copy changes), or not at all"));
        grouping.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(verdict, Priority.ALWAYS);
        verdict.setMaxWidth(Double.MAX_VALUE);
        HBox countRow = new HBox(6, verdict, grouping);
        countRow.setAlignment(Pos.CENTER_LEFT);

        tree.setId("discrepancies");
        tree.getStyleClass().add("discrepancy-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new DiscrepancyCell(() -> list.resultProperty().get(),
                d -> review.state().item(d.key())));
        Label empty = new Label();
        empty.setId("list-empty");
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> list.resultProperty().get()
                .comparison() == null ? "Nothing compared yet: the list fills when two or more copies are compared."
                : list.resultProperty().get().discrepancies().isEmpty() ? "The copies agree: no discrepancy found."
                : "No discrepancy to show.\nCtrl+D shows all drift; Navigate ▸ Clear filters shows all.",
                list.resultProperty()));
        empty.setWrapText(true);
        empty.getStyleClass().add("detail-empty");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(list.visible()));
        empty.setMouseTransparent(true);
        StackPane listArea = new StackPane(tree, empty);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        getChildren().addAll(search, severities, filters, countRow, listArea, new OrphansView(review));
        review.revisionProperty().addListener(x -> tree.refresh());

        // a change of grouping filters the list again, and the new list (always set then) brings the rebuild
        list.visible().addListener((ListChangeListener<Discrepancy>) c -> rebuild());
        list.resultProperty().addListener((o, a, b) -> refreshChoices(b));
        list.selectedProperty().addListener((o, a, b) -> showSelected(b, false));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating && b != null && b.getValue() instanceof Discrepancy d) {
                list.selectedProperty().set(d);
            }
        });
        refreshChoices(list.resultProperty().get());
        rebuild();
    }

    /** Puts the keyboard in the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The sidebar's controls in the order Tab goes through them: search, filters, grouping, the list. */
    List<Node> focusOrder() {
        List<Node> out = new ArrayList<>();
        out.add(search);
        out.addAll(toggles);
        out.addAll(List.of(kind, copy, verdict, grouping, tree));
        return out;
    }

    /** The list (for tests). */
    public TreeView<Object> tree() {
        return tree;
    }

    private ToggleButton severityToggle(Severity s, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setId("severity-" + s.label());
        b.getStyleClass().add("severity-toggle");
        b.setMinWidth(Region.USE_PREF_SIZE);
        toggles.add(b);
        b.setSelected(list.severities().contains(s));
        b.setTooltip(new Tooltip("Show " + s.label() + " severity discrepancies"));
        b.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                list.severities().add(s);
            } else {
                list.severities().remove(s);
            }
        });
        list.severities().addListener((SetChangeListener<Severity>) c -> b.setSelected(list.severities().contains(s)));
        return b;
    }

    private Callback<javafx.scene.control.ListView<Kind>, ListCell<Kind>> kindCells() {
        return v -> new ListCell<>() {
            @Override
            protected void updateItem(Kind k, boolean empty) {
                super.updateItem(k, empty);
                if (empty || k == null) {
                    setText("All kinds");
                } else {
                    setText(RowText.kindLabel(k) + " (" + list.kindCounts().getOrDefault(k, 0) + ")");
                }
            }
        };
    }

    private static ListCell<Grouping> groupingCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Grouping g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : g == Grouping.NONE ? "Not grouped"
                        : "Group by " + g.label().toLowerCase(java.util.Locale.ROOT));
            }
        };
    }

    private static ListCell<Verdict> verdictCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Verdict v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "All verdicts" : v.label());
            }
        };
    }

    private Callback<javafx.scene.control.ListView<Path>, ListCell<Path>> copyCells() {
        return v -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText("All copies");
                } else {
                    String label = list.resultProperty().get().paneOf(p)
                            .map(c -> c.id() + " differs · " + c.outlet()).orElse(p.getFileName().toString());
                    setText(label);
                }
            }
        };
    }

    private void refreshChoices(ReaderResult r) {
        Kind k = list.kindProperty().get();
        kind.getItems().setAll((Kind) null);
        kind.getItems().addAll(list.kindCounts().keySet());
        kind.setValue(kind.getItems().contains(k) ? k : null);
        Path p = list.copyProperty().get();
        copy.getItems().setAll((Path) null);
        copy.getItems().addAll(r.panes().stream().map(PaneCopy::path).toList());
        copy.setValue(copy.getItems().contains(p) ? p : null);
    }

    private void rebuild() {
        updating = true;
        try {
            TreeItem<Object> root = tree.getRoot();
            for (TreeItem<Object> g : root.getChildren()) {
                if (g.getValue() instanceof Section section) {
                    if (g.isExpanded()) {
                        collapsed.remove(section.id());
                    } else {
                        collapsed.add(section.id());
                    }
                }
            }
            root.getChildren().clear();
            List<Section> sections = list.sections();
            if (sections.isEmpty()) {
                for (Discrepancy d : list.visible()) {
                    root.getChildren().add(new TreeItem<>(d));
                }
            }
            for (Section section : sections) {
                if (!section.hasHeader()) {
                    section.items().forEach(d -> root.getChildren().add(new TreeItem<>(d)));
                    continue;
                }
                TreeItem<Object> group = new TreeItem<>(section);
                for (Discrepancy d : section.items()) {
                    group.getChildren().add(new TreeItem<>(d));
                }
                group.setExpanded(!collapsed.contains(section.id()));
                root.getChildren().add(group);
            }
            int total = list.resultProperty().get().discrepancies().size();
            int shown = list.visible().size();
            count.setText(shown == total ? Texts.plural(total, "discrepancy", "discrepancies")
                    : shown + " of " + total + " shown");
        } finally {
            updating = false;
        }
        showSelected(list.selected(), true);
    }

    /** Selects {@code d}'s row and scrolls to it: after a rebuild near the top, else only as far as needed. */
    private void showSelected(Discrepancy d, boolean rebuilt) {
        updating = true;
        try {
            TreeItem<Object> current = tree.getSelectionModel().getSelectedItem();
            TreeItem<Object> item = d == null ? null
                    : current != null && d.equals(current.getValue()) ? current : find(tree.getRoot(), d);
            if (item == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            if (item.getParent() != null) {
                item.getParent().setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                // scroll only as far as needed (TreeView.scrollTo would put the row at the top)
                if (rebuilt) {
                    tree.scrollTo(Math.max(0, row - 3));
                } else if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(row);
                } else {
                    tree.scrollTo(row);
                }
            }
        } finally {
            updating = false;
        }
    }

    private static TreeItem<Object> find(TreeItem<Object> parent, Discrepancy d) {
        for (TreeItem<Object> child : parent.getChildren()) {
            if (d.equals(child.getValue())) {
                return child;
            }
            TreeItem<Object> inner = find(child, d);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
