package org.wirecheck.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.ReportScope;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;

/**
 * Each export scope in every format, on the small fixture: D1 a high name change, D2 a medium omission the review
 * confirms as an error, D3 a low style change the review dismisses.
 */
class ExportScopeTest {

    private static final Review REVIEW = ReportFixtures.review(Map.of(
            "D2", new ReviewEntry("confirmed error", "C dropped it", ReviewEntry.Outcome.CONFIRMED_ERROR),
            "D3", new ReviewEntry("acceptable variation", "", ReviewEntry.Outcome.DISMISSED)));

    private static final Pattern ID = Pattern.compile("\\bD[1-9]\\b");

    /** The discrepancy ids a report names (the summary's one-line list and the details both name them). */
    private static Set<String> ids(ReportFormat f, ReportScope scope, Boolean drift) throws IOException {
        ExportOptions o = ReportFixtures.OPTIONS.withSystemFonts(false).withScope(scope).withDrift(drift);
        byte[] bytes = Exporter.render(ReportFixtures.sentenced(), REVIEW, f, o);
        String text;
        if (f == ReportFormat.PDF) {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                text = new PDFTextStripper().getText(doc);
            }
        } else {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        Set<String> out = new TreeSet<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everythingWithTheDriftNamesEveryDiscrepancy(ReportFormat f) throws IOException {
        assertThat(ids(f, ReportScope.ALL, true)).containsExactly("D1", "D2", "D3");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void factsOnlyNamesTheHighItemsAlone(ReportFormat f) throws IOException {
        assertThat(ids(f, ReportScope.FACTS, null)).containsExactly("D1");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void confirmedErrorsOnlyNamesTheConfirmedOnesAlone(ReportFormat f) throws IOException {
        assertThat(ids(f, ReportScope.CONFIRMED, null)).containsExactly("D2");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theCurrentFilterNamesWhatItShowsEvenLowItems(ReportFormat f) throws IOException {
        assertThat(ids(f, ReportScope.filter(Set.of("D1", "D3"), "high, low"), null)).containsExactly("D1", "D3");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void withoutTheDriftEverythingKeepsTheFactsAndWhatTheReviewFlagged(ReportFormat f) throws IOException {
        // D3 (low, dismissed) is counted but not detailed
        assertThat(ids(f, ReportScope.ALL, false)).containsExactly("D1", "D2");
    }

    @Test
    void aPdfLeavesTheDriftOutByDefaultAndTheOtherFormatsKeepIt() throws IOException {
        assertThat(ids(ReportFormat.PDF, ReportScope.ALL, null)).containsExactly("D1", "D2");
        for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.MD, ReportFormat.TEXT, ReportFormat.JSON,
                ReportFormat.CSV)) {
            assertThat(ids(f, ReportScope.ALL, null)).as(f.name()).containsExactly("D1", "D2", "D3");
        }
    }

    @Test
    void theScopeIsSaidInTheReport() throws IOException {
        ExportOptions o = ReportFixtures.OPTIONS.withScope(ReportScope.FACTS);
        String md = new String(Exporter.render(ReportFixtures.sentenced(), REVIEW, ReportFormat.MD, o),
                StandardCharsets.UTF_8);
        String json = new String(Exporter.render(ReportFixtures.sentenced(), REVIEW, ReportFormat.JSON, o),
                StandardCharsets.UTF_8);
        String text = new String(Exporter.render(ReportFixtures.sentenced(), REVIEW, ReportFormat.TEXT, o),
                StandardCharsets.UTF_8);

        assertThat(md).contains("**Covers:** facts only: 1 of 3 discrepancies");
        assertThat(json).contains("\"name\": \"facts\"").contains("\"listed\": 1").contains("\"total\": 3");
        assertThat(text).contains("Listed: facts only, 1 of 3 discrepancies");
    }
}
