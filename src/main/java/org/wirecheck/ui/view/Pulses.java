package org.wirecheck.ui.view;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work put off until the next frame of a scene has been laid out. */
public final class Pulses {

    private Pulses() {
    }

    /** Runs {@code action} once, right after the next layout pass of {@code scene} (asking for one). */
    public static void afterLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} once the next frame of {@code scene} has been laid out, as a separate event, so that the
     * frame is not held up by it.
     */
    public static void afterFrame(Scene scene, Runnable action) {
        afterLayout(scene, () -> Platform.runLater(action));
    }
}
