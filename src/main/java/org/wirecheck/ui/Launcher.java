package org.wirecheck.ui;

import java.util.Locale;
import java.util.Map;
import javafx.application.Application;

/**
 * Starts the desktop reader (the main class of {@code mvn javafx:run}, of the app-image and of the shaded jar's
 * window), where the JavaFX launcher refuses a main class that extends {@link Application}. Arguments are files to
 * open instead of the samples. On Linux without a display it says so, and what to do, instead of failing with
 * JavaFX's "Unable to open DISPLAY".
 */
public final class Launcher {

    /** Exit status when there is no display to open the window on. */
    static final int NO_DISPLAY = 4;

    private Launcher() {
    }

    public static void main(String[] args) {
        String problem = displayProblem(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform", ""));
        if (problem != null) {
            System.err.println(problem);
            System.exit(NO_DISPLAY);
        }
        Application.launch(WirecheckApp.class, args);
    }

    /**
     * Why the window cannot open, or null when it can (or when this cannot be told): on Linux and other X11 systems
     * a display is named by {@code DISPLAY} or {@code WAYLAND_DISPLAY}; Windows, macOS and JavaFX's headless
     * platform (Monocle) need none.
     */
    static String displayProblem(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        if (!env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return null;
        }
        return "wirecheck: the window needs a display, and none is set (DISPLAY is empty).\n"
                + "  Compare without a window:        ./wirecheck compare FILE...  (see README, The command line)\n"
                + "  Or open it on a virtual display:  xvfb-run -a mvn -q javafx:run";
    }
}
