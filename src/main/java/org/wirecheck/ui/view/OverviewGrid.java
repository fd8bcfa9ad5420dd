package org.wirecheck.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.wirecheck.classify.Kind;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Overview;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.RowText;

/**
 * The overview matrix, drawn: copies down the side, discrepancies across, each cell the copy's reading in the kind's
 * colour with a cue that needs no colour (· majority, b minority, a? no majority, ∅ absent). Virtualised: one canvas
 * the size of the view draws only the cells in sight, so 100 copies by 2,000 discrepancies scroll as lightly as five
 * by forty. A click on a cell reports its copy and discrepancy.
 */
public final class OverviewGrid extends Region {

    static final double CELL_W = 16;
    static final double CELL_H = 20;
    static final double HEAD_W = 210;
    static final double HEAD_H = 26;

    /** The kinds' colours, as in reader.css (Okabe–Ito). */
    private static final Map<Kind, Color> COLOURS = Map.ofEntries(
            Map.entry(Kind.QUOTE, Color.web("#CC79A7")), Map.entry(Kind.NAME, Color.web("#D55E00")),
            Map.entry(Kind.TITLE, Color.web("#E69F00")), Map.entry(Kind.PLACE, Color.web("#009E73")),
            Map.entry(Kind.NUMBER, Color.web("#0072B2")), Map.entry(Kind.DATE, Color.web("#56B4E9")),
            Map.entry(Kind.ATTRIBUTION, Color.web("#D9C800")), Map.entry(Kind.WORDING, Color.web("#8a8a8a")),
            Map.entry(Kind.OMISSION, Color.web("#6b6b6b")), Map.entry(Kind.ADDITION, Color.web("#6b6b6b")),
            Map.entry(Kind.STYLE, Color.web("#b0b0b0")), Map.entry(Kind.BOILERPLATE, Color.web("#c0c0c0")));

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Tooltip tip = new Tooltip();
    private Overview overview;
    private List<Integer> columns = List.of();
    private Map<String, PaneCopy> panes = Map.of();
    private Discrepancy selected;
    private boolean dark;
    private BiConsumer<String, Discrepancy> onCell = (c, d) -> { };

    OverviewGrid() {
        getStyleClass().add("overview-grid");
        setId("overview-grid");
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, hbar, vbar);
        hbar.valueProperty().addListener((o, a, b) -> draw());
        vbar.valueProperty().addListener((o, a, b) -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] at = cellAt(e.getX(), e.getY());
            if (at != null) {
                onCell.accept(overview.rows().get(at[0]).copyId(), column(at[1]));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> tip.setText(describe(e.getX(), e.getY())));
        Tooltip.install(canvas, tip);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                hbar.setValue(clamp(hbar, hbar.getValue() - (e.isShiftDown() ? e.getDeltaY() : e.getDeltaX())));
            } else {
                vbar.setValue(clamp(vbar, vbar.getValue() - e.getDeltaY()));
            }
            e.consume();
        });
    }

    /** Calls {@code action} with the copy and the discrepancy of a clicked cell. */
    void onCell(BiConsumer<String, Discrepancy> action) {
        onCell = action;
    }

    /** Shows {@code o}'s rows and those of its columns whose discrepancy is in {@code shown}. */
    void show(Overview o, Set<Discrepancy> shown, Map<String, PaneCopy> byId) {
        overview = o;
        panes = byId;
        List<Integer> cols = new ArrayList<>();
        if (o != null) {
            for (int c = 0; c < o.columns().size(); c++) {
                if (shown.contains(o.columns().get(c).discrepancy())) {
                    cols.add(c);
                }
            }
        }
        columns = cols;
        requestLayout();
        draw();
    }

    void select(Discrepancy d) {
        selected = d;
        int i = indexOf(d);
        if (i >= 0) {
            double x = i * CELL_W;
            double view = Math.max(0, canvas.getWidth() - HEAD_W);
            if (x < hbar.getValue() || x + CELL_W > hbar.getValue() + view) {
                hbar.setValue(clamp(hbar, x - view / 2));
            }
        }
        draw();
    }

    void setDark(boolean on) {
        dark = on;
        draw();
    }

    /** How many columns are drawn (for tests). */
    public int columnCount() {
        return columns.size();
    }

    /** The middle of the cell at {@code row}, {@code column} in this region's coordinates (for tests). */
    public double[] cellCentre(int row, int column) {
        return new double[] {HEAD_W + column * CELL_W - hbar.getValue() + CELL_W / 2,
                HEAD_H + row * CELL_H - vbar.getValue() + CELL_H / 2};
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(0, 0);
        hbar.resizeRelocate(0, h, w, bar);
        vbar.resizeRelocate(w, 0, bar, h);
        double contentW = columns.size() * CELL_W;
        double contentH = overview == null ? 0 : overview.rows().size() * CELL_H;
        setRange(hbar, contentW, w - HEAD_W);
        setRange(vbar, contentH, h - HEAD_H);
        draw();
    }

    private static void setRange(ScrollBar bar, double content, double view) {
        bar.setMin(0);
        bar.setMax(Math.max(0, content - view));
        bar.setVisibleAmount(Math.max(1, view));
        bar.setUnitIncrement(CELL_W);
        bar.setBlockIncrement(Math.max(CELL_W, view * 0.9));
        bar.setValue(clamp(bar, bar.getValue()));
        bar.setDisable(content <= view);
    }

    private static double clamp(ScrollBar bar, double v) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), v));
    }

    private void draw() {
        long t0 = System.nanoTime();
        paint();
        if (overview != null) {
            Timing.report("drawing the overview", t0);
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Color ground = dark ? Color.web("#1b1d20") : Color.WHITE;
        Color ink = dark ? Color.web("#e4e6e9") : Color.web("#202124");
        Color muted = dark ? Color.web("#8d9197") : Color.web("#6b6f75");
        g.setFill(ground);
        g.fillRect(0, 0, w, h);
        if (overview == null) {
            return;
        }
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        int firstCol = (int) Math.floor(hbar.getValue() / CELL_W);
        int lastCol = Math.min(columns.size() - 1, (int) Math.ceil((hbar.getValue() + w - HEAD_W) / CELL_W));
        int firstRow = (int) Math.floor(vbar.getValue() / CELL_H);
        int lastRow = Math.min(overview.rows().size() - 1,
                (int) Math.ceil((vbar.getValue() + h - HEAD_H) / CELL_H));
        for (int r = firstRow; r <= lastRow; r++) {
            double y = HEAD_H + r * CELL_H - vbar.getValue();
            for (int c = firstCol; c <= lastCol; c++) {
                double x = HEAD_W + c * CELL_W - hbar.getValue();
                cell(g, r, columns.get(c), x, y, ink, muted);
            }
        }
        g.setFill(ground);
        g.fillRect(0, 0, w, HEAD_H);
        g.fillRect(0, 0, HEAD_W, h);
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = firstCol; c <= lastCol; c++) {
            Discrepancy d = column(c);
            double x = HEAD_W + c * CELL_W - hbar.getValue();
            g.setFill(COLOURS.get(d.kind()));
            g.fillRect(x + 1, HEAD_H - 6, CELL_W - 2, d.severity().ordinal() == 0 ? 5 : 2);
            if (d.equals(selected)) {
                g.setStroke(ink);
                g.setLineWidth(2);
                g.strokeRect(x, 1, CELL_W, HEAD_H + (lastRow + 1) * CELL_H - vbar.getValue());
            }
        }
        g.setFill(muted);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("copy", 6, HEAD_H / 2 - 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("departs in", HEAD_W - 6, HEAD_H / 2 - 2);
        g.setTextAlign(TextAlignment.LEFT);
        boolean versions = hasVersions();
        int lastFamily = -1;
        for (int r = firstRow; r <= lastRow; r++) {
            Overview.Row row = overview.rows().get(r);
            double y = HEAD_H + r * CELL_H - vbar.getValue();
            if (versions && row.family() != lastFamily && r > 0) {
                g.setStroke(muted);
                g.setLineWidth(1);
                g.strokeLine(0, y, w, y);
            }
            lastFamily = row.family();
            PaneCopy p = panes.get(row.copyId());
            g.setFill(ink);
            g.fillText(row.copyId(), 6, y + CELL_H / 2);
            g.setFill(muted);
            String name = p == null ? "" : p.outlet();
            g.fillText(shorten(name, 25), 30, y + CELL_H / 2);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Integer.toString(row.departs()), HEAD_W - 6, y + CELL_H / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** Whether some version holds two copies or more (else every copy is its own and no line parts them). */
    private boolean hasVersions() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Overview.Row row : overview.rows()) {
            if (!seen.add(row.family())) {
                return true;
            }
        }
        return false;
    }

    private void cell(GraphicsContext g, int r, int col, double x, double y, Color ink, Color muted) {
        Discrepancy d = overview.columns().get(col).discrepancy();
        Color kind = COLOURS.get(d.kind());
        Overview.State s = overview.state(r, col);
        String cue = overview.cue(r, col);
        g.setFill(switch (s) {
            case MAJORITY -> kind.deriveColor(0, 1, 1, 0.12);
            case MINORITY -> kind;
            case NO_MAJORITY -> kind.deriveColor(0, 1, 1, 0.5);
            case ABSENT -> muted.deriveColor(0, 1, 1, 0.45);
            case NOT_INVOLVED -> Color.TRANSPARENT;
        });
        g.fillRect(x + 1, y + 1, CELL_W - 2, CELL_H - 2);
        g.setFill(s == Overview.State.MINORITY ? Color.WHITE : ink);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(cue, x + CELL_W / 2, y + CELL_H / 2);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private Discrepancy column(int shownIndex) {
        return overview.columns().get(columns.get(shownIndex)).discrepancy();
    }

    private int indexOf(Discrepancy d) {
        for (int i = 0; i < columns.size(); i++) {
            if (column(i).equals(d)) {
                return i;
            }
        }
        return -1;
    }

    /** The row and shown column under a point of the canvas, or null. */
    private int[] cellAt(double x, double y) {
        if (overview == null || x < HEAD_W || y < HEAD_H) {
            return null;
        }
        int c = (int) Math.floor((x - HEAD_W + hbar.getValue()) / CELL_W);
        int r = (int) Math.floor((y - HEAD_H + vbar.getValue()) / CELL_H);
        return c >= 0 && c < columns.size() && r >= 0 && r < overview.rows().size() ? new int[] {r, c} : null;
    }

    /** "C · 002….txt — D4 Quote: support / assistance (minority: assistance)", for the tooltip. */
    String describe(double x, double y) {
        int[] at = cellAt(x, y);
        if (at == null) {
            return "Click a cell to see that copy at that discrepancy";
        }
        String copy = overview.rows().get(at[0]).copyId();
        Discrepancy d = column(at[1]);
        int col = columns.get(at[1]);
        int reading = overview.reading(at[0], col);
        String state = overview.state(at[0], col).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String mine = reading < 0 ? "not involved" : state + ": " + RowText.reading(d.readings().get(reading));
        PaneCopy p = panes.get(copy);
        return copy + (p == null ? "" : " · " + p.outlet()) + "\n" + d.id() + " " + RowText.kindLabel(d.kind()) + ": "
                + RowText.readings(d) + "\n" + mine;
    }
}
