/**
 * The discrepancy report, split by what each part is. This package is the model every format shares
 * ({@link org.wirecheck.report.ReportModel}, {@link org.wirecheck.report.Review},
 * {@link org.wirecheck.report.ExportOptions}, the text helpers) and the one interface a format implements,
 * {@link org.wirecheck.report.ReportRenderer}. Each format is one renderer in a package of its own:
 * {@code report.plain} (text, JSON, Markdown, CSV), {@code report.html} and {@code report.pdf}; {@code report.export}
 * names the formats and writes a report through {@code org.wirecheck.files}. The model knows no format, and no
 * format knows another (decision record 0014).
 */
package org.wirecheck.report;
