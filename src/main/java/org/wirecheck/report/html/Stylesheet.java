package org.wirecheck.report.html;

/**
 * The page's one inline stylesheet: screen, narrow screens (tables stack, one column) and print (A4). It fetches
 * nothing (no {@code @import}, no {@code url()}), which the Content-Security-Policy of the page would refuse anyway.
 */
final class Stylesheet {

    static final String CSS = """
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
            tr.evidence td{font-size:.82rem;color:var(--muted);overflow-wrap:anywhere}
            tr.evidence ul{margin:0;padding-left:1.2rem}
            .src{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.82rem;\
            overflow-wrap:anywhere}
            .tag{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.75rem;font-weight:600;\
            background:var(--soft);border:1px solid var(--line);white-space:nowrap}
            .tag.base{background:#dbe9ff;border-color:#a9c6f5}
            .tag.aside{background:#fbd3d0;border-color:#e8a39d}
            .scope,.verdicts{margin:.3rem 0}
            ul.facts{margin:.3rem 0;padding-left:1.2rem;font-size:.92rem}
            ul.facts li{margin:.15rem 0}
            .facts .verdict{font-weight:700;color:var(--muted)}
            .facts .verdict.confirmed-error{color:var(--high)}.facts .verdict.follow-up{color:var(--medium)}
            .drift-note,.measure{color:var(--muted);font-size:.88rem}
            .sev{display:inline-block;padding:0 .45rem;border-radius:.25rem;font-size:.78rem;font-weight:700;\
            color:#fff;white-space:nowrap}
            .sev.high{background:var(--high)}.sev.medium{background:var(--medium)}.sev.low{background:var(--low)}
            .kind{font-size:.78rem;font-weight:700;letter-spacing:.04em;color:var(--muted)}
            .totals{font-size:1rem}
            details>summary{cursor:pointer}details>summary h2{display:inline}
            dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;font-size:.92rem}
            dl.legend dt{font-weight:700}dl.legend dd{margin:0}
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

    private Stylesheet() {
    }
}
