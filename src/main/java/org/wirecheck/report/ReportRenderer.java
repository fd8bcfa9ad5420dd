package org.wirecheck.report;

import java.io.IOException;
import org.wirecheck.compare.Comparison;

/** Renders the report of a comparison in one format; each format's renderer lives in its own package. */
@FunctionalInterface
public interface ReportRenderer {

    /**
     * The report's bytes.
     *
     * @param review the verdicts and notes to show, {@link Review#NONE} for none
     */
    byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException;
}
