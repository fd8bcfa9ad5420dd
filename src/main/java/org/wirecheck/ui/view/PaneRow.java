package org.wirecheck.ui.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;

/**
 * The row of copy panes inside the horizontally scrolling pane. Only the panes in the viewport, or within two panes'
 * widths of it, are loaded ({@link CopyPane#load}: header and text); panes further away than four panes' widths hand
 * their text back for reuse. With 50 copies the window thus lays out and styles about ten panes instead of all of
 * them, and a selection restyles and moves only those in view. A pane brought into view catches up: it shows the
 * emphasis of the selected discrepancy and makes the last move asked of it while out of view ({@link #whenInView}).
 */
final class PaneRow extends HBox {

    /** Panes within this many pane widths of the viewport are loaded ahead of being scrolled into view. */
    private static final double LOAD_AHEAD = 2;
    /** Panes further than this many pane widths from the viewport are unloaded. */
    private static final double KEEP = 4;

    private final Map<CopyPane, Runnable> pending = new HashMap<>();
    private final Deque<CopyText> spare = new ArrayDeque<>();
    private ScrollPane scroller;
    private Consumer<CopyPane> onUnload = p -> { };
    private int made;
    private boolean aheadScheduled;

    PaneRow() {
        setAlignment(javafx.geometry.Pos.TOP_CENTER);
    }

    /** Follows {@code scroller}, which shows this row, and tells {@code onUnload} of each pane unloaded. */
    void watch(ScrollPane scroller, Consumer<CopyPane> onUnload) {
        this.scroller = scroller;
        this.onUnload = onUnload;
        scroller.viewportBoundsProperty().addListener((o, a, b) -> refreshIfLaidOut());
        scroller.hvalueProperty().addListener((o, a, b) -> refreshIfLaidOut());
    }

    /**
     * Makes text areas for {@code count} panes ahead of need, one per turn of the event loop so that the window
     * stays responsive: making an area is the larger part of loading a pane, and the first copies arrive sooner
     * when it is done while they are being compared.
     */
    void prepare(int count) {
        if (made < count) {
            Platform.runLater(() -> {
                if (made < count) {
                    spare.push(newText());
                    prepare(count);
                }
            });
        }
    }

    private CopyText newText() {
        made++;
        return new CopyText();
    }

    /** The panes, in order. */
    List<CopyPane> panes() {
        return getChildren().stream().map(CopyPane.class::cast).toList();
    }

    /** Replaces the panes; the old ones hand back their text and forget the moves they had pending. */
    void setPanes(List<CopyPane> panes) {
        pending.clear();
        panes().forEach(this::unload);
        getChildren().setAll(panes);
    }

    /**
     * Moves {@code pane} now if it is loaded and in the horizontal viewport, else when it comes into view (a later
     * move replaces this one): laying out and moving panes nobody sees would make every step slow with many copies.
     */
    void whenInView(CopyPane pane, Runnable move) {
        if (pane.isLoaded() && inView(pane)) {
            pending.remove(pane);
            move.run();
        } else {
            pending.put(pane, move);
        }
    }

    /** Whether {@code pane} is shown and at least partly inside the viewport (false before the first layout). */
    boolean inView(CopyPane pane) {
        return near(pane, 0);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        refresh();
    }

    private void refreshIfLaidOut() {
        if (!isNeedsLayout()) { // else the coming layout pass refreshes, with the panes where they will be
            refresh();
        }
    }

    /**
     * Loads the panes in view, unloads those far away, brings those in view up to date, and has the panes next to
     * the viewport loaded soon after ({@link #loadAheadLater}).
     */
    private void refresh() {
        long t0 = System.nanoTime();
        int loads = 0;
        boolean ahead = false;
        for (CopyPane pane : panes()) {
            boolean inView = inView(pane);
            if (!pane.isLoaded() && inView) {
                load(pane);
                loads++;
            } else if (!pane.isLoaded() && near(pane, LOAD_AHEAD)) {
                ahead = true;
            } else if (pane.isLoaded() && !near(pane, KEEP)) {
                unload(pane);
            }
            if (pane.isLoaded() && inView) {
                pane.showEmphasis();
                Runnable move = pending.remove(pane);
                if (move != null) {
                    move.run();
                }
            }
        }
        if (ahead) {
            loadAheadLater();
        }
        if (loads > 0) {
            Timing.report("loading " + loads + " pane(s) scrolled into view", t0);
        }
    }

    /**
     * Loads the panes next to the viewport, one at a time after the next frame has been laid out: scrolled into view
     * they are then ready, and the frames showing the panes in view do not wait for them.
     */
    private void loadAheadLater() {
        Scene scene = getScene();
        if (aheadScheduled || scene == null) {
            return;
        }
        aheadScheduled = true;
        Pulses.afterFrame(scene, this::loadOneAhead);
    }

    private void loadOneAhead() {
        aheadScheduled = false;
        panes().stream().filter(p -> !p.isLoaded() && near(p, LOAD_AHEAD)).findFirst().ifPresent(p -> {
            long t0 = System.nanoTime();
            load(p);
            Timing.report("loading pane " + p.copy().id() + " ahead", t0);
            loadAheadLater();
        });
    }

    /**
     * Loads {@code pane} and makes the last move asked of it before its text is laid out, which is then done once,
     * at that place, and now: a pane loaded during layout would otherwise be drawn once unstyled, and one loaded
     * ahead between frames leaves less for the frame that scrolls it into view.
     */
    private void load(CopyPane pane) {
        pane.load(spare.isEmpty() ? newText() : spare.pop());
        Runnable move = pending.remove(pane);
        if (move != null) {
            move.run();
        }
        pane.applyCss();
        pane.layout();
    }

    /** Whether {@code pane} is visible and within {@code widths} of its own widths of the viewport. */
    private boolean near(CopyPane pane, double widths) {
        if (scroller == null || !pane.isVisible()) {
            return false;
        }
        Bounds viewport = scroller.getViewportBounds();
        if (viewport.getWidth() <= 0 || pane.getWidth() <= 0) {
            return false;
        }
        double hidden = Math.max(0, getWidth() - viewport.getWidth());
        double left = scroller.getHvalue() * hidden; // hmin 0, hmax 1
        double margin = widths * pane.getWidth();
        Bounds b = pane.getBoundsInParent();
        return b.getMaxX() > left - margin && b.getMinX() < left + viewport.getWidth() + margin;
    }

    private void unload(CopyPane pane) {
        CopyText t = pane.unload();
        if (t != null) {
            spare.push(t);
            onUnload.accept(pane);
        }
    }
}
