package org.wirecheck.ui.view;

import org.wirecheck.ui.model.PaneCopy;

/** What a copy pane asks the window to do. */
public interface PaneActions {

    /** Hide the pane (the copy stays compared). */
    void hide(PaneCopy copy);

    /** Compare again with this copy as the reference. */
    void useAsReference(PaneCopy copy);

    /** Give the copy another label (asks for it). */
    void rename(PaneCopy copy);

    /** Take the copy out of the comparison. */
    void remove(PaneCopy copy);

    /** The user clicked character {@code offset} of the copy. */
    void clicked(PaneCopy copy, int offset);
}
