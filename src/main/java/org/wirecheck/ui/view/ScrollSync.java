package org.wirecheck.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.wirecheck.ui.model.PassageMap;

/**
 * Synchronised scrolling by aligned passage: when the user scrolls one pane, the others show the same passage of
 * the story at their top (a copy lacking it shows the next passage it has). Only the pane the user is working in
 * (the last one scrolled, clicked or typed in) drives the others, so panes moved by this class never move their
 * neighbours back.
 */
final class ScrollSync {

    private final ObservableBooleanValue enabled;
    private final Supplier<PassageMap> passages;
    private final BiConsumer<CopyPane, Runnable> mover;
    private final List<CopyPane> panes = new ArrayList<>();
    private CopyPane driver;
    private CopyPane following;

    /** @param mover moves a pane now or, when it is out of sight, once it comes into view */
    ScrollSync(ObservableBooleanValue enabled, Supplier<PassageMap> passages, BiConsumer<CopyPane, Runnable> mover) {
        this.enabled = enabled;
        this.passages = passages;
        this.mover = mover;
    }

    /** Starts following {@code pane}. */
    void attach(CopyPane pane) {
        panes.add(pane);
        pane.addEventFilter(ScrollEvent.ANY, e -> driver = pane);
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> driver = pane);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> driver = pane);
        pane.setOnTextScrolled(() -> follow(pane));
    }

    /** Forgets all panes (before new ones are attached). */
    void clear() {
        panes.clear();
        driver = null;
        following = null;
    }

    /** {@code pane} let go of its text (out of view or hidden): it drives no more until the user acts in it again. */
    void forget(CopyPane pane) {
        if (driver == pane) {
            driver = null;
        }
    }

    /** The program, not the user, is about to move the panes: nobody drives until the user acts again. */
    void release() {
        driver = null;
    }

    /** Brings every other visible pane to the passage at the top of {@code source}. */
    void alignTo(CopyPane source) {
        PassageMap map = passages.get();
        if (map.isEmpty()) {
            return;
        }
        map.anchorAt(source.copy().id(), source.topOffset()).ifPresent(anchor -> {
            for (CopyPane p : panes) {
                if (p != source && p.isVisible()) {
                    map.offsetOf(p.copy().id(), anchor).ifPresent(offset -> mover.accept(p, () -> p.showAtTop(offset)));
                }
            }
        });
    }

    /**
     * Aligns the others to {@code pane} once the frame it scrolled in has been laid out: its text announces a scroll
     * before it has moved its lines, so what stands at its top is known only then; several scroll steps within one
     * frame cost one alignment.
     */
    private void follow(CopyPane pane) {
        if (!enabled.get() || pane != driver) {
            return;
        }
        Scene scene = pane.getScene();
        if (scene == null) {
            return;
        }
        if (following == null) {
            Pulses.afterLayout(scene, () -> {
                CopyPane source = following;
                following = null;
                if (source != null && source == driver && source.isLoaded() && enabled.get()) {
                    Timing.measure(scene, "following a scroll of " + source.copy().id(), () -> alignTo(source));
                }
            });
        }
        following = pane;
    }
}
