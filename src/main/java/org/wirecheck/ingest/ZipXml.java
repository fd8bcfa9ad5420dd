package org.wirecheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.wirecheck.text.Metadata;

/**
 * The XML parts of a zipped office document (.docx, .odt), read with the JDK alone: an entry is unpacked up to a
 * limit (a zip bomb is refused) and parsed with no DTD and no external entities.
 */
final class ZipXml {

    /** The largest unpacked part read. */
    static final int MAX_PART = 64 * 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private ZipXml() {
    }

    /**
     * The bytes of entry {@code name}, or null when there is none.
     *
     * @throws LoadException when the bytes are not a zip file or the entry is too large
     */
    static byte[] part(byte[] zip, String name, String what) throws LoadException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            boolean any = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                any = true;
                if (e.getName().equals(name)) {
                    return readLimited(in, what);
                }
            }
            if (!any) {
                throw new LoadException("not a " + what + " file (not a zip package)");
            }
            return null;
        } catch (IOException e) {
            throw new LoadException("not a readable " + what + " file (damaged zip package: " + e.getMessage()
                    + ")");
        }
    }

    private static byte[] readLimited(InputStream in, String what) throws IOException, LoadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            out.write(buf, 0, n);
            if (out.size() > MAX_PART) {
                throw new LoadException(what + " file too large when unpacked (over "
                        + MAX_PART / (1024 * 1024) + " MB)");
            }
        }
        return out.toByteArray();
    }

    /** Reads the paragraphs of a document's body part. */
    @FunctionalInterface
    interface Paragraphs {
        List<String> read(XMLStreamReader r) throws XMLStreamException;
    }

    /**
     * An office document's text: the paragraphs of part {@code body} (a blank line between them) and the properties
     * in part {@code properties} ({@link OfficeMetadata}).
     *
     * @param what {@code "Word document"}: how messages name the document
     * @throws LoadException when the zip, the body part or its XML cannot be read, or there is no text
     */
    static Extracted document(byte[] bytes, String body, String properties, String what, Format format,
                              Paragraphs reader) throws LoadException {
        byte[] xml = part(bytes, body, what.split(" ")[0]);
        if (xml == null) {
            throw new LoadException((what.startsWith("O") ? "not an " : "not a ") + what + " (no " + body + ")");
        }
        List<String> paragraphs;
        try {
            paragraphs = reader.read(parser(xml));
        } catch (XMLStreamException e) {
            throw new LoadException("damaged " + what + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (paragraphs.isEmpty()) {
            throw new LoadException(what + " has no text");
        }
        byte[] meta = part(bytes, properties, what.split(" ")[0]);
        return new Extracted(String.join("\n\n", paragraphs), List.of(), meta == null ? Metadata.NONE
                : OfficeMetadata.core(meta), format.mediaType());
    }

    /** A parser over {@code xml}, safe against entity tricks. */
    static XMLStreamReader parser(byte[] xml) throws XMLStreamException {
        return XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    }
}
