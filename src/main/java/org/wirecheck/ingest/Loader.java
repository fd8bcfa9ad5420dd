package org.wirecheck.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.wirecheck.text.Witness;

/**
 * Loads one copy of a story from a file: decodes it ({@link Decoder}), tells its format ({@link Format}) and builds
 * the {@link Witness}. Plain text and Markdown keep the text exactly as decoded (Markdown markup is listed in
 * {@link Witness#hidden()}); an HTML page becomes its extracted article text. Nothing is executed or fetched.
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
     * Builds a witness from bytes already read (from a file, the clipboard, a drop).
     *
     * @param name the display name, normally the file name; its extension selects the format
     * @param source where the bytes came from, as the user gave it
     * @throws LoadException with a one-line reason, e.g. "file is empty"
     */
    public static Witness fromBytes(String name, String source, byte[] bytes) throws LoadException {
        String text = Decoder.decode(bytes);
        return switch (Format.detect(name, text)) {
            case HTML -> new Witness(name, source, HtmlExtractor.extract(text), List.of());
            case MARKDOWN -> new Witness(name, source, text, MarkdownMarkup.hiddenRanges(text));
            case PLAIN -> new Witness(name, source, text, List.of());
        };
    }
}
