package org.wirecheck.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.compare.StoryViews;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.Review;
import org.wirecheck.report.ScopedComparison;

/**
 * The report as one self-contained HTML page: inline CSS, no script, nothing fetched (a Content-Security-Policy forbids
 * it even if a browser were asked to), printable (print CSS, A4) and readable on a phone (the layout narrows, wide
 * tables scroll sideways).
 *
 * <p>The page reads in layers: the summary (the headline, the copies, the review's verdicts and the facts that differ
 * one line each), the counts, the versions and the overview matrix, the facts in detail, then the wording drift. It
 * is built as a jsoup document ({@link Page} around the sections {@link CopiesSection}, {@link FactsSection},
 * {@link SummarySection}, {@link VersionsSection}, {@link OverviewSection}, {@link LegendSection} and
 * {@link DiscrepanciesSection}) and written by jsoup, which escapes every text and
 * attribute value: an article containing {@code <script>} shows that text and runs nothing.
 */
public final class HtmlReport implements ReportRenderer {

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        ReportModel m = ReportModel.of(comparison, review, options, true);
        Comparison scoped = ScopedComparison.of(comparison, review, options, true);
        return render(m, main -> storySections(scoped, options.times(), main)).getBytes(StandardCharsets.UTF_8);
    }

    /** The page as a string (UTF-8 is declared in it). */
    public static String render(ReportModel m) {
        return render(m, main -> { });
    }

    /** The page, with {@code story} adding the sections drawn from the comparison itself before the details. */
    private static String render(ReportModel m, Consumer<Element> story) {
        Document doc = Page.create(m);
        Element body = doc.body();
        Page.header(m, body);
        Element main = body.appendElement("main");
        CopiesSection.build(m, main);
        FactsSection.build(m, main);
        SummarySection.build(m, main);
        story.accept(main);
        LegendSection.build(main);
        DiscrepanciesSection.build(m, main);
        Page.footer(m, body);
        return Page.write(doc);
    }

    /** The versions and the overview matrix ({@link VersionsSection}, {@link OverviewSection}). */
    static void storySections(Comparison comparison, PublicationTimes times, Element main) {
        StoryViews story = StoryViews.shown(comparison, times).orElse(null);
        if (story == null) {
            return;
        }
        main.ownerDocument().head().appendElement("style").appendChild(new DataNode("\n" + StoryStyle.CSS));
        VersionsSection.build(story.versions(), main);
        OverviewSection.build(story.overview(), story.versions(), main);
    }
}
