package org.wirecheck.ui.model;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The highlighting of one copy, computed once per comparison, in two layers: all drift, and the facts alone (high
 * items, the view the reader opens on). Each layer has the style spans for the pane (covering the whole text) and,
 * per character, which discrepancy (index into the comparison's list) owns it, for clicks.
 */
public final class CopyMarks {

    /** One way of highlighting the copy. */
    record Layer(StyleSpans<Collection<String>> spans, int[] owner) {
    }

    private final Layer all;
    private final Layer facts;

    CopyMarks(Layer all, Layer facts) {
        this.all = all;
        this.facts = facts;
    }

    /** The style spans of the whole text with all drift highlighted (length = the text's length). */
    public StyleSpans<Collection<String>> spans() {
        return all.spans();
    }

    /** The style spans of the whole text: the facts alone, or all drift. */
    public StyleSpans<Collection<String>> spans(boolean factsOnly) {
        return (factsOnly ? facts : all).spans();
    }

    /** The discrepancy highlighted at character {@code offset} with all drift shown, if any. */
    public OptionalInt discrepancyAt(int offset) {
        return discrepancyAt(offset, false);
    }

    /** The discrepancy highlighted at character {@code offset} in the facts-only or the all-drift view, if any. */
    public OptionalInt discrepancyAt(int offset, boolean factsOnly) {
        int[] owner = (factsOnly ? facts : all).owner();
        if (offset < 0 || offset >= owner.length || owner[offset] < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(owner[offset]);
    }

    /** The style classes of character {@code offset} with all drift shown (for tests and tooltips). */
    public Collection<String> stylesAt(int offset) {
        return stylesAt(offset, false);
    }

    /** The style classes of character {@code offset} in one of the views. */
    public Collection<String> stylesAt(int offset, boolean factsOnly) {
        int pos = 0;
        for (var span : spans(factsOnly)) {
            if (offset < pos + span.getLength()) {
                return span.getStyle();
            }
            pos += span.getLength();
        }
        return List.of();
    }
}
