package org.wirecheck.ui.view;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.review.Verdict;
import org.wirecheck.text.Texts;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.ReviewModel;
import org.wirecheck.ui.model.Samples;
import org.wirecheck.ui.model.Session;
import org.wirecheck.ui.model.Settings;
import org.wirecheck.ui.model.ViewOptions;

/**
 * The reader's window: menus and tool bar, the copies side by side, the discrepancy sidebar with the detail of the
 * selected one (and its verdict and note) below it, and the status bar. It wires the views to the view models and
 * carries out the user's commands (open, add, remove, reference, navigation, zoom, verdicts; review files and
 * reports through {@link ReviewCommands}); it computes nothing itself. It is longer than most classes because every
 * command the menus, keys and tool bar reach is one short method here, next to the views it touches; the parts
 * with state of their own are classes apart ({@link Menus}, {@link FactsFirst}, {@link ReferenceChooser},
 * {@link ReviewCommands}, {@link CopyCommands}).
 */
public final class MainWindow extends BorderPane implements PaneActions {

    private final Session session;
    private final DiscrepancyList list;
    private final ViewOptions options;
    private final Settings settings;
    private final FileDialogs dialogs;
    private final ReviewModel review;
    private final CopiesView copies;
    private final SidebarView sidebar;
    private final DetailView detail;
    private final StatusBar status;
    private final MessageBar messages;
    private final NoticeBar notice = new NoticeBar();
    private final Menus menus;
    private final ReviewCommands commands;
    private final CopyCommands copyCommands;
    private final ReferenceChooser reference;
    private Stage legend;
    private Stage shortcuts;
    private final FirstRunHint hint;
    private final DensityBar density;
    private final OverviewView overview;
    private final TabPane views = new TabPane();
    private final Tab copiesTab = new Tab("Copies");
    private final Tab overviewTab = new Tab("Overview");
    private final MenuButton shownCopies = new MenuButton();
    private final ShownCopies shownCopiesList;

    public MainWindow(Session session, DiscrepancyList list, ViewOptions options, Settings settings,
                      FileDialogs dialogs, ReviewModel review) {
        this.session = session;
        this.list = list;
        this.options = options;
        this.settings = settings;
        this.dialogs = dialogs;
        this.review = review;
        this.copies = new CopiesView(options, this);
        this.reference = new ReferenceChooser(session);
        this.sidebar = new SidebarView(list, review);
        this.detail = new DetailView(review);
        this.status = new StatusBar(session, list, review);
        this.messages = new MessageBar(session.problems());
        this.commands = new ReviewCommands(session, review, list, settings, dialogs, status, notice,
                this::stage);
        this.copyCommands = new CopyCommands(session, dialogs, status, this::stage);
        this.menus = new Menus(this, options);
        this.shownCopiesList = new ShownCopies(options, shownCopies.getItems(), () -> shownCopies.setText(
                ShownCopies.label(session.result().panes(), options.hidden())), true);
        getStyleClass().add("main-window");

        hint = new FirstRunHint(() -> settings.saveHintSeen(true));
        hint.show(!settings.hintSeen());
        VBox top = new VBox(menus.build(), toolBar(), messages, notice, hint);
        setTop(top);
        SplitPane right = new SplitPane(sidebar, detail);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.56);
        right.setMinWidth(300);
        density = new DensityBar(list, d -> list.selectedProperty().set(d));
        BorderPane copiesArea = new BorderPane(copies);
        copiesArea.setRight(density);
        overview = new OverviewView(list, this::showInCopies);
        overview.setDark(options.darkProperty().get());
        options.darkProperty().addListener((o, a, dark) -> overview.setDark(dark));
        copiesTab.setContent(copiesArea);
        overviewTab.setContent(overview);
        views.getTabs().setAll(copiesTab, overviewTab);
        views.setId("views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        overviewTab.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                overview.computeIfNeeded();
            }
        });
        SplitPane main = new SplitPane(views, right);
        main.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(right, false);
        setCenter(main);
        setBottom(status);

        session.resultProperty().addListener((o, a, r) -> showResult(r));
        list.selectedProperty().addListener((o, a, d) -> showSelected(d));
        list.severities().addListener((SetChangeListener<Severity>) c -> showFilters());
        list.kindProperty().addListener((o, a, k) -> showFilters());
        FactsFirst.link(options, list); // after the filters reach the panes: the facts-first filter does too
        list.setVerdicts(review::verdictOf);
        review.revisionProperty().addListener(x -> list.verdictsChanged());
        review.dirtyProperty().addListener(x -> updateTitle());
        review.fileProperty().addListener(x -> updateTitle());
        review.service().onProblem(p -> Platform.runLater(() -> {
            if (!session.problems().contains(p)) {
                session.problems().add(p);
            }
        }));
        copies.setPlaceholder(hint());
        session.busyProperty().addListener((o, a, busy) -> copies.setPlaceholder(hint()));
        showResult(session.result());
    }

    /** Adds the keys that are not menu accelerators, the Tab order and file drops to {@code scene}. */
    public void install(Scene scene) {
        new FocusOrder(this::focusOrder).install(scene);
        for (Verdict v : ReviewPanel.ORDER) {
            KeyCode pad = KeyCode.valueOf("NUMPAD" + ReviewPanel.key(v));
            scene.getAccelerators().put(new KeyCodeCombination(pad), () -> setVerdict(v));
        }
        // F2 before the focused control sees it (the list would take it as "edit this row")
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                editNote();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), session::cancel);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), detail::copyApparatus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), this::next);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), this::previous);
        for (KeyCode bigger : List.of(KeyCode.EQUALS, KeyCode.ADD)) {
            scene.getAccelerators().put(new KeyCodeCombination(bigger, KeyCombination.SHORTCUT_DOWN),
                    () -> options.zoom(1));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> options.zoom(-1));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || !CopyCommands.dropped(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            List<String> links = files ? List.of() : CopyCommands.dropped(e.getDragboard());
            if (files) {
                session.add(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            } else {
                session.fetch(links);
            }
            e.setDropCompleted(files || !links.isEmpty());
            e.consume();
        });
    }

    private ToolBar toolBar() {
        Button open = new Button("Open…");
        open.setTooltip(new Tooltip("Open copies of one story (Ctrl+O); you can also drop files on the window"));
        open.setOnAction(e -> openFiles());
        Button add = new Button("Add…");
        add.setTooltip(new Tooltip("Add copies to those open (Ctrl+Shift+O)"));
        add.setOnAction(e -> addFiles());
        ToggleButton sync = new ToggleButton("Scroll together");
        sync.setId("sync");
        sync.selectedProperty().bindBidirectional(options.syncScrollProperty());
        sync.setTooltip(new Tooltip("Scrolling one copy brings the others to the same passage (Ctrl+L)"));
        Button prev = new Button("▲ Previous");
        prev.setTooltip(new Tooltip("Previous discrepancy (Shift+F8, Alt+↑)"));
        prev.setOnAction(e -> previous());
        Button next = new Button("▼ Next");
        next.setTooltip(new Tooltip("Next discrepancy (F8, Alt+↓)"));
        next.setOnAction(e -> next());
        Button smaller = new Button("A−");
        smaller.setTooltip(new Tooltip("Smaller text (Ctrl+−)"));
        smaller.setOnAction(e -> options.zoom(-1));
        Button bigger = new Button("A+");
        bigger.setTooltip(new Tooltip("Bigger text (Ctrl++)"));
        bigger.setOnAction(e -> options.zoom(1));
        Label refLabel = new Label("Reference");
        shownCopies.setId("copies-menu");
        shownCopies.setTooltip(new Tooltip("Choose which copies are shown side by side (View ▸ Copies)"));
        ToolBar bar = new ToolBar(open, add, new Separator(), refLabel, reference.node(), shownCopies,
                new Separator(), sync, FactsFirst.toggle(options), new Separator(), prev, next, new Separator(),
                smaller, bigger);
        bar.getItems().forEach(n -> n.setFocusTraversable(n == reference.node()));
        return bar;
    }

    private void showResult(ReaderResult r) {
        copies.show(r, session.referenceProperty().get());
        copies.setPlaceholder(hint());
        menus.showCopies(r);
        shownCopiesList.show(r);
        shownCopies.setDisable(r.panes().isEmpty());
        detail.show(null, r);
        review.setResult(r, session.referenceProperty().get());
        list.resultProperty().set(r); // after the panes: the selection it keeps (same key) is shown in them
        if (overviewShowing()) {
            overview.computeIfNeeded();
        }
        reference.show(r);
        updateTitle();
    }

    /** "Wirecheck — 5 copies — story.wirecheck (unsaved review)". */
    private void updateTitle() {
        Stage stage = stage();
        if (stage == null) {
            return;
        }
        ReaderResult r = session.result();
        Path file = review.fileProperty().get();
        int n = r.panes().size();
        stage.setTitle("Wirecheck" + (n == 0 ? "" : " — " + Texts.plural(n, "copy", "copies"))
                + (file == null ? "" : " — " + file.getFileName())
                + (review.dirtyProperty().get() ? " (unsaved review)" : ""));
    }

    private void showFilters() {
        copies.showFilters(list.severities(), list.kindProperty().get());
    }

    private void showSelected(Discrepancy d) {
        Timing.measure(getScene(), "selecting " + (d == null ? "nothing" : d.id()), () -> {
            copies.select(d);
            detail.show(d, session.result());
        });
    }

    private String hint() {
        if (session.busyProperty().get()) {
            int n = session.files().size();
            return "Reading and comparing " + Texts.plural(n, "copy", "copies") + "…\n\n"
                    + "The progress is in the status bar below; Cancel (or Esc) stops.";
        }
        if (Samples.files().isEmpty() && session.files().isEmpty()) {
            return "No copies open, and no samples/ folder in " + Samples.folder().getParent() + ".\n\n"
                    + "Open two or more copies of one story with File ▸ Open copies… (Ctrl+O), or drop the files "
                    + "here.";
        }
        return "No copies open.\n\nOpen two or more copies of one story with File ▸ Open copies… (Ctrl+O) or "
                + "File ▸ Open web addresses…, drop files or links here, paste a copy (Ctrl+Shift+V), or choose "
                + "File ▸ Open the sample story.";
    }

    // ---- commands ----

    /** Asks for files and opens them instead of the current set (a new review). */
    public void openFiles() {
        if (!commands.leaveReview("opening other copies")) {
            return;
        }
        List<Path> files = dialogs.chooseFiles(stage(), "Open copies of one story", settings.lastFolder());
        if (!files.isEmpty()) {
            startReview(files);
        }
    }

    /** Asks for files and adds them to the current set. */
    public void addFiles() {
        List<Path> files = dialogs.chooseFiles(stage(), "Add copies", settings.lastFolder());
        if (!files.isEmpty()) {
            remember(files);
            session.add(files);
        }
    }

    /** Opens {@code files} instead of the current set, and remembers them (a new review). */
    public void open(List<Path> files) {
        if (commands.leaveReview("opening other copies")) {
            startReview(files);
        }
    }

    private void startReview(List<Path> files) {
        review.service().startNew();
        notice.hide();
        remember(files);
        settings.addRecent(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        options.hidden().clear();
        session.open(files);
    }

    /** Asks for web addresses and opens the pages instead of the current set (a new review). */
    public void openAddresses() {
        if (commands.leaveReview("opening other copies")) {
            copyCommands.openAddresses(() -> {
                review.service().startNew();
                notice.hide();
                options.hidden().clear();
            });
        }
    }

    /** Asks for web addresses and adds the pages to the copies open. */
    public void addAddresses() {
        copyCommands.addAddresses();
    }

    /** Adds the clipboard's text (its HTML, the article extracted, when it has some) as a copy: "Pasted 1"… */
    public void pasteAsCopy() {
        copyCommands.paste();
    }

    /** Opens the sample story again (a new review). */
    public void openSamples() {
        List<Path> files = Samples.files();
        if (files.isEmpty()) {
            session.problems().add("There is no samples/ folder in " + Samples.folder().getParent());
            return;
        }
        if (!commands.leaveReview("opening the sample story")) {
            return;
        }
        review.service().startNew();
        notice.hide();
        options.hidden().clear();
        session.open(files);
    }

    /** Opens a recent set. */
    public void openRecent(List<Path> files) {
        open(files);
    }

    /** The recent sets, newest first. */
    public List<List<Path>> recentSets() {
        return settings.recent();
    }

    private void remember(List<Path> files) {
        Path folder = files.get(0).toAbsolutePath().getParent();
        settings.saveLastFolder(folder);
    }

    /** Selects the next discrepancy. */
    public void next() {
        list.next();
    }

    /** Selects the previous discrepancy. */
    public void previous() {
        list.previous();
    }

    /** Puts the keyboard in the sidebar's search field. */
    public void focusSearch() {
        sidebar.focusSearch();
    }

    /** Shows every discrepancy again. */
    public void clearFilters() {
        list.clearFilters();
    }

    /** Closes the window (and the app), after asking about an unsaved review. */
    public void close() {
        Stage stage = stage();
        if (stage != null && canClose()) {
            stage.close();
        }
    }

    /** Whether the window may close: no unsaved review, or the user saved it or chose to drop it. */
    public boolean canClose() {
        return commands.leaveReview("closing");
    }

    // ---- review commands ----

    /**
     * Records verdict {@code v} on the selected discrepancy (keys 1, 2, 3, 0). Ignored while the keyboard is in a
     * text field (the search, the note), where the digit is typed instead.
     */
    public void setVerdict(Verdict v) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        Discrepancy d = list.selected();
        if (d == null) {
            status.info("Select a discrepancy first (F8)");
            return;
        }
        review.setVerdict(d, v);
    }

    /** Puts the keyboard in the selected discrepancy's note (F2). */
    public void editNote() {
        if (list.selected() != null) {
            detail.focusNote();
        }
    }

    /** Asks for a review file and opens it. */
    public void openReview() {
        commands.open();
    }

    /** Opens the review file {@code file} (its copies, verdicts and notes). */
    public void openReview(Path file) {
        if (commands.leaveReview("opening another review")) {
            commands.open(file);
        }
    }

    /** Saves the review to its file (asks where the first time). */
    public void saveReview() {
        commands.save();
    }

    /** Asks where to save the review and saves it there. */
    public void saveReviewAs() {
        commands.saveAs();
    }

    /** Asks where to export the report (with verdicts and notes) and writes it. */
    public void exportReport() {
        commands.export();
    }

    /** Asks where to export the evidence bundle (originals, texts, report, manifest) and writes it. */
    public void exportEvidence() {
        commands.exportEvidence();
    }

    /** Offers to restore a review left unsaved in {@code recoveryDir}; true when one is being restored. */
    public boolean offerRecovery(Path recoveryDir) {
        return commands.offerRecovery(recoveryDir);
    }

    /** Shows the keys. */
    /** Shows the legend, in one window however often it is asked for. */
    public void showLegend() {
        if (legend != null && legend.isShowing()) {
            legend.toFront();
        } else {
            legend = Legend.show(stage());
        }
    }

    /** Shows the keyboard shortcuts in a window of their own (brought forward when already open). */
    public void showShortcuts() {
        if (shortcuts != null && shortcuts.isShowing()) {
            shortcuts.toFront();
        } else {
            shortcuts = Shortcuts.show(stage());
        }
    }

    @Override
    public void hide(PaneCopy copy) {
        options.hidden().add(copy.path());
    }

    @Override
    public void useAsReference(PaneCopy copy) {
        session.setReference(copy.path());
    }

    @Override
    public void rename(PaneCopy copy) {
        copyCommands.rename(copy);
    }

    @Override
    public void remove(PaneCopy copy) {
        options.hidden().remove(copy.path());
        session.remove(copy.path());
    }

    @Override
    public void clicked(PaneCopy copy, int offset) {
        if (copy.marks() == null) {
            return;
        }
        copy.marks().discrepancyAt(offset).ifPresent(i -> {
            Discrepancy d = session.result().discrepancies().get(i);
            if (!list.severities().contains(d.severity())
                    || list.kindProperty().get() != null && list.kindProperty().get() != d.kind()) {
                return; // its mark is hidden by the filters (all drift off): the word looks plain, so is plain
            }
            if (!list.visible().contains(d)) {
                list.clearFilters();
            }
            list.selectedProperty().set(d);
        });
    }

    // ---- for tests ----

    /** The sidebar's view model. */
    public DiscrepancyList listModel() {
        return list;
    }

    /** What Tab goes through, in order: the reference, the copies in view, the sidebar, the verdicts and note. */
    List<javafx.scene.Node> focusOrder() {
        List<javafx.scene.Node> out = new java.util.ArrayList<>();
        out.add(reference.node());
        for (CopyPane p : copies.loadedPanes()) {
            if (copies.inView(p)) {
                out.add(p.area());
            }
        }
        out.addAll(sidebar.focusOrder());
        out.addAll(detail.focusOrder());
        return out;
    }

    /** Shows the overview (true) or the copies side by side (false). */
    public void showOverview(boolean on) {
        views.getSelectionModel().select(on ? overviewTab : copiesTab);
    }

    /** Whether the overview is showing. */
    public boolean overviewShowing() {
        return views.getSelectionModel().getSelectedItem() == overviewTab;
    }

    /** From a cell of the overview: selects {@code d}, shows the copies and brings copy {@code copyId} into view. */
    void showInCopies(String copyId, Discrepancy d) {
        session.result().pane(copyId).ifPresent(p -> options.hidden().remove(p.path()));
        list.selectedProperty().set(d);
        showOverview(false);
        copies.bringIntoView(copyId);
    }

    /** The overview (for tests). */
    public OverviewView overviewView() {
        return overview;
    }

    /** Shows the getting-started hint again (Help ▸ Getting started). */
    void showHint() {
        hint.show(true);
    }

    /** How the copies are shown (theme, text size, facts first). */
    public ViewOptions options() {
        return options;
    }

    /** The copies view. */
    public CopiesView copies() {
        return copies;
    }

    /** The detail panel (readings, verdict, note). */
    public DetailView detail() {
        return detail;
    }

    /** The sidebar. */
    public SidebarView sidebar() {
        return sidebar;
    }

    /** The status bar. */
    public StatusBar statusBar() {
        return status;
    }

    /** The message bar. */
    public MessageBar messageBar() {
        return messages;
    }

    /** The review notice bar. */
    public NoticeBar noticeBar() {
        return notice;
    }

    /** The review. */
    public ReviewModel review() {
        return review;
    }

    private Stage stage() {
        return getScene() != null && getScene().getWindow() instanceof Stage s ? s : null;
    }
}
