package org.wirecheck.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportModel.Deviation;
import org.wirecheck.report.ReportModel.Excerpt;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.ItemReading;
import org.wirecheck.report.ReportModel.KindCount;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.ReportText;
import org.wirecheck.report.Review;

/**
 * The report as one self-contained HTML page: inline CSS, no script, nothing fetched (a Content-Security-Policy
 * forbids it even if a browser were asked to), printable (print CSS, A4) and readable on a phone (the layout narrows,
 * wide tables scroll sideways).
 *
 * <p>Every text that comes from the copies (titles, names, paths, readings, sentences, notes) is escaped
 * ({@code & < > " '}), so an article containing {@code <script>} shows that text and runs nothing.
 */
public final class HtmlReport implements ReportRenderer {

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";

    private static final String CSS = """
            :root{--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--soft:#f4f5f7;--high:#b3261e;--medium:#8a5300;\
            --low:#5f6368;--mark:#ffe27a;--gap:#fbd3d0}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0 auto;max-width:64rem;padding:1.5rem 1.25rem 3rem;color:var(--ink);background:#fff;\
            font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",\
            "Helvetica Neue",Arial,sans-serif}
            h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 .5rem}
            h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}
            h3{font-size:1.05rem;margin:0 0 .25rem;display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:baseline}
            .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:var(--muted)}
            .meta{margin:0;color:var(--muted);font-size:.9rem}
            .warnings{margin:1rem 0;padding:.75rem 1rem;border-left:4px solid var(--high);background:#fdf0ef}
            .warnings p{margin:.25rem 0}
            .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            caption{text-align:left;font-weight:600;padding:.25rem 0}
            th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
            th{background:var(--soft);font-weight:600}
            td{overflow-wrap:break-word}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .id,.did{font-weight:700;font-variant-numeric:tabular-nums}
            tr.base td{background:#f0f6ff}
            .src{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.82rem;\
            overflow-wrap:anywhere}
            .tag{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.75rem;font-weight:600;\
            background:var(--soft);border:1px solid var(--line);white-space:nowrap}
            .tag.base{background:#dbe9ff;border-color:#a9c6f5}
            .sev{display:inline-block;padding:0 .45rem;border-radius:.25rem;font-size:.78rem;font-weight:700;\
            color:#fff;white-space:nowrap}
            .sev.high{background:var(--high)}.sev.medium{background:var(--medium)}.sev.low{background:var(--low)}
            .kind{font-size:.78rem;font-weight:700;letter-spacing:.04em;color:var(--muted)}
            .totals{font-size:1rem}
            .cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem 2rem}
            article{margin:0 0 1rem;padding:.75rem 1rem;border:1px solid var(--line);border-left:5px solid var(--low);\
            border-radius:.3rem;overflow-wrap:anywhere}
            h1,.warnings,.meta{overflow-wrap:anywhere}
            article.high{border-left-color:var(--high)}article.medium{border-left-color:var(--medium)}
            .summary{font-weight:600}
            .why{margin:.1rem 0 .5rem;color:var(--muted);font-size:.9rem}
            ol.readings{list-style:none;margin:0;padding:0}
            .reading{margin:.4rem 0;padding:.1rem 0 .1rem .75rem;border-left:3px solid var(--line)}
            .reading.majority{border-left-color:#7a9cc6}
            .rhead{margin:0;display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline}
            .rtext{font-weight:700}
            .absent{font-style:italic;font-weight:400;color:var(--muted)}
            .count{color:var(--muted);font-size:.88rem;white-space:nowrap}
            .ids abbr{text-decoration:none;font-weight:700}
            ul.excerpts{list-style:none;margin:.15rem 0 0;padding:0}
            .excerpt{margin:.15rem 0;font-size:.92rem;color:#3c4043}
            .excerpt .ids{font-size:.8rem;color:var(--muted);margin-right:.35rem}
            mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em}
            mark.gap{background:var(--gap);color:var(--high);font-weight:700}
            .review{margin:.5rem 0 0;padding:.4rem .6rem;background:#eef7ee;border-radius:.25rem;font-size:.92rem}
            .review .verdict{font-weight:700}
            .review .note{white-space:pre-wrap}
            footer{margin-top:2rem;padding-top:.5rem;border-top:1px solid var(--line);color:var(--muted);\
            font-size:.85rem}
            @media (max-width:42rem){
            body{padding:1rem .75rem 2rem;font-size:15px}
            table.stack thead{position:absolute;left:-9999px}
            table.stack tr{display:block;padding:.35rem 0;border-bottom:1px solid var(--line)}
            table.stack td{display:flex;gap:.75rem;border:0;padding:.1rem .25rem;text-align:left;white-space:normal}
            table.stack td::before{content:attr(data-label);flex:0 0 6.5rem;color:var(--muted);font-weight:600;\
            font-family:system-ui,sans-serif;font-size:.82rem}
            table.stack td:empty{display:none}
            h1{font-size:1.4rem}
            .cols{grid-template-columns:1fr}
            article{padding:.6rem .7rem}
            th,td{padding:.3rem .35rem}
            }
            @page{size:A4;margin:14mm 12mm}
            @media print{
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{max-width:none;padding:0;font-size:10pt}
            h2,h3,.why,.rhead{break-after:avoid}
            tr,.excerpt,.review{break-inside:avoid}
            .scroll{overflow:visible}
            .cols{grid-template-columns:1fr}
            .kinds,.deviating{width:auto;min-width:60%}
            abbr{text-decoration:none}
            }
            """;

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        return render(ReportModel.of(comparison, review, options.clock())).getBytes(StandardCharsets.UTF_8);
    }

    /** The page as a string (UTF-8 is declared in it). */
    public static String render(ReportModel m) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"generator\" content=\"").append(esc(m.tool())).append("\">\n")
                .append("<title>").append(esc(m.title().isEmpty() ? "Wirecheck report" : m.title()))
                .append(" \u2013 Wirecheck report</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(m, sb);
        sb.append("<main>\n");
        copies(m, sb);
        summary(m, sb);
        discrepancies(m, sb);
        sb.append("</main>\n");
        sb.append("<footer>\n<p>Made with ").append(esc(m.tool())).append(" on <time datetime=\"")
                .append(esc(m.isoDate())).append("\">").append(esc(m.dateText())).append("</time>. ")
                .append("Each reading is shown in its sentence in every copy carrying it, the differing words "
                        + "<mark>marked</mark>; <mark class=\"gap\">").append(ReportText.GAP)
                .append("</mark> marks where a copy lacks a passage. Character offsets of every reading are in the "
                        + "JSON report.</p>\n")
                .append("</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void header(ReportModel m, StringBuilder sb) {
        sb.append("<header>\n<p class=\"kicker\">Wirecheck discrepancy report</p>\n<h1 dir=\"auto\">")
                .append(esc(m.title())).append("</h1>\n<p class=\"meta\"><time datetime=\"").append(esc(m.isoDate()))
                .append("\">").append(esc(m.dateText())).append("</time> \u00b7 ").append(m.copies().size())
                .append(m.copies().size() == 1 ? " copy" : " copies").append(" compared");
        m.base().ifPresent(b -> sb.append(" \u00b7 base ").append(esc(b.id())).append(" (").append(esc(b.name()))
                .append(')'));
        sb.append(" \u00b7 ").append(esc(m.tool())).append("</p>\n</header>\n");
        if (!m.warnings().isEmpty()) {
            sb.append("<div class=\"warnings\" role=\"note\">\n");
            for (String w : m.warnings()) {
                sb.append("<p><strong>Warning:</strong> ").append(esc(w)).append("</p>\n");
            }
            sb.append("</div>\n");
        }
    }

    private static void copies(ReportModel m, StringBuilder sb) {
        sb.append("<section id=\"copies\">\n<h2>Copies compared</h2>\n<div class=\"scroll\">\n")
                .append("<table class=\"copies stack\">\n")
                .append("<thead><tr><th>Id</th><th>Name</th><th>Source</th><th class=\"num\">Words</th>")
                .append("<th class=\"num\">Similarity to base</th><th>Reference</th></tr></thead>\n<tbody>\n");
        for (CopyInfo c : m.copies()) {
            sb.append(c.base() ? "<tr class=\"base\">" : "<tr>")
                    .append("<td class=\"id\" data-label=\"Id\">").append(esc(c.id())).append("</td>")
                    .append("<td data-label=\"Name\">").append(esc(c.name())).append("</td>")
                    .append("<td class=\"src\" data-label=\"Source\">").append(esc(c.source())).append("</td>")
                    .append("<td class=\"num\" data-label=\"Words\">").append(c.words()).append("</td>")
                    .append("<td class=\"num\" data-label=\"Similarity\">")
                    .append(esc(ReportText.percent(c.similarity()))).append("</td>")
                    .append("<td data-label=\"Reference\">")
                    .append(c.base() ? "<span class=\"tag base\">base</span>" : "").append("</td>")
                    .append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void summary(ReportModel m, StringBuilder sb) {
        ReportModel.Summary s = m.summary();
        sb.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"totals\"><strong>").append(s.total())
                .append("</strong>").append(s.total() == 1 ? " discrepancy" : " discrepancies");
        if (s.total() > 0) {
            sb.append(":");
            for (Severity sev : Severity.values()) {
                sb.append(" <span class=\"sev ").append(sev.label()).append("\">").append(s.count(sev)).append(' ')
                        .append(sev.label()).append("</span>");
            }
        }
        sb.append("</p>\n");
        if (s.total() == 0) {
            sb.append("</section>\n");
            return;
        }
        sb.append("<div class=\"cols\">\n<div class=\"scroll\">\n<table class=\"kinds\">\n<caption>By kind</caption>\n")
                .append("<thead><tr><th>Kind</th><th class=\"num\">High</th><th class=\"num\">Medium</th>")
                .append("<th class=\"num\">Low</th><th class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        for (KindCount k : s.byKind()) {
            sb.append("<tr><td>").append(k.kind().name()).append("</td>");
            for (Severity sev : Severity.values()) {
                sb.append("<td class=\"num\">").append(zeroBlank(k.count(sev))).append("</td>");
            }
            sb.append("<td class=\"num\"><strong>").append(k.total()).append("</strong></td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
        sb.append("<div class=\"scroll\">\n<table class=\"deviating\">\n")
                .append("<caption>Copies that depart most from the majority</caption>\n")
                .append("<thead><tr><th>Copy</th><th class=\"num\">High</th><th class=\"num\">Medium</th>")
                .append("<th class=\"num\">Low</th><th class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        for (Deviation d : s.deviating()) {
            sb.append("<tr><td><span class=\"id\">").append(esc(d.copyId())).append("</span> ")
                    .append(esc(d.name())).append("</td>")
                    .append("<td class=\"num\">").append(zeroBlank(d.high())).append("</td>")
                    .append("<td class=\"num\">").append(zeroBlank(d.medium())).append("</td>")
                    .append("<td class=\"num\">").append(zeroBlank(d.low())).append("</td>")
                    .append("<td class=\"num\"><strong>").append(d.total()).append("</strong></td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n</div>\n</section>\n");
    }

    private static void discrepancies(ReportModel m, StringBuilder sb) {
        sb.append("<section id=\"discrepancies\">\n<h2>Discrepancies, most important first</h2>\n");
        if (m.items().isEmpty()) {
            sb.append("<p>No discrepancies found.</p>\n");
        }
        for (Item item : m.items()) {
            item(m, item, sb);
        }
        sb.append("</section>\n");
    }

    private static void item(ReportModel m, Item d, StringBuilder sb) {
        String sev = d.severity().label();
        sb.append("<article class=\"").append(sev).append("\" id=\"").append(esc(anchor(d.id()))).append("\">\n")
                .append("<h3><span class=\"did\">").append(esc(d.id())).append("</span> <span class=\"kind\">")
                .append(d.kind().name()).append("</span> <span class=\"sev ").append(sev).append("\">").append(sev)
                .append("</span> <span class=\"summary\" dir=\"auto\">")
                .append(esc(ReportText.cut(ReportText.oneLine(d.summary()), ReportModel.MAX_READING)))
                .append("</span></h3>\n");
        if (!d.why().isBlank()) {
            sb.append("<p class=\"why\">").append(esc(ReportText.oneLine(d.why()))).append("</p>\n");
        }
        sb.append("<ol class=\"readings\">\n");
        for (ItemReading r : d.readings()) {
            reading(m, r, sb);
        }
        sb.append("</ol>\n");
        d.review().ifPresent(rv -> {
            sb.append("<div class=\"review\"><span class=\"verdict\">Verdict: ").append(esc(rv.verdict()))
                    .append("</span>");
            if (!rv.note().isBlank()) {
                sb.append("<div class=\"note\" dir=\"auto\">").append(esc(rv.note().strip())).append("</div>");
            }
            sb.append("</div>\n");
        });
        sb.append("</article>\n");
    }

    private static void reading(ReportModel m, ItemReading r, StringBuilder sb) {
        sb.append(r.majority() ? "<li class=\"reading majority\">" : "<li class=\"reading\">")
                .append("<p class=\"rhead\">");
        if (r.absent()) {
            sb.append("<span class=\"rtext absent\">(absent)</span>");
        } else {
            sb.append("<span class=\"rtext\" dir=\"auto\">").append(esc(r.shown())).append("</span>");
        }
        sb.append(" <span class=\"count\">").append(r.count()).append(" of ").append(m.copies().size())
                .append("</span> ");
        ids(m, r.copyIds(), sb);
        if (r.majority()) {
            sb.append(" <span class=\"tag\">majority</span>");
        }
        sb.append("</p>\n");
        if (!r.excerpts().isEmpty()) {
            sb.append("<ul class=\"excerpts\">\n");
            boolean several = r.excerpts().size() > 1;
            for (Excerpt e : r.excerpts()) {
                sb.append("<li class=\"excerpt\">");
                if (several) {
                    ids(m, e.copyIds(), sb);
                    sb.append(' ');
                }
                sb.append("<span dir=\"auto\">").append(esc(e.before()));
                if (e.gap()) {
                    sb.append("<mark class=\"gap\" title=\"missing here\">").append(ReportText.GAP).append("</mark>");
                } else {
                    sb.append("<mark>").append(esc(e.marked())).append("</mark>");
                }
                sb.append(esc(e.after())).append("</span></li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("</li>\n");
    }

    /** The copy ids, each with its file name as a tooltip. */
    private static void ids(ReportModel m, List<String> ids, StringBuilder sb) {
        sb.append("<span class=\"ids\">");
        boolean first = true;
        for (String id : ids) {
            if (!first) {
                sb.append(' ');
            }
            first = false;
            String name = m.copies().stream().filter(c -> c.id().equals(id)).map(CopyInfo::name).findFirst()
                    .orElse(id);
            sb.append("<abbr title=\"").append(esc(name)).append("\">").append(esc(id)).append("</abbr>");
        }
        sb.append("</span>");
    }

    private static String zeroBlank(int n) {
        return n == 0 ? "" : Integer.toString(n);
    }

    /** An id usable as a fragment: letters, digits, '-' and '_' kept, anything else replaced. */
    private static String anchor(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            sb.append((ch < 128 && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_')) ? ch : '_');
        }
        return sb.toString();
    }

    /** Escapes text for HTML content and attribute values alike; control characters become U+FFFD. */
    static String esc(String s) {
        String clean = ReportText.clean(s);
        StringBuilder sb = null;
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(clean.length() + 16).append(clean, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(ch);
                }
            }
        }
        return sb == null ? clean : sb.toString();
    }
}
