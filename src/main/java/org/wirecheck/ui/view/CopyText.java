package org.wirecheck.ui.view;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.util.UndoUtils;
import org.wirecheck.text.TextRange;
import org.wirecheck.ui.model.CopyMarks;
import org.wirecheck.ui.model.DisplayText;
import org.wirecheck.ui.model.Highlighter;

/**
 * The text of a copy as a pane shows it while in view: a read-only, word-wrapped {@link StyleClassedTextArea} inside
 * its own vertical scroll pane, with the copy's highlighting applied in one {@code setStyleSpans}. Changing the
 * emphasised discrepancy restyles only the ranges of the old and the new one. Making an area costs more than
 * filling one, so a text is reused for another copy ({@link #fill}) once its pane has gone out of view.
 */
final class CopyText {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroller = new VirtualizedScrollPane<>(area);
    private CopyMarks marks;
    private List<TextRange> emphasised = List.of();
    private IntConsumer clicked = i -> { };
    private int centreWhenSized = -1;

    CopyText() {
        area.getStyleClass().add("copy-text");
        area.setUndoManager(UndoUtils.noOpUndoManager()); // read-only: restyling must not pile up undo history
        area.useInitialStyleForInsertionProperty().set(true); // a new text does not take the style of the old one
        area.setEditable(false);
        area.setWrapText(true);
        area.heightProperty().addListener((o, a, h) -> {
            if (h.doubleValue() > 0 && centreWhenSized >= 0) {
                int paragraph = centreWhenSized;
                centreWhenSized = -1;
                area.showParagraphAtCenter(paragraph);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i -> clicked.accept(i));
            }
        });
    }

    /**
     * Shows {@code text} from its top, highlighted by {@code marks} (null: not compared) with {@code emphasis}
     * emphasised; {@code onClick} is told the character the user clicks.
     */
    void fill(String text, CopyMarks marks, List<TextRange> emphasis, IntConsumer onClick) {
        this.marks = marks;
        this.clicked = onClick;
        this.emphasised = List.of();
        this.centreWhenSized = -1;
        area.replaceText(DisplayText.of(text));
        if (marks != null) {
            area.setStyleSpans(0, marks.spans());
        }
        emphasise(emphasis);
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** The node to put in the pane. */
    VirtualizedScrollPane<StyleClassedTextArea> node() {
        return scroller;
    }

    /** Emphasises {@code ranges} (empty clears), restoring the previous ones to their plain highlight. */
    void emphasise(List<TextRange> ranges) {
        if (marks == null || ranges.equals(emphasised)) {
            return;
        }
        var spans = marks.spans();
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

    List<TextRange> emphasised() {
        return emphasised;
    }

    /**
     * Scrolls so that character {@code offset} stands in the middle. Before the text has its height (just filled
     * for a pane coming into view) its paragraph is put at the top and moved to the middle as soon as the height is
     * known, before the lines are laid out: they are laid out once, where they are wanted.
     */
    void reveal(int offset) {
        int clamped = clamp(offset);
        int paragraph = paragraphOf(clamped);
        area.moveTo(clamped);
        if (area.getHeight() > 0) {
            centreWhenSized = -1;
            area.showParagraphAtCenter(paragraph);
        } else {
            area.showParagraphAtTop(paragraph);
            centreWhenSized = paragraph;
        }
    }

    void showAtTop(int offset) {
        centreWhenSized = -1;
        area.showParagraphAtTop(paragraphOf(clamp(offset)));
    }

    int topOffset() {
        return area.hit(1, 1).getInsertionIndex();
    }

    /** Where the first paragraph on screen starts ({@code otherwise} when none is laid out). */
    int topParagraphStart(int otherwise) {
        if (area.getVisibleParagraphs().isEmpty()) {
            return otherwise;
        }
        return area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
    }

    boolean isShowing(int offset) {
        int paragraph = paragraphOf(clamp(offset));
        return paragraph >= area.firstVisibleParToAllParIndex() && paragraph <= area.lastVisibleParToAllParIndex();
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, area.getLength()));
    }

    private int paragraphOf(int offset) {
        return area.offsetToPosition(offset, Bias.Forward).getMajor();
    }
}
