package org.wirecheck.ui.model;

/** How the sidebar groups discrepancies. */
public enum Grouping {
    /** By kind (names, numbers, quotes...), kinds in order of importance. */
    KIND("Kind"),
    /** By fact: the discrepancies about one fact told in several places together. */
    FACT("Fact"),
    /** By copy: what each copy changes, with its drift card; a discrepancy stands under every copy that departs. */
    COPY("Copy"),
    /** Not grouped: the engine's ranking. */
    NONE("None");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    /** The name in the sidebar's "Group by" choice. */
    public String label() {
        return label;
    }
}
