package org.wirecheck.ui.view;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.wirecheck.ui.model.Grouping;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.Theme;
import org.wirecheck.review.Verdict;
import org.wirecheck.ui.model.ViewOptions;

/** The window's menus: File, Edit, View, Navigate, Review, Help. Items call {@link MainWindow}'s actions. */
final class Menus {

    private final MainWindow window;
    private final ViewOptions options;
    private final Menu recent = new Menu("Open recent");
    private final Menu copies = new Menu("Copies");
    private final ShownCopies shown;

    Menus(MainWindow window, ViewOptions options) {
        this.window = window;
        this.options = options;
        this.shown = new ShownCopies(options, copies.getItems(), () -> { }, false);
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), navigate(), review(), help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        MenuItem open = item("Open copies…", window::openFiles, shortcut(KeyCode.O));
        open.setId("menu-open");
        MenuItem add = item("Add copies…", window::addFiles,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem web = item("Open web addresses…", window::openAddresses, null);
        web.setId("menu-open-web");
        MenuItem addWeb = item("Add web addresses…", window::addAddresses, null);
        addWeb.setId("menu-add-web");
        MenuItem samples = item("Open the sample story", window::openSamples, null);
        recent.setOnShowing(e -> fillRecent());
        recent.getItems().add(new MenuItem("(none)"));
        fillRecent();
        MenuItem openReview = item("Open review…", window::openReview, null);
        openReview.setId("menu-open-review");
        MenuItem save = item("Save review", window::saveReview, shortcut(KeyCode.S));
        MenuItem saveAs = item("Save review as…", window::saveReviewAs,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem export = item("Export report…", window::exportReport, shortcut(KeyCode.E));
        export.setId("menu-export");
        MenuItem evidence = item("Export evidence…", window::exportEvidence, null);
        evidence.setId("menu-export-evidence");
        MenuItem quit = item("Quit", window::close, shortcut(KeyCode.Q));
        return new Menu("File", null, open, add, web, addWeb, samples, recent, new SeparatorMenuItem(), openReview,
                save, saveAs, new SeparatorMenuItem(), export, evidence, new SeparatorMenuItem(), quit);
    }

    private Menu edit() {
        MenuItem paste = item("Paste as new copy", window::pasteAsCopy,
                new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        paste.setId("menu-paste-copy");
        return new Menu("Edit", null, paste);
    }

    private Menu view() {
        MenuItem showAll = item("Show all copies", () -> options.hidden().clear(), null);
        CheckMenuItem sync = new CheckMenuItem("Scroll copies together (by passage)");
        sync.selectedProperty().bindBidirectional(options.syncScrollProperty());
        sync.setAccelerator(shortcut(KeyCode.L));
        MenuItem in = item("Bigger text", () -> options.zoom(1), shortcut(KeyCode.PLUS));
        MenuItem out = item("Smaller text", () -> options.zoom(-1), shortcut(KeyCode.MINUS));
        MenuItem reset = item("Normal text size", options::resetZoom, shortcut(KeyCode.DIGIT0));
        CheckMenuItem drift = new CheckMenuItem("Show all drift (not only the facts)");
        drift.setId("menu-all-drift");
        drift.setSelected(!options.factsOnlyProperty().get());
        drift.selectedProperty().addListener((o, a, b) -> options.factsOnlyProperty().set(!b));
        options.factsOnlyProperty().addListener((o, a, b) -> drift.setSelected(!b));
        drift.setAccelerator(shortcut(KeyCode.D));
        MenuItem legend = item("Legend…", window::showLegend, new KeyCodeCombination(KeyCode.F1,
                KeyCombination.SHIFT_DOWN));
        MenuItem overview = item("Overview / copies side by side", () -> window.showOverview(
                !window.overviewShowing()), shortcut(KeyCode.M));
        overview.setId("menu-overview");
        return new Menu("View", null, drift, legend, overview, new SeparatorMenuItem(), copies, showAll,
                new SeparatorMenuItem(), sync, new SeparatorMenuItem(), in, out, reset, new SeparatorMenuItem(),
                grouping(), theme());
    }

    /** View ▸ Group the list by: kind, fact, copy, or not grouped (the sidebar's choice, kept in step). */
    private Menu grouping() {
        Menu menu = new Menu("Group the list by");
        ToggleGroup group = new ToggleGroup();
        var property = window.listModel().groupingProperty();
        for (Grouping g : Grouping.values()) {
            RadioMenuItem item = new RadioMenuItem(g == Grouping.NONE ? "Not grouped (ranking)" : g.label());
            item.setId("menu-group-" + g.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(property.get() == g);
            item.setOnAction(e -> property.set(g));
            property.addListener((o, a, b) -> item.setSelected(b == g));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** View ▸ Theme: as the system, light, dark; the choice is remembered. */
    private Menu theme() {
        Menu menu = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(options.themeProperty().get() == t);
            item.setOnAction(e -> options.themeProperty().set(t));
            options.themeProperty().addListener((o, a, b) -> item.setSelected(b == t));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu navigate() {
        MenuItem next = item("Next discrepancy", window::next, new KeyCodeCombination(KeyCode.F8));
        MenuItem prev = item("Previous discrepancy", window::previous,
                new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN));
        MenuItem find = item("Search discrepancies", window::focusSearch, shortcut(KeyCode.F));
        MenuItem clear = item("Clear filters", window::clearFilters, null);
        return new Menu("Navigate", null, next, prev, new SeparatorMenuItem(), find, clear);
    }

    private Menu review() {
        Menu menu = new Menu("Review");
        for (Verdict v : ReviewPanel.ORDER) {
            MenuItem item = item(v.label(), () -> window.setVerdict(v),
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + ReviewPanel.key(v))));
            item.setId("menu-verdict-" + v.id());
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item("Write a note", window::editNote,
                new KeyCodeCombination(KeyCode.F2)));
        return menu;
    }

    private Menu help() {
        return new Menu("Help", null, item("Keyboard shortcuts", window::showShortcuts,
                new KeyCodeCombination(KeyCode.F1)), item("Legend…", window::showLegend, null),
                item("Getting started", window::showHint, null));
    }

    /** Lists the copies of {@code r} under View ▸ Copies, each checked while shown. */
    void showCopies(ReaderResult r) {
        shown.show(r);
        copies.setDisable(r.panes().isEmpty());
    }

    private void fillRecent() {
        List<List<Path>> sets = window.recentSets();
        recent.getItems().clear();
        for (List<Path> set : sets) {
            MenuItem item = new MenuItem(describe(set));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.openRecent(set));
            recent.getItems().add(item);
        }
        if (sets.isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** "000_8f39….txt and 4 more (samples)". */
    static String describe(List<Path> set) {
        Path first = set.get(0);
        Path folder = first.getParent();
        String name = first.getFileName().toString();
        String more = set.size() > 1 ? " and " + (set.size() - 1) + " more" : "";
        return name + more + (folder != null && folder.getFileName() != null ? "  (" + folder.getFileName() + ")" : "");
    }

    private static MenuItem item(String text, Runnable action, KeyCombination key) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        if (key != null) {
            item.setAccelerator(key);
        }
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
