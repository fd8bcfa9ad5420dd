package org.wirecheck.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecheck.compare.Comparison;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;

/**
 * Every textual report format of the samples (and of the small hand-made fixture, with a review) against the
 * expected files in {@code src/test/resources/report/expected/}.
 *
 * <p>The samples' expected files follow the engine: after a change to the engine they are regenerated with
 *
 * <pre>
 * mvn -q test -Dtest=ExpectedReportsTest -Dwirecheck.regenerate=true
 * </pre>
 *
 * and the difference is reviewed with {@code git diff src/test/resources/report/expected/} before committing.
 */
class ExpectedReportsTest {

    static final Path EXPECTED = Path.of("src", "test", "resources", "report", "expected");
    static final String REGENERATE = "mvn -q test -Dtest=ExpectedReportsTest -Dwirecheck.regenerate=true";

    private static Comparison samples;

    static Stream<Arguments> reports() {
        List<ReportFormat> formats =
                List.of(ReportFormat.HTML, ReportFormat.MD, ReportFormat.CSV, ReportFormat.JSON, ReportFormat.TEXT,
                        ReportFormat.TEI, ReportFormat.MATRIX_CSV);
        Stream<Arguments> s = formats.stream().map(f -> Arguments.of("samples", f));
        Stream<Arguments> fx = formats.stream().map(f -> Arguments.of("fixture", f));
        return Stream.concat(s, fx);
    }

    private static synchronized Comparison comparison(String name) {
        if (name.equals("samples")) {
            if (samples == null) {
                samples = ReportFixtures.samples();
            }
            return samples;
        }
        return ReportFixtures.sentenced();
    }

    private static Review review(String name) {
        if (name.equals("samples")) {
            return Review.NONE;
        }
        return ReportFixtures.review(Map.of(
                "D1", new ReviewEntry("confirmed error", "Copy C misspells the institute's name (Chey).\n"
                        + "Correction requested on 30 January."),
                "D3", new ReviewEntry("style only", "")));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("reports")
    void matchesTheExpectedFile(String name, ReportFormat format) throws IOException {
        byte[] actual = Exporter.render(comparison(name), review(name), format, ReportFixtures.OPTIONS);
        Path expected = EXPECTED.resolve(name + "." + format.extension());

        if (Boolean.getBoolean("wirecheck.regenerate")) {
            Files.createDirectories(EXPECTED);
            Files.write(expected, actual);
            return;
        }
        assertThat(expected).as("expected file missing; create it with: %s", REGENERATE).exists();
        String want = Files.readString(expected, StandardCharsets.UTF_8);
        String got = new String(actual, StandardCharsets.UTF_8);
        if (!want.equals(got)) {
            fail("%s differs from %s at %s.%nIf the change is intended (for example after an engine change), "
                    + "regenerate the expected files with%n  %s%nand review git diff %s",
                    name + "." + format.extension(),
                    expected, firstDifference(want, got), REGENERATE, EXPECTED);
        }
    }

    /** "line 12: expected ... but was ..." for the first line that differs. */
    private static String firstDifference(String want, String got) {
        List<String> w = want.lines().toList();
        List<String> g = got.lines().toList();
        for (int i = 0; i < Math.max(w.size(), g.size()); i++) {
            String a = i < w.size() ? w.get(i) : "<end of file>";
            String b = i < g.size() ? g.get(i) : "<end of file>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ":\n  expected: " + cut(a) + "\n  actual:   " + cut(b);
            }
        }
        return "line ends";
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
