package org.wirecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String STORY_A = """
            SEOUL, March 3 (Reuters) - North Korea will step up its nuclear programme, the Chey Institute \
            said on Monday, citing officials in Seoul.

            The institute said 480 missiles had been tested since 2017, according to its annual report.

            "We will strengthen our defences," a spokesman told reporters.
            """;
    private static final String STORY_B = """
            SEOUL, March 3 (Reuters) - North Korea will step up its nuclear programme, the Choi Institute \
            said on Monday, citing officials in Seoul.

            The institute said 488 missiles had been tested since 2017, according to its annual report.

            "We will strengthen our defences," a spokesman told reporters.
            """;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path twoGoodCopies() throws IOException {
        write("b.txt", STORY_B);
        return write("a.txt", STORY_A);
    }

    private String a() {
        return dir.resolve("a.txt").toString();
    }

    private String b() {
        return dir.resolve("b.txt").toString();
    }

    /** The lines of standard error that name the file, and check there is exactly one, with a reason. */
    private static void assertOneReasonLine(Result r, String path) {
        List<String> lines = r.errLines().stream().filter(l -> l.contains(path)).toList();
        assertThat(lines).as("stderr lines about %s in%n%s", path, r.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("wirecheck: " + path + ": ");
        assertThat(lines.get(0).substring(("wirecheck: " + path + ": ").length())).isNotBlank();
    }

    // ---- usage errors: exit 2 ----

    @Test
    void noArgumentsIsAUsageError() {
        Result r = run();

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("compare");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void compareWithoutFilesIsAUsageError() {
        Result r = run("compare");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        twoGoodCopies();

        Result r = run("compare", "--bogus", a(), b());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--bogus");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        twoGoodCopies();

        Result r = run("compare", "--format", "xml", a(), b());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("xml").contains("json");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void referenceThatIsNotAnInputIsAUsageError() throws IOException {
        twoGoodCopies();
        Path other = write("c.txt", STORY_A);

        Result r = run("compare", "--reference", other.toString(), a(), b());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--reference").contains("c.txt");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void outOntoAnInputFileIsRefused() throws IOException {
        twoGoodCopies();
        String target = dir.resolve(".").resolve("b.txt").toString();

        Result r = run("compare", "--format", "json", "--out", target, a(), b());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out").contains("b.txt");
        assertThat(Files.readString(dir.resolve("b.txt"), StandardCharsets.UTF_8)).isEqualTo(STORY_B);
    }

    @Test
    void outIntoAMissingFolderIsRefused() throws IOException {
        twoGoodCopies();

        Result r = run("compare", "--out", dir.resolve("nowhere").resolve("r.json").toString(), a(), b());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere");
    }

    @Test
    void helpAndVersion() {
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("compare");

        Result compareHelp = run("compare", "--help");
        assertThat(compareHelp.code()).isZero();
        assertThat(compareHelp.out()).contains("--reference").contains("--format").contains("--out")
                .contains("--force").contains("--csv-bom").contains("--pdf-font")
                .contains("text, json, html, pdf, md, csv").contains("Exit codes");

        Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("wirecheck 0.1.0");
    }

    // ---- fewer than two readable copies: exit 3 ----

    @Test
    void fewerThanTwoReadableCopiesExitThreeWithOneLinePerBadFile() throws IOException {
        Path good = write("good.txt", STORY_A);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.txt"),
                new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, 0, 0, 0});
        Path missing = dir.resolve("missing.txt");
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));

        Result r = run("compare", good.toString(), empty.toString(), binary.toString(), missing.toString(),
                folder.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertOneReasonLine(r, empty.toString());
        assertOneReasonLine(r, binary.toString());
        assertOneReasonLine(r, missing.toString());
        assertOneReasonLine(r, folder.toString());
        assertThat(r.err()).doesNotContain(good.toString());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void scopeFactsListsTheHighItemsAloneAndAnUnknownScopeIsAUsageError() throws IOException {
        twoGoodCopies();

        Result all = run("compare", a(), b());
        Result facts = run("compare", "--scope", "facts", a(), b());
        Result bad = run("compare", "--scope", "everything-else", a(), b());
        Result confirmed = run("compare", "--scope", "confirmed", a(), b());

        assertThat(facts.code()).as(facts.err()).isZero();
        assertThat(facts.out()).contains("Listed: facts only").contains("Chey").doesNotContain(" medium ")
                .doesNotContain(" low ");
        assertThat(all.out()).doesNotContain("Listed:");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--scope everything-else: expected all, facts or confirmed");
        assertThat(confirmed.code()).isEqualTo(2);
        assertThat(confirmed.err()).contains("--scope confirmed needs --review");
    }

    @Test
    void noReadableCopyAtAllExitsThree() {
        Result r = run("compare", dir.resolve("x.txt").toString(), dir.resolve("y.txt").toString());

        assertThat(r.code()).isEqualTo(3);
        assertOneReasonLine(r, dir.resolve("x.txt").toString());
        assertOneReasonLine(r, dir.resolve("y.txt").toString());
    }

    // ---- with the engine ----

    @Test
    void comparesTwoCopiesAsJson() throws Exception {
        twoGoodCopies();

        Result r = run("compare", "--format", "json", a(), b());

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("witnesses")).hasSize(2);
        assertThat(report.get("witnesses").get(0).get("name").asText()).isEqualTo("a.txt");
        assertThat(report.get("witnesses").get(1).get("name").asText()).isEqualTo("b.txt");
        assertThat(report.get("discrepancies")).isNotEmpty();
        String bId = report.get("witnesses").get(1).get("id").asText();
        boolean choiFound = false;
        for (JsonNode d : report.get("discrepancies")) {
            for (JsonNode reading : d.get("readings")) {
                for (JsonNode loc : reading.get("witnesses")) {
                    if (loc.get("id").asText().equals(bId)) {
                        String span = STORY_B.substring(loc.get("start").asInt(), loc.get("end").asInt());
                        choiFound |= span.contains("Choi") && span.length() <= 60;
                    }
                }
            }
        }
        assertThat(choiFound).isTrue();
    }

    @Test
    void comparesTwoCopiesAsText() throws IOException {
        twoGoodCopies();

        Result r = run("compare", a(), b());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 copies").contains("a.txt").contains("b.txt").contains("D1")
                .contains("Choi");
    }

    @Test
    void aBadFileAmongTwoGoodOnesIsReportedAndTheOthersCompared() throws Exception {
        twoGoodCopies();
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        Result r = run("compare", "--format", "json", a(), empty.toString(), b());

        assertThat(r.code()).as(r.err()).isZero();
        assertOneReasonLine(r, empty.toString());
        assertThat(new ObjectMapper().readTree(r.out()).get("witnesses")).hasSize(2);
    }

    @Test
    void outWritesTheReportAndLeavesNoTemporaryFile() throws Exception {
        twoGoodCopies();
        Path target = Files.writeString(dir.resolve("report.json"), "old");

        Result r = run("compare", "--format", "json", "--force", "--out", target.toString(), a(), b());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(target.toFile()).get("schemaVersion").asInt()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("a.txt", "b.txt", "report.json");
        }
    }

    @Test
    void referenceChoosesTheBase() throws Exception {
        twoGoodCopies();
        write("c.txt", STORY_A.replace("Monday", "Tuesday"));
        String c = dir.resolve("c.txt").toString();

        Result r = run("compare", "--format", "json", "--reference", "b.txt", a(), b(), c);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode base = null;
        for (JsonNode w : report.get("witnesses")) {
            if (w.get("id").asText().equals(report.get("base").asText())) {
                base = w;
            }
        }
        assertThat(base).isNotNull();
        assertThat(base.get("name").asText()).isEqualTo("b.txt");
        assertThat(base.get("base").asBoolean()).isTrue();
    }

    @Test
    void comparesTheFiveSamples() throws Exception {
        Path samples = Path.of("samples");
        List<String> args = new java.util.ArrayList<>(List.of("compare", "--format", "json"));
        try (Stream<Path> files = Files.list(samples)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        assertThat(args).hasSize(3 + 5);

        Result r = run(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("witnesses")).hasSize(5);
        assertThat(report.get("discrepancies")).isNotEmpty();
        assertThat(report.get("discrepancies").get(0).get("id").asText()).isEqualTo("D1");
    }

    // ---- report formats and --out safety ----

    @Test
    void eachFormatIsWrittenToItsFile() throws IOException {
        twoGoodCopies();

        for (String format : List.of("text", "json", "html", "pdf", "md", "csv")) {
            Path target = dir.resolve("report." + format);
            Result r = run("compare", "--format", format, "--out", target.toString(), a(), b());

            assertThat(r.code()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).isEmpty();
            byte[] bytes = Files.readAllBytes(target);
            String head = new String(bytes, 0, Math.min(bytes.length, 15), StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith(switch (format) {
                case "text" -> "wirecheck ";
                case "json" -> "{";
                case "html" -> "<!DOCTYPE html>";
                case "pdf" -> "%PDF-";
                case "md" -> "# ";
                default -> "rank,id,kind";
            });
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void htmlToStandardOutputNamesTheCopiesAndEscapesThem() throws IOException {
        write("b.txt", STORY_B.replace("Choi", "<script>alert(1)</script>"));
        write("a.txt", STORY_A);

        Result r = run("compare", "--format", "html", a(), b());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("a.txt").contains("b.txt")
                .doesNotContain("<script").contains("script&gt;alert(1)&lt;/script");
    }

    @Test
    void anExistingOutFileIsRefusedWithoutForce() throws IOException {
        twoGoodCopies();
        Path target = Files.writeString(dir.resolve("report.html"), "keep me");

        Result r = run("compare", "--format", "html", "--out", target.toString(), a(), b());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("report.html").contains("already exists").contains("--force");
        assertThat(Files.readString(target)).isEqualTo("keep me");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void forceReplacesAnExistingOutFileButNeverAnInput() throws IOException {
        twoGoodCopies();
        Path target = Files.writeString(dir.resolve("report.md"), "old");

        Result r = run("compare", "--format", "md", "--force", "--out", target.toString(), a(), b());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(target)).startsWith("# ").contains("Choi");

        Result onInput = run("compare", "--format", "md", "--force", "--out", a(), a(), b());
        assertThat(onInput.code()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo(STORY_A);
    }

    @Test
    void csvWithAByteOrderMark() throws IOException {
        twoGoodCopies();
        Path target = dir.resolve("r.csv");

        Result r = run("compare", "--format", "csv", "--csv-bom", "--out", target.toString(), a(), b());

        assertThat(r.code()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'r', 'a', 'n', 'k'});
    }

    @Test
    void csvBomWithAnotherFormatIsIgnoredWithAWarning() throws IOException {
        twoGoodCopies();

        Result r = run("compare", "--format", "json", "--csv-bom", a(), b());

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("--csv-bom");
        assertThat(r.out()).startsWith("{");
    }

    @Test
    void aMissingPdfFontIsAUsageError() throws IOException {
        twoGoodCopies();

        Result r = run("compare", "--format", "pdf", "--pdf-font", dir.resolve("none.ttf").toString(),
                "--out", dir.resolve("r.pdf").toString(), a(), b());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--pdf-font").contains("none.ttf");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }
}
