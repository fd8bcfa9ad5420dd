package org.wirecheck.ui.model;

import java.util.Locale;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/**
 * The CSS style classes the reader puts on highlighted text and on sidebar chips ({@code reader.css} defines them):
 * one class per kind (colour), one per severity (underline style), whether the copy carries the majority reading,
 * and the emphasis of the selected discrepancy.
 */
public final class StyleClasses {

    /** Every highlighted character. */
    public static final String MARK = "mark";
    /** A copy carrying a reading other than the majority's (drawn stronger). */
    public static final String MINORITY = "minority";
    /** The point where a copy lacks a passage the others carry. */
    public static final String GAP = "gap";
    /** Markup of a Markdown file that the engine skipped. */
    public static final String MARKUP = "markup";
    /** A passage the copy rewrites, shown as one quiet band while word-level drift is hidden. */
    public static final String BAND = "band";
    /** The selected discrepancy. */
    public static final String SELECTED = "selected";

    private StyleClasses() {
    }

    /** {@code "k-name"} for {@link Kind#NAME}. */
    public static String of(Kind kind) {
        return "k-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** {@code "s-high"} for {@link Severity#HIGH}. */
    public static String of(Severity severity) {
        return "s-" + severity.label();
    }
}
