package org.wirecheck.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.wirecheck.ingest.Loader;
import org.wirecheck.ingest.WebFetcher;
import org.wirecheck.review.RecoveryJournal;
import org.wirecheck.review.ReviewService;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.ReviewModel;
import org.wirecheck.ui.model.Samples;
import org.wirecheck.ui.model.Session;
import org.wirecheck.ui.model.Settings;
import org.wirecheck.ui.model.SystemTheme;
import org.wirecheck.ui.model.ViewOptions;
import org.wirecheck.ui.view.FileDialogs;
import org.wirecheck.ui.view.FxFileDialogs;
import org.wirecheck.ui.view.MainWindow;
import org.wirecheck.ui.view.Pulses;

/**
 * The Wirecheck desktop reader. With file arguments it opens those copies, fetching those that are web addresses (a
 * {@code .wirecheck} argument opens that review); without, the sample story (see {@link Samples}; an empty window
 * with a hint when there is none). When the
 * last run ended without saving its review, it first offers to restore it. Window size, last folder, recent sets,
 * text size and synchronised scrolling are remembered. With {@code -Dwirecheck.timing=true} it prints how long after
 * the JVM started the window showed the compared copies.
 */
public class WirecheckApp extends Application {

    /** Preferences node of the app; tests use another one. */
    public static final String PREFS_NODE = "/org/wirecheck/ui";

    private final FileDialogs dialogs;
    private final String prefsNode;
    private final Path recoveryDir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wirecheck-compare");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService fetches = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wirecheck-fetch");
        t.setDaemon(true);
        return t;
    });
    private Settings settings;
    private Session session;
    private ViewOptions options;
    private ReviewService reviews;
    private MainWindow window;
    private Stage stage;

    public WirecheckApp() {
        this(new FxFileDialogs(), System.getProperty("wirecheck.prefs", PREFS_NODE), RecoveryJournal.defaultDir());
    }

    /** An app asking for files through {@code dialogs} and remembering settings under {@code prefsNode}. */
    public WirecheckApp(FileDialogs dialogs, String prefsNode) {
        this(dialogs, prefsNode, RecoveryJournal.defaultDir());
    }

    /** The same, keeping unsaved reviews in {@code recoveryDir} (tests use their own). */
    public WirecheckApp(FileDialogs dialogs, String prefsNode, Path recoveryDir) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.prefsNode = prefsNode;
        this.recoveryDir = recoveryDir;
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        settings = new Settings(prefsNode);
        session = new Session(executor, fetches, new WebFetcher());
        options = new ViewOptions();
        options.fontSizeProperty().set(settings.fontSize());
        options.syncScrollProperty().set(settings.syncScroll());
        options.themeProperty().set(settings.theme());
        DiscrepancyList list = new DiscrepancyList();
        reviews = new ReviewService(recoveryDir);
        window = new MainWindow(session, list, options, settings, dialogs, new ReviewModel(reviews));

        Settings.Window w = settings.window();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(w.width(), screen.getWidth()), Math.min(w.height(),
                screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
                WirecheckApp.class.getResource("reader.css")).toExternalForm());
        followTheme(scene);
        window.install(scene);
        stage.setScene(scene);
        stage.setTitle("Wirecheck");
        stage.getIcons().setAll(AppIcons.load());
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        if (!Double.isNaN(w.x()) && !Double.isNaN(w.y()) && screen.contains(w.x() + 40, w.y() + 40)) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setMaximized(w.maximized());
        stage.setOnHiding(e -> saveSettings());
        stage.setOnCloseRequest(e -> {
            if (!window.canClose()) {
                e.consume();
            }
        });
        if (Boolean.getBoolean("wirecheck.timing")) {
            reportTiming(scene);
        }
        stage.show();
        window.sidebar().tree().requestFocus();

        if (window.offerRecovery(recoveryDir)) {
            return;
        }
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        List<String> addresses = args.stream().filter(Loader::isWebAddress).toList();
        List<Path> files = args.stream().filter(a -> !Loader.isWebAddress(a)).map(Path::of).toList();
        if (files.size() == 1 && addresses.isEmpty() && files.get(0).getFileName().toString().endsWith(".wirecheck")) {
            window.openReview(files.get(0));
        } else if (!files.isEmpty() || !addresses.isEmpty()) {
            session.open(files);
            session.fetch(addresses);
        } else if (!Samples.files().isEmpty()) {
            session.open(Samples.files());
        }
    }

    @Override
    public void stop() {
        executor.shutdownNow();
        fetches.shutdownNow();
        if (reviews != null) {
            reviews.close(); // unsaved changes stay in the recovery journal for the next start
        }
    }

    private void saveSettings() {
        if (stage.isMaximized()) {
            Settings.Window old = settings.window();
            settings.saveWindow(new Settings.Window(old.x(), old.y(), old.width(), old.height(), true));
        } else {
            settings.saveWindow(new Settings.Window(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
        settings.saveFontSize(options.fontSizeProperty().get());
        settings.saveSyncScroll(options.syncScrollProperty().get());
        settings.saveTheme(options.themeProperty().get());
        settings.flush();
    }

    /**
     * Loads the dark stylesheet after the light one while the reader is dark, and asks the system for its preference
     * off the FX thread (it starts a process).
     */
    private void followTheme(Scene scene) {
        String dark = Objects.requireNonNull(WirecheckApp.class.getResource("dark.css")).toExternalForm();
        Runnable apply = () -> {
            scene.getStylesheets().remove(dark);
            if (options.darkProperty().get()) {
                scene.getStylesheets().add(dark);
            }
        };
        options.darkProperty().addListener((o, a, b) -> apply.run());
        apply.run();
        if (!Boolean.getBoolean("wirecheck.ignoreSystemTheme")) {
            Thread ask = new Thread(() -> {
                boolean systemDark = SystemTheme.prefersDark();
                Platform.runLater(() -> options.systemDarkProperty().set(systemDark));
            }, "wirecheck-system-theme");
            ask.setDaemon(true);
            ask.start();
        }
    }

    /** Prints, once, when the first compared result has been laid out and drawn. */
    private void reportTiming(Scene scene) {
        session.resultProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ReaderResult> o, ReaderResult a,
                                ReaderResult r) {
                if (r.comparison() == null) {
                    return;
                }
                session.resultProperty().removeListener(this);
                Pulses.afterFrame(scene, () -> {
                    long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.err.printf("wirecheck: window shows %d compared copies, %d discrepancies, %d ms after"
                            + " JVM start (load and compare %d ms)%n", r.compared(), r.discrepancies().size(), since,
                            r.millis());
                });
            }
        });
    }

    // ---- for tests ----

    /** The main window. */
    public MainWindow window() {
        return window;
    }

    /** The open copies and runs. */
    public Session session() {
        return session;
    }

    /** How copies are shown. */
    public ViewOptions options() {
        return options;
    }
}
