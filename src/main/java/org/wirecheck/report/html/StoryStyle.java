package org.wirecheck.report.html;

/**
 * The stylesheet of the overview and versions sections, added as a second inline {@code <style>}: kind colours
 * from the window's Okabe–Ito palette, the matrix's cells, the versions' timeline. Fetches nothing.
 */
final class StoryStyle {

    static final String CSS = """
            table.matrix{width:auto;border-collapse:separate;border-spacing:1px;font-size:.78rem}
            table.matrix th,table.matrix td{padding:.1rem .25rem;border:0;text-align:center;min-width:1.3rem}
            table.matrix th.col{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:600;font-size:.7rem}
            table.matrix th.id{text-align:left}
            table.matrix tr.newver th,table.matrix tr.newver td{border-top:2px solid var(--ink)}
            .cell{font-weight:700;font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
            .cell.majority{background:#f4f5f7!important;color:#8a8f98;font-weight:400}
            .cell.not-involved{background:#fff!important;outline:1px dotted #d0d3d8}
            .cell.absent{background:#fff!important;color:var(--ink);outline:2px solid #6b6b6b}
            .cell.no-majority{outline:2px dashed #1d1d1f;outline-offset:-2px}
            .cell.key{display:inline-block;min-width:1.6rem;text-align:center;margin-left:.6rem}
            #overview p.legend{font-size:.85rem;color:var(--muted)}
            .k-quote{background:#CC79A7}.k-name{background:#D55E00}.k-title{background:#E69F00}
            .k-place{background:#009E73}.k-number{background:#0072B2;color:#fff}.k-date{background:#56B4E9}
            .k-attribution{background:#F0E442}.k-wording{background:#BDBDBD}.k-omission,.k-addition{background:#e4e4e4}
            .k-style{background:#fff}.k-boilerplate{background:#eee;color:#777}
            th.col.k-number{color:#fff}
            ol.versions{padding-left:1.25rem}
            ol.versions li{margin:.35rem 0}
            .vlabel{font-weight:700}
            #versions span.evidence{color:var(--muted)}
            svg.timeline{max-width:100%;height:auto;font-family:system-ui,sans-serif}
            @media print{table.matrix{font-size:6pt}}
            """;

    private StoryStyle() {
    }
}
