package org.wirecheck.report.tei;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Overview;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.Review;
import org.wirecheck.report.ScopedComparison;
import org.wirecheck.report.ToolVersion;
import org.wirecheck.text.Texts;

/**
 * The collation as TEI P5 parallel segmentation, for CollateX, EVT, Juxta and other scholarly tools: the copies as
 * witnesses ({@code <listWit>}, ids A, B, ...), the base copy's text exactly as decoded, and at each discrepancy an
 * {@code <app>} with one {@code <rdg>} per reading naming its copies ({@code wit="#A #C"}); a copy that lacks the
 * passage has an empty reading. Every copy appears once in every {@code <app>}. Copies that read alike for the
 * engine but differ in their characters (case, quote marks) get one {@code <rdg>} each, with the reading's letter in
 * {@code @n}, so each reading is that copy's exact text. The majority's readings are {@code type="majority"}; copies
 * taking no part are {@code type="lacking"}. A discrepancy inside a wider one is carried by that one's readings;
 * one that overlaps another in part, or that the base copy takes no part in, is left out; all are named in the
 * header ({@link Apps}).
 */
public final class TeiReport implements ReportRenderer {

    static final String NS = "http://www.tei-c.org/ns/1.0";

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        ZonedDateTime date = ZonedDateTime.now(options.clock()).truncatedTo(ChronoUnit.SECONDS);
        String title = comparison.copy(comparison.baseId()).map(c -> firstLine(c.witness().text())).orElse("");
        return render(ScopedComparison.of(comparison, review, options, true), title, date)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The document as text (UTF-8 is declared in it). */
    public static String render(Comparison comparison, String title, ZonedDateTime date) {
        Apps apps = new Apps(comparison);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"").append(NS).append("\">\n");
        header(comparison, title, date, apps, b);
        b.append("  <text>\n    <body>\n      <ab xml:space=\"preserve\">");
        Copy base = comparison.copy(comparison.baseId()).orElse(null);
        String text = base == null ? "" : base.witness().text();
        int at = 0;
        for (Apps.App app : apps.taken()) {
            Xml.text(b, text.substring(at, app.start()));
            app(comparison, app.discrepancy(), b);
            at = app.end();
        }
        Xml.text(b, text.substring(at));
        b.append("</ab>\n    </body>\n  </text>\n</TEI>\n");
        return b.toString();
    }

    /**
     * The base copy's first line with text, Markdown heading marks left out, at most 200 characters: a title for
     * the header (the full report model, which finds the title its own way, costs more than the whole export).
     */
    static String firstLine(String text) {
        for (String line : text.split("\\R", 50)) {
            String t = line.strip().replaceFirst("^#+\\s*", "").strip();
            if (!t.isEmpty()) {
                return Texts.clip(t, 200);
            }
        }
        return "";
    }

    private static void header(Comparison c, String title, ZonedDateTime date, Apps apps, StringBuilder b) {
        b.append("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>");
        Xml.text(b, (title.isEmpty() ? "Story" : title) + ": collation of " + c.copies().size() + " copies");
        b.append("</title>\n      </titleStmt>\n      <publicationStmt>\n        <p>Made with ");
        Xml.text(b, ToolVersion.nameAndVersion());
        b.append(" on <date when=\"").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date)).append("\">");
        Xml.text(b, DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        b.append("</date>; not published.</p>\n      </publicationStmt>\n      <sourceDesc>\n        <listWit>\n");
        for (Copy copy : c.copies()) {
            b.append("          <witness xml:id=\"").append(copy.id()).append("\">");
            Xml.text(b, copy.witness().name() + (copy.witness().source().equals(copy.witness().name()) ? ""
                    : " (" + copy.witness().source() + ")") + (copy.base() ? ", the base text" : ""));
            b.append("</witness>\n");
        }
        b.append("        </listWit>\n      </sourceDesc>\n    </fileDesc>\n    <encodingDesc>\n")
                .append("      <variantEncoding method=\"parallel-segmentation\" location=\"internal\"/>\n")
                .append("      <p>");
        Xml.text(b, description(c, apps));
        b.append("</p>\n    </encodingDesc>\n  </teiHeader>\n");
    }

    private static String description(Comparison c, Apps apps) {
        StringBuilder s = new StringBuilder("The text is copy ").append(c.baseId())
                .append(" exactly as read. Each app is one discrepancy found by Wirecheck (n: its id, type: its "
                        + "kind); each rdg names the copies that read it (n: the reading's letter, a the majority "
                        + "when there is one); an empty rdg is a copy that lacks the words. Between the apps the other "
                        + "copies may still differ in ways not encoded here (passages moved or not compared). ")
                .append(apps.taken().size()).append(" of ").append(c.discrepancies().size())
                .append(" discrepancies have an app of their own");
        if (!apps.inside().isEmpty()) {
            s.append("; inside a wider app, whose readings hold their text: ").append(ids(apps.inside()));
        }
        if (!apps.overlapping().isEmpty()) {
            s.append("; left out because they overlap an app in part: ").append(ids(apps.overlapping()));
        }
        if (!apps.outsideBase().isEmpty()) {
            s.append("; left out because the base copy takes no part: ").append(ids(apps.outsideBase()));
        }
        return s.append('.').toString();
    }

    private static String ids(List<String> ids) {
        int shown = Math.min(ids.size(), 40);
        return String.join(", ", ids.subList(0, shown)) + (ids.size() > shown ? " and " + (ids.size() - shown)
                + " more" : "");
    }

    private static void app(Comparison c, Discrepancy d, StringBuilder b) {
        b.append("<app n=\"").append(d.id()).append("\" type=\"").append(d.kind().name()).append("\">");
        Map<String, Location> at = new HashMap<>();
        Map<String, Integer> readingOf = new HashMap<>();
        for (int i = 0; i < d.readings().size(); i++) {
            for (Location l : d.readings().get(i).locations()) {
                at.putIfAbsent(l.witnessId(), l);
                readingOf.putIfAbsent(l.witnessId(), i);
            }
        }
        for (int i = 0; i < d.readings().size(); i++) {
            // copies in copy order, one rdg per exact text
            Map<String, List<String>> byText = new LinkedHashMap<>();
            for (Copy copy : c.copies()) {
                Location l = at.get(copy.id());
                if (l != null && readingOf.get(copy.id()) == i) {
                    String t = copy.witness().text();
                    byText.computeIfAbsent(t.substring(Apps.start(l), Apps.end(l)), k -> new ArrayList<>())
                            .add(copy.id());
                }
            }
            String type = i == 0 && d.hasMajority() ? "majority" : "";
            for (Map.Entry<String, List<String>> e : byText.entrySet()) {
                rdg(e.getValue(), Overview.letter(i), type, e.getKey(), b);
            }
        }
        List<String> lacking = c.copies().stream().map(Copy::id).filter(id -> !at.containsKey(id)).toList();
        if (!lacking.isEmpty()) {
            rdg(lacking, "", "lacking", "", b);
        }
        b.append("</app>");
    }

    private static void rdg(List<String> ids, String letter, String type, String text, StringBuilder b) {
        b.append("<rdg wit=\"");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "#" : " #").append(ids.get(i));
        }
        b.append('"');
        if (!letter.isEmpty()) {
            b.append(" n=\"").append(letter).append('"');
        }
        if (!type.isEmpty()) {
            b.append(" type=\"").append(type).append('"');
        }
        if (text.isEmpty()) {
            b.append("/>");
        } else {
            b.append('>');
            Xml.text(b, text);
            b.append("</rdg>");
        }
    }
}
