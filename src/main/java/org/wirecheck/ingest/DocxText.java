package org.wirecheck.ingest;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document (.docx, Office Open XML) read from its {@code word/document.xml} with the JDK's zip
 * and XML parsers (decision record 0018): one paragraph per {@code w:p} (blank lines between them, empty ones
 * dropped), {@code w:tab} as a tab, {@code w:br} as a line break; deleted revisions ({@code w:del}) are left out.
 * Its core properties ({@code docProps/core.xml}: title, creator, created, modified) are its metadata.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxText() {
    }

    static Extracted read(byte[] bytes) throws LoadException {
        return ZipXml.document(bytes, "word/document.xml", "docProps/core.xml", "Word document", Format.DOCX,
                DocxText::paragraphs);
    }

    private static List<String> paragraphs(XMLStreamReader r) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        int deleted = 0;
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "del" -> deleted++;
                    case "t" -> inText = deleted == 0;
                    case "tab" -> p.append(deleted == 0 ? "\t" : "");
                    case "br", "cr" -> p.append(deleted == 0 ? "\n" : "");
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "del" -> deleted--;
                    case "t" -> inText = false;
                    case "p" -> {
                        if (!p.toString().isBlank()) {
                            out.add(p.toString().strip());
                        }
                        p.setLength(0);
                    }
                    default -> { }
                }
            } else if (inText && (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                    || event == XMLStreamReader.SPACE)) {
                p.append(r.getText());
            }
        }
        return out;
    }
}
