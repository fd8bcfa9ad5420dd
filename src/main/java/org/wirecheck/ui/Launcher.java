package org.wirecheck.ui;

import javafx.application.Application;

/**
 * Starts the desktop reader from a plain class path (shaded jar, jpackage {@code --input}), where the JavaFX launcher
 * refuses a main class that extends {@link Application}. Arguments are files to open instead of the samples.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(WirecheckApp.class, args);
    }
}
