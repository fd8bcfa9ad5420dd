package org.wirecheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a file into text, strictly: nothing is replaced or normalised, so every character of the result
 * is what the file holds.
 *
 * <ol>
 *   <li>a UTF-8, UTF-16LE or UTF-16BE byte order mark selects that charset (the mark itself is dropped);</li>
 *   <li>otherwise the bytes must not look binary (a NUL byte, or many control characters);</li>
 *   <li>then strict UTF-8, else strict Windows-1252 (where 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined).</li>
 * </ol>
 * Empty and whitespace-only input, and input over {@link #MAX_BYTES}, are refused.
 */
final class Decoder {

    /** The largest file accepted: 20 MB. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    /**
     * @param bytes the whole file
     * @return the decoded text, byte order mark removed, otherwise exactly as encoded
     * @throws LoadException if the bytes are empty, too large, binary or not decodable
     */
    static String decode(byte[] bytes) throws LoadException {
        checkSize(bytes.length);
        if (bytes.length == 0) {
            throw new LoadException("file is empty");
        }
        String text = decodeText(bytes);
        if (isBlank(text)) {
            throw new LoadException("file is empty");
        }
        return text;
    }

    /**
     * Decodes with the charset the source declares (a web page's header or {@code <meta>}), strictly; a byte order
     * mark still wins, and bytes the declared charset cannot decode are read as {@link #decode(byte[])} does.
     */
    static String decode(byte[] bytes, Charset declared) throws LoadException {
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE)
                || startsWith(bytes, 0xFE, 0xFF);
        String text = declared == null || bom ? null : tryDecode(bytes, 0, declared);
        if (text == null) {
            return decode(bytes);
        }
        checkSize(bytes.length);
        if (Binary.looksBinary(text)) {
            throw new LoadException(Binary.REASON);
        }
        if (isBlank(text)) {
            throw new LoadException("file is empty");
        }
        return text;
    }

    /** Refuses sizes over the limit, e.g. {@code "file too large (23.5 MB, limit 20 MB)"}. */
    static void checkSize(long size) throws LoadException {
        if (size > MAX_BYTES) {
            double mb = Math.ceil(size * 10.0 / (1024 * 1024)) / 10.0;
            throw new LoadException(String.format(Locale.ROOT, "file too large (%.1f MB, limit %d MB)",
                    mb, MAX_BYTES / (1024 * 1024)));
        }
    }

    private static String decodeText(byte[] bytes) throws LoadException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeOrNull(bytes, 3, StandardCharsets.UTF_8, "not valid UTF-8 text");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checkUtf16(decodeOrNull(bytes, 2, StandardCharsets.UTF_16LE, "not valid UTF-16 text"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checkUtf16(decodeOrNull(bytes, 2, StandardCharsets.UTF_16BE, "not valid UTF-16 text"));
        }
        if (Binary.looksBinary(bytes)) {
            throw new LoadException(Binary.REASON);
        }
        String text = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (text == null) {
            text = tryDecode(bytes, 0, WINDOWS_1252);
        }
        if (text == null) {
            throw new LoadException("undecodable text (neither UTF-8 nor Windows-1252)");
        }
        return text;
    }

    private static String checkUtf16(String text) throws LoadException {
        if (Binary.looksBinary(text)) {
            throw new LoadException(Binary.REASON);
        }
        return text;
    }

    private static String decodeOrNull(byte[] bytes, int offset, Charset charset, String reason)
            throws LoadException {
        String text = tryDecode(bytes, offset, charset);
        if (text == null) {
            throw new LoadException(reason);
        }
        return text;
    }

    /** Strict decoding: {@code null} on any malformed or unmappable input. */
    private static String tryDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** True if the text holds nothing but white space (including no-break and zero-width spaces). */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\uFEFF' || c == '\u200B');
    }
}
