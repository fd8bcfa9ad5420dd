package org.wirecheck.ui.model;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The highlighting of one copy, computed once per comparison: the style spans for its pane (covering the whole
 * text) and, per character, which discrepancy (index into the comparison's list) owns it, for clicks.
 */
public final class CopyMarks {

    private final StyleSpans<Collection<String>> spans;
    private final int[] owner;

    CopyMarks(StyleSpans<Collection<String>> spans, int[] owner) {
        this.spans = spans;
        this.owner = owner;
    }

    /** The style spans of the whole text (length = the text's length). */
    public StyleSpans<Collection<String>> spans() {
        return spans;
    }

    /** The discrepancy highlighted at character {@code offset}, if any. */
    public OptionalInt discrepancyAt(int offset) {
        if (offset < 0 || offset >= owner.length || owner[offset] < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(owner[offset]);
    }

    /** The style classes of character {@code offset} (for tests and tooltips). */
    public Collection<String> stylesAt(int offset) {
        int pos = 0;
        for (var span : spans) {
            if (offset < pos + span.getLength()) {
                return span.getStyle();
            }
            pos += span.getLength();
        }
        return List.of();
    }
}
