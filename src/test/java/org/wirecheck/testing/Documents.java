package org.wirecheck.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word, PDF and OpenDocument files made by the tests (with Apache POI, PDFBox and the JDK's zip). */
public final class Documents {

    private Documents() {
    }

    /** A .docx with one paragraph per entry (made by POI), title and author in its core properties. */
    public static byte[] docx(String title, String author, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator(author);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF (made by PDFBox) with each paragraph's lines written one under the other and a larger gap between
     * paragraphs; with no paragraphs, a page without any text (as a scan without a text layer).
     */
    public static byte[] pdf(String title, List<List<String>> paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                if (!paragraphs.isEmpty()) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    s.newLineAtOffset(60, 720);
                    for (List<String> p : paragraphs) {
                        for (String line : p) {
                            s.showText(line);
                            s.newLineAtOffset(0, -14);
                        }
                        s.newLineAtOffset(0, -18);
                    }
                    s.endText();
                } else {
                    s.addRect(60, 500, 300, 200); // a grey box where a scan's image would be
                    s.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** An .odt holding {@code contentXml} as content.xml (zipped with the JDK). */
    public static byte[] odt(String contentXml, String metaXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            entry(zip, "content.xml", contentXml);
            if (metaXml != null) {
                entry(zip, "meta.xml", metaXml);
            }
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The entries of a zip file by name. */
    public static java.util.Map<String, byte[]> unzip(byte[] zip) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** Writes {@code bytes} to {@code file}. */
    public static Path write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }
}
