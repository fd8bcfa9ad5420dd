package org.wirecheck.ui.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The dialogs the window opens: files to open or save to, and questions (the real ones are the platform's file
 * choosers and alerts; tests answer directly). The defaults answer as a user who cancels.
 */
public interface FileDialogs {

    /** What to do with a review that has unsaved changes. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** What to do with an unsaved review found after a crash. */
    enum Restore { RESTORE, DISCARD, LATER }

    /**
     * @param initialFolder where to start, or null
     * @return the chosen files, empty when the user cancelled
     */
    List<Path> chooseFiles(Window owner, String title, Path initialFolder);

    /** A review file to open, empty when the user cancelled. */
    default Optional<Path> chooseReview(Window owner, Path initialFolder) {
        return Optional.empty();
    }

    /** Where to save the review ({@code .wirecheck}), empty when the user cancelled. */
    default Optional<Path> chooseReviewTarget(Window owner, Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    /** Where to export the report (its extension gives the format), empty when the user cancelled. */
    default Optional<Path> chooseReportTarget(Window owner, Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    /**
     * Which of {@code choices} to take (the report's scope); empty when the user cancelled. Unlike the other
     * questions, the default takes the first choice (everything), as the export did before it asked.
     */
    default Optional<Integer> choose(Window owner, String title, String message, List<String> choices) {
        return choices.isEmpty() ? Optional.empty() : Optional.of(0);
    }

    /** Where to export the evidence bundle ({@code .zip}), empty when the user cancelled. */
    default Optional<Path> chooseEvidenceTarget(Window owner, Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    /** Web addresses to open, as the user typed or pasted them (one a line); empty when the user cancelled. */
    default Optional<String> askAddresses(Window owner) {
        return Optional.empty();
    }

    /** A new label for copy {@code id} (now {@code current}); empty when the user cancelled. */
    default Optional<String> askLabel(Window owner, String id, String current) {
        return Optional.empty();
    }

    /** Whether the save dialogs already asked before choosing an existing file (the platform's do). */
    default boolean asksBeforeReplacing() {
        return false;
    }

    /** Asks a yes/no question; true when the user chose {@code action}. */
    default boolean confirm(Window owner, String title, String message, String action) {
        return false;
    }

    /** Asks whether to save a review's unsaved changes before they are replaced. */
    default Unsaved askUnsaved(Window owner, String message) {
        return Unsaved.CANCEL;
    }

    /** Shows a message (for example the keyboard shortcuts). */
    default void inform(Window owner, String title, String message) {
    }

    /** Offers to restore a review that was not saved when Wirecheck last ended. */
    default Restore offerRestore(Window owner, String message) {
        return Restore.LATER;
    }
}
