package org.wirecheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wirecheck.ui.model.Settings;

/** Steps the headless app tests share: run on the FX thread, wait for a condition, close the app. */
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

    /** Stops {@code app}, hides its stage and forgets the settings it saved under {@code prefs}. */
    static void close(WirecheckApp app, String prefs) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.hideStage();
        new Settings(prefs).clear();
    }
}
