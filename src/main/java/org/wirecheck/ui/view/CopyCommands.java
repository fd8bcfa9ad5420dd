package org.wirecheck.ui.view;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;
import javafx.stage.Stage;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.ui.model.AddressList;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.Session;

/**
 * The window's commands for copies that are not opened as files: web addresses (asked for, or dropped as links),
 * text pasted from the clipboard, and a copy's label.
 */
final class CopyCommands {

    private final Session session;
    private final FileDialogs dialogs;
    private final StatusBar status;
    private final Supplier<Stage> owner;

    CopyCommands(Session session, FileDialogs dialogs, StatusBar status, Supplier<Stage> owner) {
        this.session = session;
        this.dialogs = dialogs;
        this.status = status;
        this.owner = owner;
    }

    /**
     * Asks for web addresses and fetches them; when at least one page is fetched, runs {@code newReview} and the
     * pages replace the copies open (when none is, the copies open stay).
     */
    void openAddresses(Runnable newReview) {
        ask().ifPresent(list -> session.fetch(list, newReview));
    }

    /** Asks for web addresses and fetches them, added to the copies open. */
    void addAddresses() {
        ask().ifPresent(session::fetch);
    }

    /** Adds the clipboard's text (its HTML, the article extracted, when it has some) as "Pasted N". */
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
        String text = clipboard.hasString() ? clipboard.getString() : null;
        try {
            session.addLoaded(List.of(Loader.pasted(session.nextPasteNumber(), text, html)));
        } catch (LoadException e) {
            status.info("Nothing pasted: " + e.reason());
        }
    }

    /** Asks for a new label for {@code copy} and gives it. */
    void rename(PaneCopy copy) {
        dialogs.askLabel(owner.get(), copy.id(), copy.name()).ifPresent(label -> session.rename(copy.path(), label));
    }

    /** The web addresses of a dropped link (its URL, else its text); empty when it holds none. */
    static List<String> dropped(Dragboard board) {
        String text = board.hasUrl() ? board.getUrl() : board.hasString() ? board.getString() : "";
        return AddressList.parse(text).addresses();
    }

    /** The addresses the user gave (words that are not addresses are named in a message), if any. */
    private Optional<List<String>> ask() {
        AddressList given = AddressList.parse(dialogs.askAddresses(owner.get()).orElse(""));
        for (String word : given.rejected()) {
            session.problems().add(word + ": not a web address (it must start with http:// or https://)");
        }
        return given.addresses().isEmpty() ? Optional.empty() : Optional.of(given.addresses());
    }
}
