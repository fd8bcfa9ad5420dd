package org.wirecheck.ui.view;

import javafx.scene.Scene;

/**
 * Measures, when {@code -Dwirecheck.timing=true}, how long an action on the FX thread takes until the next frame has
 * been laid out, and prints it on standard error (for the figures in the README). Does nothing otherwise.
 */
final class Timing {

    private static final boolean ON = Boolean.getBoolean("wirecheck.timing");

    private Timing() {
    }

    /** Reports how long {@code what}, started at {@link System#nanoTime} {@code t0}, took until now. */
    static void report(String what, long t0) {
        if (ON) {
            System.err.printf("wirecheck: %s took %.1f ms%n", what, (System.nanoTime() - t0) / 1e6);
        }
    }

    /** Runs {@code action} and reports how long it took including the layout of the next frame. */
    static void measure(Scene scene, String what, Runnable action) {
        if (!ON || scene == null) {
            action.run();
            return;
        }
        long t0 = System.nanoTime();
        action.run();
        Pulses.afterLayout(scene, () -> report(what, t0));
    }
}
