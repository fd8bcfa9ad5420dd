package org.wirecheck.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.files.OutputRefusedException;
import org.wirecheck.files.OutputRefusedException.Reason;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.text.Witness;

class ExporterTest {

    @TempDir
    Path dir;

    private static final ExportOptions OPTS = ReportFixtures.OPTIONS.withSystemFonts(false);

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The fixture's copies, saved in the temporary folder and named by their real paths. */
    private Comparison onDisk() throws IOException {
        Comparison c = ReportFixtures.sentenced();
        List<Copy> copies = new ArrayList<>();
        for (Copy copy : c.copies()) {
            Path p = Files.writeString(dir.resolve(copy.witness().name()), copy.witness().text());
            copies.add(new Copy(copy.id(), new Witness(copy.witness().name(), p.toString(), copy.witness().text()),
                    copy.words(), copy.similarity(), copy.base(), copy.family(), copy.sentences()));
        }
        return new Comparison(copies, c.baseId(), c.discrepancies(), c.warnings(), c.sameStory());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesEachFormatAndLeavesNoTemporaryFile(ReportFormat format) throws IOException {
        Path out = dir.resolve("report." + format.extension());

        Exporter.write(ReportFixtures.sentenced(), Review.NONE, format, out, OPTS);

        assertThat(files()).containsExactly("report." + format.extension());
        byte[] bytes = Files.readAllBytes(out);
        if (format != ReportFormat.PDF) {
            assertThat(bytes).isEqualTo(Exporter.render(ReportFixtures.sentenced(), Review.NONE, format, OPTS));
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 20), StandardCharsets.ISO_8859_1);
        switch (format) {
            case TEXT -> assertThat(head).startsWith("wirecheck ");
            case JSON -> assertThat(head).startsWith("{");
            case HTML -> assertThat(head).startsWith("<!DOCTYPE html>");
            case PDF -> assertThat(head).startsWith("%PDF-");
            case MD -> assertThat(head).startsWith("# ");
            case CSV -> assertThat(head).startsWith("rank,id,kind");
            case TEI -> assertThat(head).startsWith("<?xml version=\"1.0\"");
            case MATRIX_CSV -> assertThat(head).startsWith("copy,name,family");
            default -> throw new AssertionError(format);
        }
    }

    @Test
    void csvWithAByteOrderMarkWhenAsked() throws IOException {
        Path out = dir.resolve("r.csv");

        Exporter.write(ReportFixtures.sentenced(), Review.NONE, ReportFormat.CSV, out, OPTS.withCsvBom(true));

        assertThat(Files.readAllBytes(out)).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }

    @Test
    void anExistingFileIsKeptWithoutOverwrite() throws IOException {
        Path out = Files.writeString(dir.resolve("report.html"), "old report");

        assertThatThrownBy(() -> Exporter.write(ReportFixtures.sentenced(), Review.NONE, ReportFormat.HTML, out, OPTS))
                .isInstanceOfSatisfying(OutputRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.EXISTS);
                    assertThat(e.getMessage()).contains("already exists");
                });

        assertThat(Files.readString(out)).isEqualTo("old report");
        assertThat(files()).containsExactly("report.html");
    }

    @Test
    void anExistingFileIsReplacedWithOverwrite() throws IOException {
        Path out = Files.writeString(dir.resolve("report.md"), "old report");

        Exporter.write(ReportFixtures.sentenced(), Review.NONE, ReportFormat.MD, out, OPTS.withOverwrite(true));

        assertThat(Files.readString(out)).startsWith("# Researchers at the Chey Institute");
        assertThat(files()).containsExactly("report.md");
    }

    @Test
    void neverWritesOverAComparedCopy() throws IOException {
        Comparison c = onDisk();
        Path input = dir.resolve("001.txt");
        String before = Files.readString(input);

        for (Path target : List.of(input, dir.resolve(".").resolve("001.txt"),
                dir.resolve("sub").resolve("..").resolve("001.txt"))) {
            assertThatThrownBy(() -> Exporter.write(c, Review.NONE, ReportFormat.HTML, target,
                    OPTS.withOverwrite(true)))
                    .as(target.toString())
                    .isInstanceOfSatisfying(OutputRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.INPUT);
                        assertThat(e.getMessage()).contains("001.txt").contains("compared copies");
                    });
        }
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void neverWritesOverACopyThroughALink() throws IOException {
        Comparison c = onDisk();
        Path input = dir.resolve("000.txt");
        String before = Files.readString(input);
        Path hard;
        Path soft;
        try {
            hard = Files.createLink(dir.resolve("hard.txt"), input);
            soft = Files.createSymbolicLink(dir.resolve("soft.txt"), input);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "links not supported here: " + e);
            return;
        }

        for (Path target : List.of(hard, soft)) {
            assertThatThrownBy(() -> Exporter.write(c, Review.NONE, ReportFormat.MD, target, OPTS.withOverwrite(true)))
                    .isInstanceOfSatisfying(OutputRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INPUT));
        }
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void refusesAFolderAndAMissingFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("reports"));

        assertThatThrownBy(() -> Exporter.write(ReportFixtures.sentenced(), Review.NONE, ReportFormat.HTML, folder,
                OPTS))
                .isInstanceOfSatisfying(OutputRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FOLDER));
        Path missing = dir.resolve("nowhere").resolve("r.html");
        assertThatThrownBy(() -> Exporter.write(ReportFixtures.sentenced(), Review.NONE, ReportFormat.HTML, missing,
                OPTS))
                .isInstanceOfSatisfying(OutputRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_FOLDER));
    }

    @Test
    void jsonCarriesTheReviewOnlyWhereThereIsOne() throws IOException {
        Review review = ReportFixtures.review(Map.of("D2", new ReviewEntry("confirmed error", "asked AP")));
        Path out = dir.resolve("r.json");

        Exporter.write(ReportFixtures.sentenced(), review, ReportFormat.JSON, out, OPTS);

        JsonNode ds = new ObjectMapper().readTree(out.toFile()).get("discrepancies");
        assertThat(ds.get(0).has("review")).isFalse();
        assertThat(ds.get(1).get("review").get("verdict").asText()).isEqualTo("confirmed error");
        assertThat(ds.get(1).get("review").get("note").asText()).isEqualTo("asked AP");
    }

    @Test
    void formatsByFileName() {
        assertThat(ReportFormat.forFileName("r.HTM")).contains(ReportFormat.HTML);
        assertThat(ReportFormat.forFileName("r.markdown")).contains(ReportFormat.MD);
        assertThat(ReportFormat.forFileName("a.b.csv")).contains(ReportFormat.CSV);
        assertThat(ReportFormat.forFileName("r.pdf")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.forFileName("r.json")).contains(ReportFormat.JSON);
        assertThat(ReportFormat.forFileName("r.txt")).contains(ReportFormat.TEXT);
        assertThat(ReportFormat.forFileName("report")).isEmpty();
        assertThat(ReportFormat.forFileName("r.docx")).isEmpty();
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(ReportFormat.forFileName("x." + f.extension())).contains(f);
            assertThat(f.description()).isNotBlank();
        }
    }
}
