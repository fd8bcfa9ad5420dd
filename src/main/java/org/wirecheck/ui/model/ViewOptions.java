package org.wirecheck.ui.model;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * How the copies are shown: which are hidden (by file, so it survives a recomputation), synchronised scrolling, font
 * size, the facts alone or all drift, light or dark.
 */
public final class ViewOptions {

    /** Smallest, largest and default text size, in pixels. */
    public static final int MIN_FONT = 9;
    public static final int MAX_FONT = 40;
    public static final int DEFAULT_FONT = 15;

    private final ObservableSet<Path> hidden = FXCollections.observableSet();
    private final BooleanProperty syncScroll = new SimpleBooleanProperty(true);
    private final IntegerProperty fontSize = new SimpleIntegerProperty(DEFAULT_FONT);
    private final BooleanProperty factsOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final BooleanProperty systemDark = new SimpleBooleanProperty(false);
    private final BooleanBinding dark = Bindings.createBooleanBinding(() -> theme.get().dark(systemDark.get()),
            theme, systemDark);

    /** Files whose panes are hidden. */
    public ObservableSet<Path> hidden() {
        return hidden;
    }

    /** Whether scrolling one pane brings the others to the same passage. */
    public BooleanProperty syncScrollProperty() {
        return syncScroll;
    }

    /**
     * Whether the reader shows the facts alone (high items: names, titles, places, numbers, dates, quotes, credits,
     * meaning changes) in the list and the panes, as it does when it opens; false shows all drift.
     */
    public BooleanProperty factsOnlyProperty() {
        return factsOnly;
    }

    /** The chosen theme (as the system, light, dark). */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether the system prefers dark colours (found once at start, off the FX thread). */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    /** Whether the reader is dark: the chosen theme, or the system's when the choice is "as the system". */
    public BooleanBinding darkProperty() {
        return dark;
    }

    /** The copies' text size. */
    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    /** Makes the text one step bigger (positive) or smaller (negative), within limits. */
    public void zoom(int steps) {
        fontSize.set(Math.max(MIN_FONT, Math.min(MAX_FONT, fontSize.get() + steps)));
    }

    /** Back to the default text size. */
    public void resetZoom() {
        fontSize.set(DEFAULT_FONT);
    }
}
