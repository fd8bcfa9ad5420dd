package org.wirecheck.ui.model;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * How the copies are shown: which are hidden (by file, so it survives a recomputation), synchronised scrolling, font
 * size, the facts alone or all drift.
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
