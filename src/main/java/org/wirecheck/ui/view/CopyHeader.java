package org.wirecheck.ui.view;

import java.util.Locale;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirecheck.report.CopyEvidence;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;
import org.wirecheck.ui.model.PaneCopy;

/**
 * The header of a copy pane: id, label (outlet or file name), word count, similarity to the reference, reference
 * marker, for a fetched or pasted copy its address and publication metadata, and the pane's actions (hide; use as
 * reference, rename, remove). Made when the pane first comes into view; its tooltips (each a
 * popup window, the larger part of making a header) and menu when the pointer first reaches it.
 */
final class CopyHeader {

    private CopyHeader() {
    }

    /** @param userReference whether the user chose this copy's reference (else the engine did) */
    static VBox of(PaneCopy copy, boolean userReference, PaneActions actions) {
        boolean base = copy.compared() && copy.copy().base();
        Label id = new Label(copy.id());
        id.getStyleClass().add("copy-id");
        Label name = new Label(copy.outlet());
        name.getStyleClass().add("copy-name");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        name.setMinWidth(40);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button hide = new Button("✕");
        hide.getStyleClass().add("header-button");
        hide.setId("hide-" + copy.id());
        hide.setOnAction(e -> actions.hide(copy));
        Button more = new Button("⋯");
        more.getStyleClass().add("header-button");
        more.setId("more-" + copy.id());
        more.setOnAction(e -> menu(copy, userReference, actions).show(more, Side.BOTTOM, 0, 0));

        HBox top = new HBox(6, id, name, spacer, more, hide);
        top.setAlignment(Pos.CENTER_LEFT);
        Label facts = new Label(facts(copy));
        facts.getStyleClass().add("copy-facts");
        facts.setMinWidth(0);
        HBox second = new HBox(6, facts);
        second.setAlignment(Pos.CENTER_LEFT);
        Label badge = null;
        if (base) {
            badge = new Label(userReference ? "REFERENCE" : "REFERENCE (auto)");
            badge.getStyleClass().add("reference-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            second.getChildren().add(0, badge);
        }
        VBox header = new VBox(top, second);
        Label where = origin(copy);
        if (where != null) {
            header.getChildren().add(where);
        }
        header.getStyleClass().add("copy-header");
        if (base) {
            header.getStyleClass().add("base");
        }
        Label referenceBadge = badge;
        whenPointerFirstEnters(header, () -> {
            name.setTooltip(new Tooltip(copy.witness().source()
                    + (copy.witness().origin().fetchedFromWeb() ? "" : "\n(⋯ ▸ Rename… gives it another label)")));
            if (where != null) {
                where.setTooltip(new Tooltip(String.join("\n", CopyEvidence.lines(copy.witness().origin()))));
            }
            hide.setTooltip(new Tooltip("Hide this copy (View ▸ Copies shows it again)"));
            more.setTooltip(new Tooltip("Use as reference, hide, remove"));
            String card = copy.drift() == null ? "" : "\nThis copy " + copy.drift().summary()
                    + " (Group by copy in the list shows which)";
            if (copy.compared() && !base) {
                facts.setTooltip(new Tooltip("Similarity of its wording to the reference copy" + card));
            } else if (!card.isEmpty()) {
                facts.setTooltip(new Tooltip(card.strip()));
            }
            if (referenceBadge != null) {
                referenceBadge.setTooltip(new Tooltip(userReference ? "You chose this copy as the reference"
                        : "The copy most similar to all others; choose another with ⋯ ▸ Use as reference"));
            }
        });
        return header;
    }

    private static void whenPointerFirstEnters(Node node, Runnable action) {
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, this);
                action.run();
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, once);
    }

    /** The "⋯" menu, made when it is opened. */
    private static ContextMenu menu(PaneCopy copy, boolean userReference, PaneActions actions) {
        MenuItem ref = new MenuItem("Use as reference");
        ref.setOnAction(e -> actions.useAsReference(copy));
        ref.setDisable(copy.compared() && copy.copy().base() && userReference);
        MenuItem hideItem = new MenuItem("Hide");
        hideItem.setOnAction(e -> actions.hide(copy));
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> actions.rename(copy));
        MenuItem remove = new MenuItem("Remove from comparison");
        remove.setOnAction(e -> actions.remove(copy));
        return new ContextMenu(ref, rename, hideItem, remove);
    }

    /**
     * The line under the facts for a copy with an origin worth showing: the day it says it was published and the
     * address of a fetched page after redirects ("2026-03-03 · apnews.com/article/…"), "pasted", or a file's
     * author; null when there is nothing to say. Its tooltip lists all the evidence.
     */
    static Label origin(PaneCopy copy) {
        Origin o = copy.witness().origin();
        Metadata m = o.metadata();
        StringBuilder sb = new StringBuilder();
        if (!m.published().isEmpty()) {
            sb.append(m.published().matches("\\d{4}-\\d\\d-\\d\\d.*") ? m.published().substring(0, 10)
                    : m.published()).append(" · ");
        }
        if (o.kind() == Origin.Kind.WEB) {
            sb.append(o.finalAddress().replaceFirst("^(?i)https?://", ""));
        } else if (o.kind() == Origin.Kind.PASTED) {
            sb.append("pasted");
        } else if (!m.author().isEmpty()) {
            sb.append("by ").append(m.author());
        }
        if (sb.length() == 0) {
            return null;
        }
        Label where = new Label(sb.toString());
        where.getStyleClass().add("copy-origin");
        where.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        where.setMinWidth(0);
        return where;
    }

    private static String facts(PaneCopy copy) {
        if (!copy.compared()) {
            return "not compared (open at least two copies)";
        }
        String words = copy.copy().words() + " words";
        if (copy.copy().base()) {
            return words;
        }
        return words + " · " + String.format(Locale.ROOT, "%.0f%%", copy.copy().similarity() * 100) + " similar";
    }
}
