package org.wirecheck.ui.view;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.wirecheck.text.TextRange;
import org.wirecheck.ui.model.DisplayText;
import org.wirecheck.ui.model.Highlighter;
import org.wirecheck.ui.model.PaneCopy;

/**
 * One copy: a header (id, file name, word count, similarity to the reference, reference marker, actions) above
 * the read-only, word-wrapped text with its highlighting applied in one {@code setStyleSpans}.
 */
public final class CopyPane extends VBox {

    private final PaneCopy copy;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroller;
    private List<TextRange> emphasised = List.of();

    /**
     * @param userReference whether the user chose this copy's reference (else the engine did)
     */
    public CopyPane(PaneCopy copy, boolean userReference, PaneActions actions) {
        this.copy = copy;
        getStyleClass().add("copy-pane");
        setId("pane-" + copy.id());
        area.getStyleClass().add("copy-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.replaceText(DisplayText.of(copy.witness().text()));
        if (copy.marks() != null) {
            area.setStyleSpans(0, copy.marks().spans());
        }
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret(); // replaceText left a request to follow the caret to the end: start at the top
        area.showParagraphAtTop(0);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i -> actions.clicked(copy, i));
            }
        });
        scroller = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(header(userReference, actions), scroller);
    }

    private VBox header(boolean userReference, PaneActions actions) {
        Label id = new Label(copy.id());
        id.getStyleClass().add("copy-id");
        Label name = new Label(copy.name());
        name.getStyleClass().add("copy-name");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        name.setMinWidth(40);
        name.setTooltip(new Tooltip(copy.path().toString()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button hide = new Button("✕");
        hide.getStyleClass().add("header-button");
        hide.setId("hide-" + copy.id());
        hide.setTooltip(new Tooltip("Hide this copy (View ▸ Copies shows it again)"));
        hide.setOnAction(e -> actions.hide(copy));
        MenuItem ref = new MenuItem("Use as reference");
        ref.setOnAction(e -> actions.useAsReference(copy));
        ref.setDisable(copy.compared() && copy.copy().base() && userReference);
        MenuItem hideItem = new MenuItem("Hide");
        hideItem.setOnAction(e -> actions.hide(copy));
        MenuItem remove = new MenuItem("Remove from comparison");
        remove.setOnAction(e -> actions.remove(copy));
        ContextMenu menu = new ContextMenu(ref, hideItem, remove);
        Button more = new Button("⋯");
        more.getStyleClass().add("header-button");
        more.setId("more-" + copy.id());
        more.setTooltip(new Tooltip("Use as reference, hide, remove"));
        more.setOnAction(e -> menu.show(more, Side.BOTTOM, 0, 0));

        HBox top = new HBox(6, id, name, spacer, more, hide);
        top.setAlignment(Pos.CENTER_LEFT);
        Label facts = new Label(facts());
        facts.getStyleClass().add("copy-facts");
        facts.setMinWidth(0);
        if (copy.compared() && !copy.copy().base()) {
            facts.setTooltip(new Tooltip("Similarity of its wording to the reference copy"));
        }
        HBox second = new HBox(6, facts);
        second.setAlignment(Pos.CENTER_LEFT);
        if (copy.compared() && copy.copy().base()) {
            Label badge = new Label(userReference ? "REFERENCE" : "REFERENCE (auto)");
            badge.getStyleClass().add("reference-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTooltip(new Tooltip(userReference ? "You chose this copy as the reference"
                    : "The copy most similar to all others; choose another with ⋯ ▸ Use as reference"));
            second.getChildren().add(0, badge);
        }
        VBox header = new VBox(top, second);
        header.getStyleClass().add("copy-header");
        if (copy.compared() && copy.copy().base()) {
            header.getStyleClass().add("base");
        }
        return header;
    }

    private String facts() {
        if (!copy.compared()) {
            return "not compared (open at least two copies)";
        }
        String words = copy.copy().words() + " words";
        if (copy.copy().base()) {
            return words;
        }
        return words + " · " + String.format(Locale.ROOT, "%.0f%%", copy.copy().similarity() * 100) + " similar";
    }

    /** The copy shown. */
    public PaneCopy copy() {
        return copy;
    }

    /** The text area (for scrolling and tests). */
    public StyleClassedTextArea area() {
        return area;
    }

    /** Sets the text size in pixels. */
    public void setFontSize(int pixels) {
        area.setStyle("-fx-font-size: " + pixels + "px;");
    }

    /** Emphasises {@code ranges} (empty clears the emphasis), restoring the previous ones to their plain highlight. */
    public void emphasise(List<TextRange> ranges) {
        if (copy.marks() == null) {
            return;
        }
        var spans = copy.marks().spans();
        for (TextRange r : emphasised) {
            area.setStyleSpans(r.start(), spans.subView(r.start(), r.end()));
        }
        emphasised = List.copyOf(ranges);
        for (TextRange r : emphasised) {
            if (r.end() <= area.getLength() && r.length() > 0) {
                area.setStyleSpans(r.start(), Highlighter.emphasised(spans, r.start(), r.end()));
            }
        }
    }

    /** The ranges emphasised now. */
    public List<TextRange> emphasised() {
        return emphasised;
    }

    /** Scrolls so that character {@code offset} stands in the middle of the pane. */
    public void reveal(int offset) {
        int clamped = Math.max(0, Math.min(offset, area.getLength()));
        int paragraph = area.offsetToPosition(clamped, Bias.Forward).getMajor();
        area.moveTo(clamped);
        area.showParagraphAtCenter(paragraph);
    }

    /** Scrolls so that character {@code offset}'s paragraph is at the top. */
    public void showAtTop(int offset) {
        int clamped = Math.max(0, Math.min(offset, area.getLength()));
        area.showParagraphAtTop(area.offsetToPosition(clamped, Bias.Forward).getMajor());
    }

    /** The first character shown at the top of the pane. */
    public int topOffset() {
        return area.hit(1, 1).getInsertionIndex();
    }

    /** Whether character {@code offset} lies in a paragraph currently on screen. */
    public boolean isShowing(int offset) {
        int paragraph = area.offsetToPosition(offset, Bias.Forward).getMajor();
        return paragraph >= area.firstVisibleParToAllParIndex() && paragraph <= area.lastVisibleParToAllParIndex();
    }
}
