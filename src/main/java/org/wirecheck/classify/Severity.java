package org.wirecheck.classify;

import java.util.Locale;

/** How much a discrepancy matters: high for what a reader would repeat as fact, low for style and furniture. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    /** The lower-case name used in reports ({@code "high"}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
