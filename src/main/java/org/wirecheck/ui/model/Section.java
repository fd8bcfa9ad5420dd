package org.wirecheck.ui.model;

import java.util.List;
import org.wirecheck.classify.Kind;
import org.wirecheck.compare.Discrepancy;

/**
 * A group of the sidebar's list: its identity (kept when the list is rebuilt, for its expanded state), the kind
 * it stands for (drawn as a chip) or a label, a second line (a copy's drift card), and its discrepancies. A section
 * without a header is one row standing alone (a fact told once).
 *
 * @param kind   the kind, when grouped by kind, else null
 * @param label  the header's text when not a kind, or null for a row standing alone
 * @param detail the header's second line, or {@code ""}
 */
public record Section(String id, Kind kind, String label, String detail, List<Discrepancy> items) {

    public Section {
        items = List.copyOf(items);
    }

    /** Whether the section is drawn as a group with a header (else its one discrepancy stands alone). */
    public boolean hasHeader() {
        return kind != null || label != null;
    }
}
