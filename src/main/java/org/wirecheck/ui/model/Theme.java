package org.wirecheck.ui.model;

/** The reader's colours: as the system says (the default), light, or dark. */
public enum Theme {
    SYSTEM("As the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The name under View ▸ Theme. */
    public String label() {
        return label;
    }

    /** The saved name ({@code "dark"}) read back, or {@link #SYSTEM} for anything else. */
    public static Theme parse(String saved) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(saved)) {
                return t;
            }
        }
        return SYSTEM;
    }

    /** Whether the reader is dark under this choice, given whether the system prefers dark. */
    public boolean dark(boolean systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }
}
