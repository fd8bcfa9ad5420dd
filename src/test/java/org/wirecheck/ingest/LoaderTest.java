package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.text.Witness;

class LoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsPlainTextUnchanged() throws Exception {
        String text = "  SEOUL, Jan. 5 (Yonhap) --\r\n\r\nThe *Chey*   Institute said.\t\n";
        Path file = write("000_x.txt", text.getBytes(StandardCharsets.UTF_8));

        Witness w = Loader.load(file);

        assertThat(w.name()).isEqualTo("000_x.txt");
        assertThat(w.source()).isEqualTo(file.toString());
        assertThat(w.text()).isEqualTo(text);
        assertThat(w.hidden()).isEmpty();
    }

    @Test
    void keepsTheSourceAsGiven() throws Exception {
        Path file = write("copy.txt", "text".getBytes(StandardCharsets.UTF_8));
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        assertThat(Loader.load(relative).source()).isEqualTo(relative.toString());
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> Loader.load(dir.resolve("nope.txt")))
                .isInstanceOf(LoadException.class).hasMessage("no such file");
    }

    @Test
    void reportsADirectory() {
        assertThatThrownBy(() -> Loader.load(dir)).isInstanceOf(LoadException.class).hasMessage("is a directory");
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        Path file = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> Loader.load(file)).hasMessage("file is empty");
    }

    @Test
    void reportsABinaryFile() throws IOException {
        Path file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> Loader.load(file)).hasMessage("not a text file (binary content)");
    }

    @Test
    void loadsHtmlByExtensionAsArticleText() throws Exception {
        Witness w = Loader.load(resource("article.html"));

        assertThat(w.name()).isEqualTo("article.html");
        assertThat(w.text()).startsWith("Seoul & Tokyo agree to talks\n\nBy Kim Min-ji\n\n");
        assertThat(w.hidden()).isEmpty();
    }

    @Test
    void sniffsHtmlInAFileWithAnotherExtension() throws Exception {
        byte[] page = "\n  <!DOCTYPE HTML><html><body><article><p>Body text.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Loader.fromBytes("copy.txt", "copy.txt", page).text()).isEqualTo("Body text.");
    }

    @Test
    void reportsAnHtmlPageWithoutArticleText() {
        byte[] page = "<html><body><nav>Home</nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Loader.fromBytes("p.html", "p.html", page))
                .hasMessage("HTML page has no article text");
    }

    @Test
    void loadsMarkdownUnchangedWithHiddenMarkup() throws Exception {
        Path file = resource("story.md");
        String raw = Files.readString(file, StandardCharsets.UTF_8);

        Witness w = Loader.load(file);

        assertThat(w.text()).isEqualTo(raw);
        assertThat(w.hidden()).isNotEmpty();
    }

    @Test
    void decodesWindows1252Files() throws Exception {
        Path file = write("old.txt", new byte[] {(byte) 0x93, 'C', 'a', 'f', (byte) 0xE9, (byte) 0x94});
        assertThat(Loader.load(file).text()).isEqualTo("\u201cCaf\u00e9\u201d");
    }

    @Test
    void detectsFormats() {
        assertThat(Format.detect("a.HTM", "plain")).isEqualTo(Format.HTML);
        assertThat(Format.detect("a.xhtml", "plain")).isEqualTo(Format.HTML);
        assertThat(Format.detect("a.txt", " \n<html lang=\"en\">")).isEqualTo(Format.HTML);
        assertThat(Format.detect("a.md", "# Title")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.detect("a.markdown", "# Title")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.detect("a.txt", "<htmlish> is not html")).isEqualTo(Format.PLAIN);
        assertThat(Format.detect("story", "The <html> tag")).isEqualTo(Format.PLAIN);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LoaderTest.class.getResource("/ingest/" + name).toURI());
    }
}
