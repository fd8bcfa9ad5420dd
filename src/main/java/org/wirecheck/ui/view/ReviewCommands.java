package org.wirecheck.ui.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.KnownTimes;
import org.wirecheck.files.OutputRefusedException;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.export.EvidenceBundle;
import org.wirecheck.report.export.Exporter;
import org.wirecheck.report.export.ReportFormat;
import org.wirecheck.review.Recovered;
import org.wirecheck.review.RecoveryJournal;
import org.wirecheck.review.ReviewDocument;
import org.wirecheck.review.ReviewFile;
import org.wirecheck.review.ReviewFileException;
import org.wirecheck.review.ReviewState;
import org.wirecheck.review.SavedCopy;
import org.wirecheck.review.SourceCheck;
import org.wirecheck.text.Texts;
import org.wirecheck.ui.model.CopyKeys;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.ExportScopes;
import org.wirecheck.ui.model.LoadedCopy;
import org.wirecheck.ui.model.ReviewModel;
import org.wirecheck.ui.model.Session;
import org.wirecheck.ui.model.Settings;

/**
 * The window's review and report commands: open, save and save as a review file, restore an unsaved review after a
 * crash, ask before unsaved changes are replaced, and export the report with the review's verdicts and notes.
 * Problems are named in the message bar; files that cannot be read are left as they were.
 */
final class ReviewCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final Session session;
    private final ReviewModel review;
    private final Settings settings;
    private final FileDialogs dialogs;
    private final StatusBar status;
    private final NoticeBar notice;
    private final Supplier<Window> owner;
    private final DiscrepancyList list;
    private ExecutorService exports;

    ReviewCommands(Session session, ReviewModel review, DiscrepancyList list, Settings settings, FileDialogs dialogs,
                   StatusBar status, NoticeBar notice, Supplier<Window> owner) {
        this.list = list;
        this.session = session;
        this.review = review;
        this.settings = settings;
        this.dialogs = dialogs;
        this.status = status;
        this.notice = notice;
        this.owner = owner;
    }

    /**
     * Before the review is replaced (other copies, another review, closing): true when it may go, after saving it or
     * the user's choice to drop its changes; false when the user cancelled.
     */
    boolean leaveReview(String before) {
        if (!review.dirtyProperty().get()) {
            return true;
        }
        int n = review.state().size();
        return switch (dialogs.askUnsaved(owner.get(), "The review has unsaved changes ("
                + Texts.plural(n, "discrepancy", "discrepancies") + " with a verdict or note). Save it before "
                + before + "?")) {
            case SAVE -> save();
            case DISCARD -> {
                review.service().discardRecovery();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Saves to the review's file, or asks where when it has none; true when saved. */
    boolean save() {
        Optional<Path> file = review.file();
        return file.isPresent() ? write(file.get()) : saveAs();
    }

    /** Asks where to save the review and saves it there; true when saved. */
    boolean saveAs() {
        String suggested = review.file().map(p -> p.getFileName().toString()).orElse("review." + ReviewFile.EXTENSION);
        Optional<Path> chosen = dialogs.chooseReviewTarget(owner.get(), folder(), suggested);
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = withExtension(chosen.get(), ReviewFile.EXTENSION);
        boolean renamed = !target.equals(chosen.get());
        if (isCompared(target)) {
            session.problems().add("Not saved: " + target + " is one of the compared copies.");
            return false;
        }
        if (Files.exists(target) && !target.toAbsolutePath().equals(review.file().orElse(null))
                && (renamed || !dialogs.asksBeforeReplacing())
                && !dialogs.confirm(owner.get(), "Replace file?", target.getFileName() + " already exists in "
                + target.toAbsolutePath().getParent() + ". Replace it with this review?", "Replace")) {
            return false;
        }
        return write(target);
    }

    private boolean write(Path target) {
        try {
            review.service().save(target);
            settings.saveLastFolder(target.toAbsolutePath().getParent());
            status.info("Review saved to " + target.getFileName());
            return true;
        } catch (IOException e) {
            session.problems().add("Could not save the review to " + target + ": " + e.getMessage()
                    + ". Your changes are still in the recovery file.");
            return false;
        }
    }

    /** Asks for a review file and opens it (after the current review's unsaved changes are dealt with). */
    void open() {
        if (!leaveReview("opening another review")) {
            return;
        }
        dialogs.chooseReview(owner.get(), folder()).ifPresent(this::open);
    }

    /** Opens the review file {@code file}: its copies as saved, its verdicts and notes. */
    void open(Path file) {
        ReviewDocument doc;
        try {
            doc = ReviewFile.read(file);
        } catch (ReviewFileException e) {
            session.problems().add("Cannot open the review " + e.getMessage() + ". The file was left as it was.");
            return;
        }
        settings.saveLastFolder(file.toAbsolutePath().getParent());
        apply(doc, file.toAbsolutePath(), false, "Review " + file.getFileName());
    }

    /**
     * Offers to restore the newest review left unsaved by a Wirecheck that ended without saving (crash, kill).
     *
     * @return whether a review was restored (and its copies are being compared)
     */
    boolean offerRecovery(Path recoveryDir) {
        List<Path> left = RecoveryJournal.abandoned(recoveryDir);
        if (left.isEmpty()) {
            return false;
        }
        Path journal = left.get(0);
        Recovered r;
        try {
            r = RecoveryJournal.read(journal);
        } catch (ReviewFileException e) {
            session.problems().add("An unsaved review could not be recovered (" + e.getMessage() + "); the "
                    + "recovery file was left in " + recoveryDir + ".");
            return false;
        }
        ReviewDocument doc = r.document();
        String copies = doc.copies().isEmpty() ? "no copies" : Texts.plural(doc.copies().size(), "copy", "copies")
                + " ("
                + doc.copies().get(0).name() + (doc.copies().size() > 1 ? " and " + (doc.copies().size() - 1)
                + " more)" : ")");
        int n = doc.state().size();
        String message = "Wirecheck ended without saving the review of " + copies + ": "
                + Texts.plural(n, "discrepancy", "discrepancies") + " with a verdict or note, last changed "
                + WHEN.format(r.lastChange()) + (r.savedFile() != null ? ", last saved to "
                + r.savedFile().getFileName() : ", never saved") + "." + (left.size() > 1 ? " (" + (left.size() - 1)
                + " older unsaved reviews stay in " + recoveryDir + ".)" : "") + "\n\nRestore it?";
        switch (dialogs.offerRestore(owner.get(), message)) {
            case RESTORE -> {
                apply(doc, r.savedFile(), true, "Restored review");
                try {
                    review.service().flush(); // the new journal is on disk before the old one goes
                    RecoveryJournal.delete(journal);
                } catch (IOException e) {
                    session.problems().add("The old recovery file " + journal + " was kept: " + e.getMessage());
                }
                return true;
            }
            case DISCARD -> {
                try {
                    RecoveryJournal.delete(journal);
                } catch (IOException e) {
                    session.problems().add("Could not delete " + journal + ": " + e.getMessage());
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void apply(ReviewDocument doc, Path file, boolean dirty, String what) {
        review.service().open(doc, file, dirty);
        List<Path> paths = new ArrayList<>();
        List<LoadedCopy> copies = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Path> changedPaths = new ArrayList<>();
        for (SourceCheck.Result c : SourceCheck.check(doc.copies())) {
            SavedCopy s = c.copy();
            Path p = s.fromFile() ? Path.of(s.path()) : CopyKeys.forSource(s.path());
            paths.add(p);
            copies.add(new LoadedCopy(s.witness(), s.sha256()));
            switch (c.status()) {
                case CHANGED -> {
                    changed.add(s.name());
                    changedPaths.add(p);
                }
                case MISSING -> missing.add(s.name());
                default -> { }
            }
        }
        Path reference = null;
        for (int i = 0; i < paths.size(); i++) {
            reference = doc.copies().get(i).path().equals(doc.reference()) ? paths.get(i) : reference;
        }
        session.openCopies(paths, copies, reference);
        ReviewState state = doc.state();
        status.info(what + ": " + Texts.plural(state.size(), "discrepancy", "discrepancies")
                + " with a verdict or note");
        if (changed.isEmpty() && missing.isEmpty()) {
            notice.hide();
            return;
        }
        StringBuilder m = new StringBuilder(what);
        if (!changed.isEmpty()) {
            m.append(": ").append(String.join(", ", changed)).append(changed.size() == 1 ? " has" : " have")
                    .append(" changed since the review was saved");
        }
        if (!missing.isEmpty()) {
            m.append(changed.isEmpty() ? ": " : "; ").append(String.join(", ", missing))
                    .append(missing.size() == 1 ? " is" : " are").append(" no longer where it was read");
        }
        m.append(". The copies are compared as they were reviewed (their text is saved in the review).");
        if (changedPaths.isEmpty()) {
            notice.show(m.toString(), null, null);
        } else {
            notice.show(m + " Comparing the changed files instead may leave verdicts without a discrepancy: they "
                    + "are kept and listed at the bottom of the sidebar.", "Compare the changed files", () -> {
                        session.reload(changedPaths);
                        notice.show("Comparing the current " + String.join(", ", changed) + ". Verdicts whose "
                                + "discrepancy is gone are kept and listed at the bottom of the sidebar.", null, null);
                    });
        }
    }

    /**
     * Asks what the report covers (everything, the facts, the sidebar's current filter, the confirmed errors) and
     * where to export it (the extension gives the format), and writes it in the background.
     */
    void export() {
        Comparison comparison = session.result().comparison();
        if (comparison == null) {
            status.info("Nothing to export: open two or more copies first");
            return;
        }
        List<ExportScopes.Choice> scopes = ExportScopes.of(list, review);
        Optional<Integer> scope = dialogs.choose(owner.get(), "Export report", "What should the report cover?",
                scopes.stream().map(ExportScopes.Choice::label).toList());
        if (scope.isEmpty()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseReportTarget(owner.get(), folder(), "wirecheck-report.html");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        boolean renamed = false;
        Optional<ReportFormat> format = ReportFormat.forFileName(target.getFileName().toString());
        if (format.isEmpty()) {
            target = withExtension(target, "html");
            format = Optional.of(ReportFormat.HTML);
            renamed = true;
        }
        ExportOptions checked = mayWrite(comparison, target, renamed, "Report", "the report");
        if (checked == null) {
            return;
        }
        ExportOptions opts = checked.withScope(scopes.get(scope.get()).scope())
                .withTimes(KnownTimes.of(comparison));
        ReportFormat f = format.get();
        ReviewState state = review.state();
        inBackground(target, "Report", "report", out -> Exporter.write(comparison, state, f, out, opts));
    }

    /** Asks where to export the evidence bundle ({@code .zip}) and writes it in the background. */
    void exportEvidence() {
        Comparison comparison = session.result().comparison();
        if (comparison == null) {
            status.info("No evidence to export: open two or more copies first");
            return;
        }
        Optional<Path> chosen = dialogs.chooseEvidenceTarget(owner.get(), folder(), "wirecheck-evidence.zip");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), "zip");
        boolean renamed = !target.equals(chosen.get());
        ExportOptions opts = mayWrite(comparison, target, renamed, "Evidence bundle", "the evidence bundle");
        if (opts == null) {
            return;
        }
        ReviewState state = review.state();
        inBackground(target, "Evidence bundle", "evidence bundle",
                out -> EvidenceBundle.write(comparison, state, out, opts, Clock.systemUTC()));
    }

    /** A file written by an export. */
    private interface Export {
        void write(Path out) throws IOException;
    }

    /** {@code p}, or {@code p} with ".ext" added when its name does not end so (in any case). */
    static Path withExtension(Path p, String ext) {
        boolean has = p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext);
        return has ? p : p.resolveSibling(p.getFileName() + "." + ext);
    }

    /**
     * The options to write {@code target} with, after asking before replacing an existing file; null when it may not
     * be written (a message says why) or the user chose not to replace it.
     */
    private ExportOptions mayWrite(Comparison comparison, Path target, boolean renamed, String name, String what) {
        ExportOptions opts = ExportOptions.defaults();
        try {
            Exporter.check(comparison, target, opts);
        } catch (OutputRefusedException e) {
            if (e.reason() != OutputRefusedException.Reason.EXISTS) {
                session.problems().add(name + " not written: " + e.getMessage() + ".");
                return null;
            }
            if ((renamed || !dialogs.asksBeforeReplacing()) && !dialogs.confirm(owner.get(), "Replace file?",
                    target.getFileName() + " already exists in " + target.toAbsolutePath().getParent()
                    + ". Replace it with " + what + "?", "Replace")) {
                return null;
            }
            opts = opts.withOverwrite(true);
        }
        return opts;
    }

    /** Runs {@code export} on the export thread, then says in the status bar or the messages how it went. */
    private void inBackground(Path out, String name, String what, Export export) {
        status.info("Writing the " + what + "…");
        executor().execute(() -> {
            try {
                export.write(out);
                Platform.runLater(() -> status.info(name + " written to " + out.getFileName()));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    status.info("");
                    session.problems().add("Could not write the " + what + " " + out + ": " + e.getMessage());
                });
            }
        });
        settings.saveLastFolder(out.toAbsolutePath().getParent());
    }

    private boolean isCompared(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return session.files().stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(abs));
    }

    private Path folder() {
        return review.file().map(p -> p.toAbsolutePath().getParent()).orElse(settings.lastFolder());
    }

    private synchronized ExecutorService executor() {
        if (exports == null) {
            exports = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "wirecheck-export");
                t.setDaemon(true);
                return t;
            });
        }
        return exports;
    }
}
