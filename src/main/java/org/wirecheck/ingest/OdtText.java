package org.wirecheck.ingest;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OpenDocument text file (.odt) read from its {@code content.xml} with the JDK (decision record
 * 0018): one paragraph per {@code text:p} or {@code text:h}, {@code text:s} as spaces, {@code text:tab} and
 * {@code text:line-break}; notes are left out. {@code meta.xml} gives title, author and dates.
 */
final class OdtText {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdtText() {
    }

    static Extracted read(byte[] bytes) throws LoadException {
        return ZipXml.document(bytes, "content.xml", "meta.xml", "OpenDocument text", Format.ODT,
                OdtText::paragraphs);
    }

    private static List<String> paragraphs(XMLStreamReader r) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        int depth = 0;
        int notes = 0;
        while (r.hasNext()) {
            int event = r.next();
            boolean text = (event == XMLStreamReader.START_ELEMENT || event == XMLStreamReader.END_ELEMENT)
                    && TEXT.equals(r.getNamespaceURI());
            String name = text ? r.getLocalName() : "";
            if (event == XMLStreamReader.START_ELEMENT && text) {
                switch (name) {
                    case "p", "h" -> depth++;
                    case "note" -> notes++;
                    case "s" -> p.append(notes > 0 ? "" : " ".repeat(count(r.getAttributeValue(TEXT, "c"))));
                    case "tab" -> p.append(notes > 0 ? "" : "\t");
                    case "line-break" -> p.append(notes > 0 ? "" : "\n");
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && text) {
                if (name.equals("note")) {
                    notes--;
                } else if ((name.equals("p") || name.equals("h")) && --depth == 0) {
                    if (!p.toString().isBlank()) {
                        out.add(p.toString().strip());
                    }
                    p.setLength(0);
                }
            } else if (depth > 0 && notes == 0 && event == XMLStreamReader.CHARACTERS) {
                p.append(r.getText());
            }
        }
        return out;
    }

    private static int count(String c) {
        try {
            return c == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(c)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
