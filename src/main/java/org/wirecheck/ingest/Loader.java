package org.wirecheck.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/**
 * Loads one copy of a story from a file or the clipboard: tells its format ({@link Format}), decodes text
 * ({@link Decoder}) and builds the {@link Witness} with its {@link Origin} (the bytes and their SHA-256). Plain text
 * and Markdown keep the text exactly as decoded (Markdown markup is listed in {@link Witness#hidden()}); an HTML
 * page becomes its extracted article text, a Word, OpenDocument or PDF file its paragraphs. Nothing is executed or
 * fetched; web pages are fetched by {@link WebFetcher}.
 */
public final class Loader {

    private Loader() {
    }

    /**
     * Loads a file. The witness name is the file name, its source the path as given.
     *
     * @throws LoadException with a one-line reason, e.g. "no such file" or "not a text file (binary content)"
     */
    public static Witness load(Path file) throws LoadException {
        if (Files.isDirectory(file)) {
            throw new LoadException("is a directory");
        }
        if (!Files.exists(file)) {
            throw new LoadException("no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new LoadException("not a regular file");
        }
        byte[] bytes;
        try {
            Decoder.checkSize(Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LoadException("no such file");
        } catch (AccessDeniedException e) {
            throw new LoadException("cannot be read: permission denied");
        } catch (IOException e) {
            throw new LoadException("cannot be read: " + describe(e));
        }
        Path fileName = file.getFileName();
        return fromBytes(fileName != null ? fileName.toString() : file.toString(), file.toString(), bytes);
    }

    /** The I/O message without the path (the caller prints the path already). */
    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Builds a witness from bytes already read (from a file, a drop), keeping the bytes as its {@link Origin}.
     *
     * @param name the display name, normally the file name; its extension selects the format
     * @param source where the bytes came from, as the user gave it
     * @throws LoadException with a one-line reason, e.g. "file is empty"
     */
    public static Witness fromBytes(String name, String source, byte[] bytes) throws LoadException {
        Extracted e = read(name, bytes, null, null);
        return new Witness(name, source, e.text(), e.hidden(), Origin.of(Origin.Kind.FILE, bytes, e.mediaType(),
                e.metadata()));
    }

    /**
     * A copy pasted from the clipboard: its HTML (the article extracted) when there is some, else its text. It is
     * named {@code "Pasted N"}, its source is {@code "pasted:N"} and its origin keeps what was pasted (UTF-8).
     *
     * @param html the clipboard's HTML, or null
     * @throws LoadException when there is nothing to compare in it
     */
    public static Witness pasted(int n, String text, String html) throws LoadException {
        boolean asHtml = html != null && !Decoder.isBlank(html);
        String what = asHtml ? html : text == null ? "" : text;
        if (Decoder.isBlank(what)) {
            throw new LoadException("the clipboard holds no text");
        }
        Extracted e = asHtml ? HtmlExtractor.page(what) : Extracted.plain(what);
        byte[] bytes = what.getBytes(StandardCharsets.UTF_8);
        Origin origin = new Origin(Origin.Kind.PASTED, "", "", 0,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), e.mediaType(), Origin.sha256(bytes),
                bytes, e.metadata());
        return new Witness("Pasted " + n, "pasted:" + n, e.text(), e.hidden(), origin);
    }

    /** Whether {@code arg} is a web address ({@code http://} or {@code https://}) rather than a file. */
    public static boolean isWebAddress(String arg) {
        String a = arg.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /**
     * Reads bytes as {@code format} when given (a web server's content type), else as their name and content say;
     * text in the {@code declared} charset when given.
     */
    static Extracted read(String name, byte[] bytes, Format format, Charset declared) throws LoadException {
        Decoder.checkSize(bytes.length);
        Format document = format != null ? format : Format.document(name, bytes);
        if (document == Format.DOCX) {
            return DocxText.read(bytes);
        }
        if (document == Format.ODT) {
            return OdtText.read(bytes);
        }
        if (document == Format.PDF) {
            return PdfText.read(bytes);
        }
        String text = Decoder.decode(bytes, declared);
        return switch (document != null ? document : Format.detect(name, text)) {
            case HTML -> HtmlExtractor.page(text);
            case MARKDOWN -> new Extracted(text, MarkdownMarkup.hiddenRanges(text), Metadata.NONE,
                    Format.MARKDOWN.mediaType());
            default -> Extracted.plain(text);
        };
    }
}
