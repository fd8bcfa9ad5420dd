package org.wirecheck.ui.view;

import java.util.EnumSet;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.wirecheck.classify.Severity;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.ViewOptions;

/**
 * Facts first: the reader opens on the high items (the facts on which the copies disagree) in the list and in the
 * panes; one switch shows all drift. The switch and the sidebar's severity filter are one state: showing only high
 * is "facts only", anything else is "all drift" (clearing the filters shows all drift).
 */
final class FactsFirst {

    private static final Set<Severity> FACTS = EnumSet.of(Severity.HIGH);
    private final ViewOptions options;
    private final DiscrepancyList list;
    private boolean updating;

    private FactsFirst(ViewOptions options, DiscrepancyList list) {
        this.options = options;
        this.list = list;
    }

    /** Keeps the view option and the list's severity filter in step, starting from the option. */
    static void link(ViewOptions options, DiscrepancyList list) {
        FactsFirst f = new FactsFirst(options, list);
        f.apply(options.factsOnlyProperty().get());
        options.factsOnlyProperty().addListener((o, a, b) -> f.apply(b));
        list.severities().addListener((SetChangeListener<Severity>) c -> f.follow());
    }

    /** The tool bar's switch: pressed shows all drift. */
    static ToggleButton toggle(ViewOptions options) {
        ToggleButton all = new ToggleButton("All drift");
        all.setId("all-drift");
        all.setTooltip(new Tooltip("Show every difference, not only the facts on which the copies disagree (Ctrl+D)"));
        all.setSelected(!options.factsOnlyProperty().get());
        all.selectedProperty().addListener((o, a, b) -> options.factsOnlyProperty().set(!b));
        options.factsOnlyProperty().addListener((o, a, b) -> all.setSelected(!b));
        return all;
    }

    private void apply(boolean factsOnly) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            if (factsOnly) {
                list.severities().retainAll(FACTS);
                list.severities().addAll(FACTS);
            } else {
                list.severities().addAll(EnumSet.allOf(Severity.class));
            }
        } finally {
            updating = false;
        }
    }

    private void follow() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            options.factsOnlyProperty().set(list.severities().equals(FACTS));
        } finally {
            updating = false;
        }
    }
}
