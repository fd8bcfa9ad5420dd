package org.wirecheck.ui.view;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.wirecheck.text.TextRange;
import org.wirecheck.ui.model.PaneCopy;

/**
 * One copy: its header above its text. Both are made when the pane first comes near the visible part of the row
 * ({@link PaneRow} decides), and the text (a RichTextFX area, {@link CopyText}) is handed back when the pane goes far
 * out of view; meanwhile the pane is an empty placeholder of the same size. What the text should show (text size,
 * emphasised readings, where it was scrolled to) is kept here, so a pane loaded again looks as it would have.
 */
public final class CopyPane extends VBox {

    private final PaneCopy copy;
    private final boolean userReference;
    private final PaneActions actions;
    private final ChangeListener<Double> scrolled = (o, a, b) -> this.onTextScrolled.run();
    private CopyText text;
    private int fontSize = 13;
    private List<TextRange> emphasis = List.of();
    private int savedTop;
    private Runnable onTextScrolled = () -> { };

    /**
     * @param userReference whether the user chose this copy's reference (else the engine did)
     */
    public CopyPane(PaneCopy copy, boolean userReference, PaneActions actions) {
        this.copy = copy;
        this.userReference = userReference;
        this.actions = actions;
        getStyleClass().add("copy-pane");
        setId("pane-" + copy.id());
    }

    /** The copy shown. */
    public PaneCopy copy() {
        return copy;
    }

    /** Whether the pane holds its text now (it is in or near view). */
    public boolean isLoaded() {
        return text != null;
    }

    /**
     * The text area (for scrolling and tests).
     *
     * @throws IllegalStateException while the pane is not {@linkplain #isLoaded() loaded}
     */
    public StyleClassedTextArea area() {
        if (text == null) {
            throw new IllegalStateException("copy " + copy.id() + " is out of view: its text is not loaded");
        }
        return text.area();
    }

    /** Shows the copy in {@code t} (filled and styled here), below the header. */
    void load(CopyText t) {
        if (text != null) {
            throw new IllegalStateException("copy " + copy.id() + " is loaded already");
        }
        if (getChildren().isEmpty()) {
            getChildren().add(CopyHeader.of(copy, userReference, actions));
        }
        text = t;
        t.fill(copy.witness().text(), copy.marks(), emphasis, i -> actions.clicked(copy, i));
        t.area().setStyle(fontStyle());
        Node node = t.node();
        VBox.setVgrow(node, Priority.ALWAYS);
        getChildren().add(node);
        if (savedTop > 0) {
            t.showAtTop(savedTop);
        }
        t.area().estimatedScrollYProperty().addListener(scrolled);
    }

    /** Takes the text away, remembering where it was scrolled to, and returns it for another pane (null if none). */
    CopyText unload() {
        if (text == null) {
            return null;
        }
        CopyText t = text;
        savedTop = t.topParagraphStart(savedTop);
        t.area().estimatedScrollYProperty().removeListener(scrolled);
        getChildren().remove(t.node());
        text = null;
        return t;
    }

    /** {@code r} runs when the text scrolls vertically (while loaded). */
    void setOnTextScrolled(Runnable r) {
        onTextScrolled = r;
    }

    /** Sets the text size in pixels. */
    public void setFontSize(int pixels) {
        fontSize = pixels;
        if (text != null) {
            text.area().setStyle(fontStyle());
        }
    }

    private String fontStyle() {
        return "-fx-font-size: " + fontSize + "px;";
    }

    /** Remembers {@code ranges} as the ones to emphasise, shown by {@link #showEmphasis} or when loaded. */
    void emphasiseLater(List<TextRange> ranges) {
        emphasis = List.copyOf(ranges);
    }

    /** Brings the loaded text's emphasis up to date (restyles only the ranges that change). */
    void showEmphasis() {
        if (text != null) {
            text.emphasise(emphasis);
        }
    }

    /** The ranges to emphasise (shown once the pane is in view). */
    public List<TextRange> emphasised() {
        return emphasis;
    }

    /** The ranges emphasised in the text now (none while not loaded). */
    public List<TextRange> emphasisShown() {
        return text == null ? List.of() : text.emphasised();
    }

    /** Scrolls so that character {@code offset} stands in the middle of the pane (at the top once loaded, if not). */
    public void reveal(int offset) {
        if (text != null) {
            text.reveal(offset);
        } else {
            savedTop = offset;
        }
    }

    /** Scrolls so that character {@code offset}'s paragraph is at the top. */
    public void showAtTop(int offset) {
        if (text != null) {
            text.showAtTop(offset);
        } else {
            savedTop = offset;
        }
    }

    /** The first character shown at the top of the pane. */
    public int topOffset() {
        return text != null ? text.topOffset() : savedTop;
    }

    /** Whether character {@code offset} lies in a paragraph currently on screen. */
    public boolean isShowing(int offset) {
        return text != null && text.isShowing(offset);
    }
}
