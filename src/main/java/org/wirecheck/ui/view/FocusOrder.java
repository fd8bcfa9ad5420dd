package org.wirecheck.ui.view;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab in the reader's own order, the order in which the window reads: the reference chooser, the copies
 * in view from left to right, then the sidebar from top to bottom (search, filters, grouping, the list), then the
 * verdict buttons and the note; and round again. A text area (the note) gives the keyboard back on Tab instead of
 * typing a tab. Controls that are hidden or disabled are passed over.
 */
final class FocusOrder {

    private final Supplier<List<Node>> order;

    /** @param order the focusable nodes, in order, as they are now (copies come and go) */
    FocusOrder(Supplier<List<Node>> order) {
        this.order = order;
    }

    /** Takes Tab and Shift+Tab in {@code scene} before any control does. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
                Node next = next(scene.getFocusOwner(), e.isShiftDown() ? -1 : +1);
                if (next != null) {
                    e.consume();
                    next.requestFocus();
                }
            }
        });
    }

    /** The node after (or before) the one holding {@code owner}, or the first when it is none of them. */
    Node next(Node owner, int step) {
        List<Node> nodes = order.get();
        if (nodes.isEmpty()) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < nodes.size() && at < 0; i++) {
            if (holds(nodes.get(i), owner)) {
                at = i;
            }
        }
        int n = nodes.size();
        int i = at < 0 ? (step > 0 ? -1 : n) : at;
        for (int tries = 0; tries < n; tries++) {
            i = Math.floorMod(i + step, n);
            if (canFocus(nodes.get(i))) {
                return nodes.get(i);
            }
        }
        return null;
    }

    private static boolean holds(Node node, Node owner) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    /** Shown (with every parent), enabled and in a scene. */
    static boolean canFocus(Node node) {
        if (node.getScene() == null || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n.getParent() == null && !(n instanceof Parent)) {
                return false;
            }
        }
        return true;
    }
}
