package org.wirecheck.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.wirecheck.text.Metadata;

/**
 * The document properties of an office file: {@code docProps/core.xml} of a .docx (Dublin Core title, creator,
 * created, modified) and {@code meta.xml} of an .odt (the same Dublin Core names, and {@code meta:initial-creator}
 * and {@code meta:creation-date}). Unreadable properties count as none: the text matters more.
 */
final class OfficeMetadata {

    private static final Set<String> NAMES =
            Set.of("title", "creator", "initial-creator", "created", "creation-date", "modified", "date");

    private OfficeMetadata() {
    }

    static Metadata core(byte[] xml) {
        Map<String, String> values = new HashMap<>();
        try {
            XMLStreamReader r = ZipXml.parser(xml);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (NAMES.contains(name)) {
                        values.putIfAbsent(name, r.getElementText());
                    }
                }
            }
        } catch (XMLStreamException e) {
            return Metadata.NONE;
        }
        return new Metadata(values.get("title"), "", first(values, "creator", "initial-creator"),
                first(values, "created", "creation-date"), first(values, "modified", "date"));
    }

    private static String first(Map<String, String> values, String... names) {
        for (String n : names) {
            String v = values.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
