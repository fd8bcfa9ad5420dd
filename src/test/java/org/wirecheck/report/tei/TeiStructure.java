package org.wirecheck.report.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;

/**
 * The rules of TEI parallel segmentation that a schema cannot check, checked on a parsed document: well-formed, in
 * the TEI namespace, parallel segmentation declared; every {@code rdg/@wit} names declared witnesses; every witness
 * appears exactly once in every {@code app}; the base copy's text is given back exactly by the text outside the apps
 * and its readings inside them; and every reading holds exactly the text its copies have at that discrepancy.
 */
final class TeiStructure {

    private TeiStructure() {
    }

    /** Parses the document (failing on any well-formedness error) and checks every rule; returns the apps. */
    static List<Element> check(String tei, Comparison c) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(tei.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("TEI");
        assertThat(root.getNamespaceURI()).isEqualTo(TeiReport.NS);
        Element encoding = first(root, "variantEncoding");
        assertThat(encoding.getAttribute("method")).isEqualTo("parallel-segmentation");
        assertThat(encoding.getAttribute("location")).isEqualTo("internal");

        Set<String> witnesses = new LinkedHashSet<>();
        NodeList wits = root.getElementsByTagNameNS(TeiReport.NS, "witness");
        for (int i = 0; i < wits.getLength(); i++) {
            witnesses.add(((Element) wits.item(i)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
        }
        assertThat(witnesses).containsExactlyElementsOf(c.copies().stream().map(x -> x.id()).toList());

        List<Element> apps = new ArrayList<>();
        NodeList list = root.getElementsByTagNameNS(TeiReport.NS, "app");
        for (int i = 0; i < list.getLength(); i++) {
            Element app = (Element) list.item(i);
            apps.add(app);
            checkApp(app, witnesses, c);
        }
        assertThat(baseText(first(root, "ab"), c.baseId())).isEqualTo(c.copy(c.baseId()).orElseThrow()
                .witness().text());
        return apps;
    }

    private static void checkApp(Element app, Set<String> witnesses, Comparison c) {
        Discrepancy d = c.discrepancies().stream().filter(x -> x.id().equals(app.getAttribute("n"))).findFirst()
                .orElseThrow(() -> new AssertionError("app for no discrepancy: " + app.getAttribute("n")));
        assertThat(app.getAttribute("type")).isEqualTo(d.kind().name());
        Map<String, Integer> seen = new HashMap<>();
        for (Element rdg : children(app, "rdg")) {
            for (String ref : rdg.getAttribute("wit").split(" ")) {
                assertThat(ref).startsWith("#");
                String id = ref.substring(1);
                assertThat(witnesses).as("rdg/@wit %s is declared", ref).contains(id);
                seen.merge(id, 1, Integer::sum);
                Location l = location(d, id);
                String text = c.copy(id).orElseThrow().witness().text();
                String expected = l == null || l.isEmpty() ? "" : text.substring(l.extentStart(), l.extentEnd());
                assertThat(rdg.getTextContent()).as("%s reads in %s", id, d.id()).isEqualTo(expected);
            }
        }
        for (String w : witnesses) {
            assertThat(seen.getOrDefault(w, 0)).as("witness %s once in %s", w, d.id()).isEqualTo(1);
        }
    }

    private static Location location(Discrepancy d, String id) {
        var r = d.readingOf(id);
        return r == null ? null : r.locations().stream().filter(l -> l.witnessId().equals(id)).findFirst()
                .orElseThrow();
    }

    /** The base copy's text: the text outside the apps and, inside each, the reading naming the base. */
    static String baseText(Element ab, String baseId) {
        StringBuilder b = new StringBuilder();
        for (Node n = ab.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                b.append(n.getNodeValue());
            } else if (n instanceof Element app && "app".equals(app.getLocalName())) {
                for (Element rdg : children(app, "rdg")) {
                    if ((" " + rdg.getAttribute("wit") + " ").contains(" #" + baseId + " ")) {
                        b.append(rdg.getTextContent());
                    }
                }
            }
        }
        return b.toString();
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && name.equals(child.getLocalName())) {
                out.add(child);
            }
        }
        return out;
    }

    private static Element first(Element root, String name) {
        return (Element) root.getElementsByTagNameNS(TeiReport.NS, name).item(0);
    }
}
