package org.wirecheck.ingest;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Texts;

/**
 * The text layer of a PDF, with PDFBox's text extraction in reading order: paragraphs as PDFBox finds them (a blank
 * line between them), the lines of a paragraph joined by a space. A PDF with no text layer (a scanned page) is
 * refused with a message saying so. Its document information (title, author, dates) is its metadata. Nothing in the
 * PDF (scripts, links, embedded files) is run or opened.
 */
final class PdfText {

    private static final String PARAGRAPH = "\u2029";

    private PdfText() {
    }

    static Extracted read(byte[] bytes) throws LoadException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PARAGRAPH);
            stripper.setPageEnd(PARAGRAPH);
            String raw = stripper.getText(doc);
            List<String> paragraphs = paragraphs(raw);
            if (paragraphs.isEmpty()) {
                throw new LoadException("PDF has no text layer ("
                        + Texts.plural(doc.getNumberOfPages(), "page", "pages")
                        + " of images only, as a scan is); run text recognition (OCR) on it first, or paste its text");
            }
            return new Extracted(String.join("\n\n", paragraphs), List.of(), metadata(doc.getDocumentInformation()),
                    Format.PDF.mediaType());
        } catch (InvalidPasswordException e) {
            throw new LoadException("PDF is protected by a password");
        } catch (IOException e) {
            throw new LoadException("not a readable PDF (" + e.getMessage() + ")");
        }
    }

    /** Paragraphs of the stripped text: each one's lines joined by a space, empty ones dropped. */
    private static List<String> paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (String block : raw.split(PARAGRAPH)) {
            String p = String.join(" ", block.strip().split("\\s*\\n\\s*")).strip();
            if (!Decoder.isBlank(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static Metadata metadata(PDDocumentInformation info) {
        return new Metadata(info.getTitle(), "", info.getAuthor(), date(info.getCreationDate()),
                date(info.getModificationDate()));
    }

    private static String date(Calendar c) {
        return c == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                c.toInstant().atZone(c.getTimeZone().toZoneId()));
    }
}
