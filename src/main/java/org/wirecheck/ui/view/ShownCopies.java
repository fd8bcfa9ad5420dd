package org.wirecheck.ui.view;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.ViewOptions;

/**
 * Which copies are shown side by side, as a list of check items (one per copy, checked while shown): View ▸ Copies
 * and the tool bar's copies button each hold one, kept in step with the hidden set.
 */
final class ShownCopies {

    private final ViewOptions options;
    private final ObservableList<MenuItem> items;
    private final Runnable changed;
    private final boolean withShowAll;

    /**
     * Fills {@code items} (with "Show all copies" first when {@code withShowAll}) and calls {@code changed} whenever
     * the copies or the hidden set change.
     */
    ShownCopies(ViewOptions options, ObservableList<MenuItem> items, Runnable changed, boolean withShowAll) {
        this.options = options;
        this.items = items;
        this.changed = changed;
        this.withShowAll = withShowAll;
        options.hidden().addListener((SetChangeListener<Path>) ch -> {
            for (MenuItem item : items) {
                if (item instanceof CheckMenuItem check) {
                    check.setSelected(!options.hidden().contains((Path) check.getUserData()));
                }
            }
            changed.run();
        });
    }

    /** Lists the copies of {@code r}. */
    void show(ReaderResult r) {
        items.clear();
        if (withShowAll) {
            MenuItem all = new MenuItem("Show all copies");
            all.setOnAction(e -> options.hidden().clear());
            items.setAll(all, new SeparatorMenuItem());
        }
        for (PaneCopy c : r.panes()) {
            CheckMenuItem item = new CheckMenuItem(c.label());
            item.setMnemonicParsing(false);
            item.setUserData(c.path());
            item.setSelected(!options.hidden().contains(c.path()));
            item.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    options.hidden().remove(c.path());
                } else {
                    options.hidden().add(c.path());
                }
            });
            items.add(item);
        }
        changed.run();
    }

    /** {@code "Copies: all 5"}, {@code "Copies: 3 of 5"}. */
    static String label(List<PaneCopy> panes, java.util.Set<Path> hidden) {
        long shown = panes.stream().filter(p -> !hidden.contains(p.path())).count();
        return shown == panes.size() ? "Copies: all " + panes.size() : "Copies: " + shown + " of " + panes.size();
    }
}
