package org.wirecheck.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application icon in the sizes generated from {@code assets/wirecheck.svg} (assets/make-icons.sh); the window
 * manager picks the size it needs (title bar, task switcher, dock).
 */
final class AppIcons {

    /** Sizes in {@code org/wirecheck/ui/icons/wirecheck-N.png}. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** The icons found on the class path (all of them in a normal build), smallest first. */
    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("icons/wirecheck-" + size + ".png")) {
                if (in != null) {
                    Image image = new Image(in);
                    if (!image.isError()) {
                        icons.add(image);
                    }
                }
            } catch (IOException e) {
                // an unreadable icon leaves the window with the others or the platform's default
            }
        }
        return icons;
    }
}
