package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.testing.Documents;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/** Word, OpenDocument and PDF files made by the tests, read through {@link Loader#load}. */
class DocumentFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWordDocumentKeepsItsParagraphsAndCoreProperties() throws Exception {
        byte[] docx = Documents.docx("Missiles tested", "Ana Reporter", List.of(
                "SEOUL, March 3 (Reuters) - The Chey Institute said 480 missiles were tested.", "",
                "\"We will step up,\" a spokesman said."));
        Witness w = Loader.load(Documents.write(dir.resolve("colleague.docx"), docx));

        assertThat(w.name()).isEqualTo("colleague.docx");
        assertThat(w.text()).isEqualTo("SEOUL, March 3 (Reuters) - The Chey Institute said 480 missiles were "
                + "tested.\n\n\"We will step up,\" a spokesman said.");
        assertThat(w.origin().metadata().title()).isEqualTo("Missiles tested");
        assertThat(w.origin().metadata().author()).isEqualTo("Ana Reporter");
        assertThat(w.origin().sha256()).isEqualTo(Origin.sha256(docx));
        assertThat(w.origin().extractedFrom()).isEqualTo("Word document");
    }

    @Test
    void tabsBreaksAndDeletedRevisionsInWordXml() throws Exception {
        String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>One</w:t><w:tab/><w:t xml:space=\"preserve\">two </w:t><w:br/><w:t>three</w:t>"
                + "</w:r><w:del><w:r><w:delText>gone</w:delText><w:t>gone too</w:t></w:r></w:del></w:p>"
                + "<w:p/><w:p><w:r><w:t>Four</w:t></w:r></w:p></w:body></w:document>";
        byte[] zip = zip("word/document.xml", xml);
        assertThat(DocxText.read(zip).text()).isEqualTo("One\ttwo \nthree\n\nFour");
    }

    @Test
    void anOpenDocumentTextKeepsItsParagraphsAndMeta() throws Exception {
        String content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:h>Missiles</text:h><text:p>SEOUL<text:s text:c=\"2\"/>(Reuters)<text:tab/>480"
                + "<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note> missiles."
                + "</text:p><text:p/></office:text></office:body></office:document-content>";
        String meta = "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:meta:1.0\"><office:meta><dc:title>Print</dc:title><meta:initial-creator>Bo</meta:initial-"
                + "creator><meta:creation-date>2026-03-03T10:00:00</meta:creation-date></office:meta>"
                + "</office:document-meta>";
        Witness w = Loader.load(Documents.write(dir.resolve("print.odt"), Documents.odt(content, meta)));

        assertThat(w.text()).isEqualTo("Missiles\n\nSEOUL  (Reuters)\t480 missiles.");
        assertThat(w.origin().metadata().title()).isEqualTo("Print");
        assertThat(w.origin().metadata().author()).isEqualTo("Bo");
        assertThat(w.origin().metadata().published()).isEqualTo("2026-03-03T10:00:00");
    }

    @Test
    void aPdfKeepsItsParagraphsWithTheirLinesJoined() throws Exception {
        byte[] pdf = Documents.pdf("Print edition", List.of(
                List.of("SEOUL, March 3 (Reuters) - The Chey", "Institute said 480 missiles were tested."),
                List.of("A spokesman said the tests would go on.")));
        Witness w = Loader.load(Documents.write(dir.resolve("print.pdf"), pdf));

        assertThat(w.text()).isEqualTo("SEOUL, March 3 (Reuters) - The Chey Institute said 480 missiles were "
                + "tested.\n\nA spokesman said the tests would go on.");
        assertThat(w.origin().metadata().title()).isEqualTo("Print edition");
        assertThat(w.origin().extractedFrom()).isEqualTo("PDF");
    }

    @Test
    void aPdfWithoutATextLayerIsRefusedWithAMessageSayingSo() throws Exception {
        Path scan = Documents.write(dir.resolve("scan.pdf"), Documents.pdf("Scan", List.of()));
        assertThatThrownBy(() -> Loader.load(scan)).isInstanceOf(LoadException.class).hasMessage(
                "PDF has no text layer (1 page of images only, as a scan is); run text recognition (OCR) on it "
                        + "first, or paste its text");
    }

    @Test
    void damagedDocumentsAreRefusedWithTheirReason() throws Exception {
        Path notZip = Documents.write(dir.resolve("fake.docx"), "just text".getBytes(StandardCharsets.UTF_8));
        Path noBody = Documents.write(dir.resolve("other.docx"), zip("word/styles.xml", "<x/>"));
        Path notPdf = Documents.write(dir.resolve("fake.pdf"), "%PDF-1.7 garbage".getBytes(StandardCharsets.UTF_8));
        Path badXml = Documents.write(dir.resolve("bad.docx"), zip("word/document.xml", "<w:document"));
        assertThatThrownBy(() -> Loader.load(notZip)).hasMessage("not a Word file (not a zip package)");
        assertThatThrownBy(() -> Loader.load(noBody)).hasMessage("not a Word document (no word/document.xml)");
        assertThatThrownBy(() -> Loader.load(notPdf)).hasMessageStartingWith("not a readable PDF (");
        assertThatThrownBy(() -> Loader.load(badXml)).hasMessageStartingWith("damaged Word document");
    }

    @Test
    void anEntityBombOrExternalEntityIsNotExpanded() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>Text &e;</w:t></w:r></w:p></w:body></w:document>";
        assertThatThrownBy(() -> DocxText.read(zip("word/document.xml", xml)))
                .hasMessageStartingWith("damaged Word document");
    }

    private static byte[] zip(String name, String xml) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry(name));
            z.write(xml.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
