package org.wirecheck.ui.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wirecheck.report.export.ReportFormat;
import org.wirecheck.review.ReviewFile;

/** The platform's file choosers and alerts. */
public final class FxFileDialogs implements FileDialogs {

    @Override
    public List<Path> chooseFiles(Window owner, String title, Path initialFolder) {
        FileChooser chooser = chooser(title, initialFolder, null);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Stories (text, Markdown, HTML, Word, OpenDocument, PDF)", "*.txt",
                        "*.md", "*.markdown", "*.html", "*.htm", "*.docx", "*.odt", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseReview(Window owner, Path initialFolder) {
        FileChooser chooser = chooser("Open review", initialFolder, null);
        chooser.getExtensionFilters().addAll(reviewFilter(), new FileChooser.ExtensionFilter("All files", "*"));
        return path(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseReviewTarget(Window owner, Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Save review", initialFolder, suggestedName);
        chooser.getExtensionFilters().add(reviewFilter());
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseReportTarget(Window owner, Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Export report", initialFolder, suggestedName);
        for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.MD,
                ReportFormat.CSV, ReportFormat.JSON, ReportFormat.TEXT, ReportFormat.TEI, ReportFormat.MATRIX_CSV)) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description() + " (*."
                    + f.extension() + ")", "*." + f.extension()));
        }
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseEvidenceTarget(Window owner, Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Export evidence", initialFolder, suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip files (*.zip)", "*.zip"));
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<String> askAddresses(Window owner) {
        TextArea area = new TextArea();
        area.setPromptText("https://apnews.com/article/…\nhttps://www.reuters.com/world/…");
        area.setPrefRowCount(8);
        area.setPrefColumnCount(60);
        Label hint = new Label("One web address a line. Each page is fetched, its article text read and compared "
                + "with the copies open; nothing on the pages is run.");
        hint.setWrapText(true);
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Open web addresses");
        ButtonType open = new ButtonType("Fetch and compare", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        d.getDialogPane().setContent(new VBox(8, hint, area));
        d.setResultConverter(b -> b == open ? area.getText() : null);
        javafx.application.Platform.runLater(area::requestFocus);
        return d.showAndWait();
    }

    @Override
    public Optional<String> askLabel(Window owner, String id, String current) {
        TextInputDialog d = new TextInputDialog(current);
        d.initOwner(owner);
        d.setTitle("Rename copy " + id);
        d.setHeaderText(null);
        d.setContentText("Label (the outlet, e.g. apnews.com):");
        return d.showAndWait();
    }

    @Override
    public boolean asksBeforeReplacing() {
        return true; // the platform's save dialog asks before an existing file is chosen
    }

    @Override
    public boolean confirm(Window owner, String title, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert a = alert(owner, Alert.AlertType.CONFIRMATION, title, message, yes, ButtonType.CANCEL);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Integer> choose(Window owner, String title, String message, List<String> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(message);
        return d.showAndWait().map(choices::indexOf).filter(i -> i >= 0);
    }

    @Override
    public void inform(Window owner, String title, String message) {
        Alert a = alert(owner, Alert.AlertType.INFORMATION, title, message, ButtonType.OK);
        a.getDialogPane().getContent().setStyle("-fx-font-family: monospace;");
        a.showAndWait();
    }

    @Override
    public Unsaved askUnsaved(Window owner, String message) {
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = alert(owner, Alert.AlertType.WARNING, "Unsaved review", message, save, discard, ButtonType.CANCEL);
        ButtonType chosen = a.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == save ? Unsaved.SAVE : chosen == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Restore offerRestore(Window owner, String message) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard it", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(owner, Alert.AlertType.CONFIRMATION, "Unsaved review found", message, restore, discard,
                later);
        ButtonType chosen = a.showAndWait().orElse(later);
        return chosen == restore ? Restore.RESTORE : chosen == discard ? Restore.DISCARD : Restore.LATER;
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String message,
                               ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(520);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setPrefWidth(580);
        return a;
    }

    private static FileChooser chooser(String title, Path initialFolder, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }

    private static FileChooser.ExtensionFilter reviewFilter() {
        return new FileChooser.ExtensionFilter("Wirecheck reviews (*." + ReviewFile.EXTENSION + ")",
                "*." + ReviewFile.EXTENSION);
    }

    private static Optional<Path> path(File f) {
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }
}
