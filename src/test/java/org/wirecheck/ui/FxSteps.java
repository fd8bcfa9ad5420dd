package org.wirecheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wirecheck.ui.model.Settings;

/** Steps the headless app tests share: start the app, run on the FX thread, wait for a condition, close it. */
final class FxSteps {

    private FxSteps() {
    }

    /** Waits (up to 30 s) until {@code condition}, evaluated on the FX thread, holds; then lets pending events run. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The value of {@code c} computed on the FX thread. */
    static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** Runs {@code r} on the FX thread and lets the events it caused run. */
    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The severity classes a loaded pane shows: styled somewhere in its text and not hidden by the filters the copies
     * view carries ({@code hide-medium}...).
     */
    static java.util.Set<String> shownSeverities(org.wirecheck.ui.view.CopyPane pane) {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (javafx.scene.Node n = pane; n != null; n = n.getParent()) {
            n.getStyleClass().stream().filter(c -> c.startsWith("hide-")).forEach(c -> hidden.add(c.substring(5)));
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var span : pane.area().getStyleSpans(0, pane.area().getLength())) {
            span.getStyle().stream().filter(c -> c.startsWith("s-") && !hidden.contains(c.substring(2)))
                    .forEach(out::add);
        }
        return out;
    }

    /**
     * Starts a fresh app (settings under {@code prefs} cleared, recovery journal in {@code recovery}) on a 1600x1000
     * headless screen and waits until it shows the bundled samples compared.
     */
    static WirecheckApp startOnSamples(org.wirecheck.ui.view.FileDialogs dialogs, String prefs,
                                       java.nio.file.Path recovery) throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        new Settings(prefs).clear();
        WirecheckApp app = launch(() -> new WirecheckApp(dialogs, prefs, recovery));
        waitUntil(() -> app.session().result().comparison() != null && !app.session().busyProperty().get());
        return app;
    }

    /** Starts the app {@code app} makes on the primary stage (headless under Monocle). */
    static WirecheckApp launch(java.util.function.Supplier<WirecheckApp> app) throws Exception {
        FxToolkit.registerPrimaryStage();
        return (WirecheckApp) FxToolkit.setupApplication(app::get);
    }

    /** Stops {@code app}, hides its stage and forgets the settings it saved under {@code prefs}. */
    static void close(WirecheckApp app, String prefs) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.hideStage();
        new Settings(prefs).clear();
    }
}
