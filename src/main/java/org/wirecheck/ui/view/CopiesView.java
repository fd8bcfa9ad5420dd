package org.wirecheck.ui.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.text.TextRange;
import org.wirecheck.ui.model.Highlighter;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.StyleClasses;
import org.wirecheck.ui.model.ViewOptions;

/**
 * The copies side by side. Each pane keeps a readable width, between about 30 and 80 characters a line (two to four
 * copies fill the row, centred when the lines would be longer); when they do not all fit (six copies and more on a
 * usual screen) the row scrolls horizontally and the tool bar's copies button chooses which are shown. Hidden copies
 * are left out; selecting a discrepancy emphasises its readings and brings every pane to that place; severities and
 * kinds filtered out in the sidebar are not highlighted. Only the panes in or near view hold their text ({@link
 * PaneRow}); the others catch up when scrolled into view.
 */
public final class CopiesView extends StackPane {

    /** Narrowest pane, in text sizes: about 30 characters a line, a newspaper column. */
    private static final double MIN_PANE_EMS = 15;
    /** Widest pane, in text sizes: about 80 characters a line, beyond which lines get hard to follow. */
    static final double MAX_PANE_EMS = 44;

    private final PaneRow row = new PaneRow();
    private final ScrollPane scroller = new ScrollPane(row);
    private final Label placeholder = new Label();
    private final Map<String, CopyPane> panes = new LinkedHashMap<>();
    private final ViewOptions options;
    private final PaneActions actions;
    private final ScrollSync sync;
    private ReaderResult result = ReaderResult.empty();

    public CopiesView(ViewOptions options, PaneActions actions) {
        this.options = options;
        this.actions = actions;
        this.sync = new ScrollSync(options.syncScrollProperty(), () -> result.passages(), row::whenInView);
        getStyleClass().add("copies");
        scroller.setFitToHeight(true);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setPannable(false);
        placeholder.getStyleClass().add("copies-placeholder");
        placeholder.setId("copies-placeholder");
        getChildren().addAll(scroller, placeholder);
        row.watch(scroller, sync::forget);
        widthProperty().addListener((o, a, w) -> row.prepare(panesToFill(w.doubleValue())));
        options.hidden().addListener((SetChangeListener<Path>) c -> updateVisibility());
        options.fontSizeProperty().addListener((o, a, b) -> applyFontSize());
    }

    /** Shows the copies of {@code r}; {@code userReference} is the file the user chose as reference, or null. */
    public void show(ReaderResult r, Path userReference) {
        this.result = r;
        sync.clear();
        panes.clear();
        for (PaneCopy c : r.panes()) {
            CopyPane pane = new CopyPane(c, c.path().equals(userReference), actions);
            HBox.setHgrow(pane, Priority.ALWAYS);
            panes.put(c.id(), pane);
            sync.attach(pane);
        }
        row.setPanes(List.copyOf(panes.values()));
        applyFontSize();
        updateVisibility();
    }

    /**
     * Highlights only discrepancies of the given severities and, when {@code kind} is not null, of that kind: a style
     * class on this container per severity and kind left out (no restyling of the text; reader.css).
     */
    public void showFilters(Set<Severity> shown, Kind kind) {
        for (Severity s : Severity.values()) {
            setClass("hide-" + s.label(), !shown.contains(s));
        }
        for (Kind k : Kind.values()) {
            setClass("hide-" + StyleClasses.of(k), kind != null && k != kind);
        }
    }

    private void setClass(String cls, boolean on) {
        if (!on) {
            getStyleClass().remove(cls);
        } else if (!getStyleClass().contains(cls)) {
            getStyleClass().add(cls);
        }
    }

    /** Text shown when no copy is open. */
    public void setPlaceholder(String text) {
        placeholder.setText(text);
    }

    /** All panes, in copy order. */
    public List<CopyPane> panes() {
        return List.copyOf(panes.values());
    }

    /** The panes shown (not hidden). */
    public List<CopyPane> visiblePanes() {
        return panes.values().stream().filter(CopyPane::isVisible).toList();
    }

    /** The pane of copy {@code id}. */
    public Optional<CopyPane> pane(String id) {
        return Optional.ofNullable(panes.get(id));
    }

    /** Brings the other panes to the passage shown at the top of {@code source}. */
    public void alignTo(CopyPane source) {
        sync.alignTo(source);
    }

    /**
     * Emphasises the readings of {@code d} (null: none) and scrolls every pane to its place: the panes in view at
     * once, the others when they come into view.
     */
    public void select(Discrepancy d) {
        sync.release();
        for (CopyPane pane : panes.values()) {
            pane.emphasiseLater(d == null ? List.of() : ranges(d, pane.copy()));
            if (pane.isLoaded() && row.inView(pane)) {
                pane.showEmphasis();
            }
        }
        if (d == null) {
            return;
        }
        for (CopyPane pane : panes.values()) {
            result.passages().placeOf(d, pane.copy().id())
                    .ifPresent(offset -> row.whenInView(pane, () -> pane.reveal(offset)));
        }
    }

    /** Scrolls the row so that copy {@code id}'s pane stands in the middle of the view (as far as the row goes). */
    public void bringIntoView(String id) {
        CopyPane pane = panes.get(id);
        if (pane == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            layout();
            double view = scroller.getViewportBounds().getWidth();
            double width = row.getWidth();
            if (width <= view) {
                return;
            }
            double x = pane.getBoundsInParent().getMinX() - (view - pane.getWidth()) / 2;
            scroller.setHvalue(Math.max(0, Math.min(1, x / (width - view))));
        });
    }

    /** Whether {@code pane} is at least partly in the horizontal viewport. */
    public boolean inView(CopyPane pane) {
        return row.inView(pane);
    }

    /** The panes holding their text now: those in view and their neighbours. */
    public List<CopyPane> loadedPanes() {
        return panes.values().stream().filter(CopyPane::isLoaded).toList();
    }

    /** The horizontally scrolling pane around the row of copies. */
    public ScrollPane scroller() {
        return scroller;
    }

    private static List<TextRange> ranges(Discrepancy d, PaneCopy copy) {
        List<TextRange> out = new ArrayList<>();
        String text = copy.witness().text();
        for (Reading r : d.readings()) {
            for (Location l : r.locations()) {
                if (!l.witnessId().equals(copy.id())) {
                    continue;
                }
                if (l.isEmpty()) {
                    int g = Highlighter.gapCharacter(text, l.start());
                    if (g >= 0) {
                        out.add(new TextRange(g, g + 1));
                    }
                } else {
                    out.add(new TextRange(l.start(), Math.min(l.end(), text.length())));
                }
            }
        }
        return out;
    }

    private void updateVisibility() {
        int shown = 0;
        for (CopyPane p : panes.values()) {
            boolean visible = !options.hidden().contains(p.copy().path());
            p.setVisible(visible);
            p.setManaged(visible);
            shown += visible ? 1 : 0;
        }
        placeholder.setVisible(panes.isEmpty() || shown == 0);
        if (!panes.isEmpty() && shown == 0) {
            placeholder.setText("All copies are hidden. View ▸ Show all copies brings them back.");
        }
        scroller.setVisible(shown > 0);
    }

    /** How many text areas to make ahead for a row {@code width} wide: the panes in view, and two to spare. */
    private int panesToFill(double width) {
        return (int) Math.ceil(width / minPaneWidth()) + 2;
    }

    private double minPaneWidth() {
        return Math.round(MIN_PANE_EMS * options.fontSizeProperty().get());
    }

    private void applyFontSize() {
        int size = options.fontSizeProperty().get();
        double minWidth = minPaneWidth();
        for (CopyPane p : panes.values()) {
            p.setFontSize(size);
            p.setMinWidth(minWidth);
            p.setPrefWidth(minWidth);
            p.setMaxWidth(Math.round(MAX_PANE_EMS * size));
        }
    }
}
