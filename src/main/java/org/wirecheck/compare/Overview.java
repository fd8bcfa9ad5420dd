package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole story at once: a matrix of copies (rows) by discrepancies (columns), each cell saying which reading the
 * copy carries there ({@link State}). Columns come in story order (where each discrepancy stands in the base copy) or
 * in the engine's ranking; rows are grouped by version ({@link Copy#family()}) and sorted by how far each copy
 * departs ({@link CopyDrift#departure()}: 4 per fact it tells differently, 1 per passage it lacks or adds, 0.5 per
 * passage it rewrites, 0.1 per other drift), or in copy order.
 *
 * <p>Immutable. The cells are computed once into one table ({@code short} reading indexes) and shared by every
 * reordering ({@link #ordered}), so 100 copies by 2,000 discrepancies take a few hundred kilobytes and no object per
 * cell.
 */
public final class Overview {

    /** What a copy carries at a discrepancy. */
    public enum State {
        /** The reading most copies carry. */
        MAJORITY,
        /** A reading fewer copies carry than the majority's. */
        MINORITY,
        /** The copy lacks the words (an empty reading), whether or not most copies lack them too. */
        ABSENT,
        /** A reading, where no reading is carried by more copies than every other. */
        NO_MAJORITY,
        /** The copy takes no part (it lacks the passage the discrepancy stands in, or was set aside). */
        NOT_INVOLVED
    }

    /** The order of the columns. */
    public enum ColumnOrder {
        /** Where each discrepancy stands in the story (the base copy's text), first to last. */
        STORY,
        /** The engine's ranking, most important first (D1, D2, ...). */
        RANKING
    }

    /** The order of the rows. */
    public enum RowOrder {
        /**
         * Grouped by version (largest first), inside a version the copy that departs most first; as
         * {@link #DEPARTURE} when the copies fall into no versions ({@link Overview#versioned()}).
         */
        VERSION,
        /** The copy that departs most first, versions mixed. */
        DEPARTURE,
        /** Copy order (A, B, C, ...). */
        COPY
    }

    /**
     * One copy's row.
     *
     * @param family    its version ({@link Copy#family()})
     * @param departure how far it departs ({@link CopyDrift#departure()})
     * @param departs   in how many discrepancies it carries a minority reading, lacks the words or carries a reading
     *                  of one without a majority
     */
    public record Row(String copyId, int family, double departure, int departs) {
    }

    /**
     * One discrepancy's column.
     *
     * @param rank     its place in the ranking, 1 for D1
     * @param position where it stands in the story, 0 (start of the base copy) to 1 (end), for a density bar
     */
    public record Column(Discrepancy discrepancy, int rank, double position) {
    }

    private final ReadingMatrix matrix;
    private final List<Row> rows;
    private final List<Column> columns;
    /** Row {@code i} of this view is copy {@code copyIndex[i]} of the comparison; likewise for the columns. */
    private final int[] copyIndex;
    private final int[] discrepancyIndex;
    /** Every row and column, as first computed, for reordering. */
    private final List<Row> allRows;
    private final List<Column> allColumns;
    private final boolean versioned;

    private Overview(ReadingMatrix matrix, List<Row> allRows, List<Column> allColumns, boolean versioned,
                     RowOrder rowOrder, ColumnOrder columnOrder) {
        this.matrix = matrix;
        this.allRows = allRows;
        this.allColumns = allColumns;
        this.versioned = versioned;
        List<Integer> r = rowOrder(allRows, versioned || rowOrder != RowOrder.VERSION ? rowOrder
                : RowOrder.DEPARTURE);
        List<Integer> c = columnOrder(allColumns, columnOrder);
        copyIndex = r.stream().mapToInt(Integer::intValue).toArray();
        discrepancyIndex = c.stream().mapToInt(Integer::intValue).toArray();
        rows = r.stream().map(allRows::get).toList();
        columns = c.stream().map(allColumns::get).toList();
    }

    /** The overview of a comparison: columns in story order, rows grouped by version. */
    public static Overview of(Comparison comparison) {
        return of(comparison, CopyDrift.all(comparison));
    }

    /**
     * The same with the copies' drift cards already made ({@link CopyDrift#all}, in copy order), as the window has
     * them.
     */
    public static Overview of(Comparison comparison, List<CopyDrift> drift) {
        return of(comparison, drift, new ReadingMatrix(comparison));
    }

    /** The same from the comparison's reading table already made ({@link StoryViews}). */
    static Overview of(Comparison comparison, List<CopyDrift> drift, ReadingMatrix m) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < m.copies().size(); i++) {
            Copy c = m.copies().get(i);
            int departs = 0;
            for (int d = 0; d < m.discrepancies().size(); d++) {
                departs += departs(m.discrepancies().get(d), m.reading(i, d)) ? 1 : 0;
            }
            rows.add(new Row(c.id(), c.family(), drift.get(i).departure(), departs));
        }
        List<Double> positions = StoryPositions.of(comparison);
        List<Column> columns = new ArrayList<>();
        for (int d = 0; d < m.discrepancies().size(); d++) {
            columns.add(new Column(m.discrepancies().get(d), d + 1, positions.get(d)));
        }
        return new Overview(m, List.copyOf(rows), List.copyOf(columns), comparison.versioned(),
                RowOrder.VERSION, ColumnOrder.STORY);
    }

    /** The same cells with rows and columns in another order. */
    public Overview ordered(RowOrder rowOrder, ColumnOrder columnOrder) {
        return new Overview(matrix, allRows, allColumns, versioned, rowOrder, columnOrder);
    }

    /**
     * Whether the copies fall into versions: two families or more, one of them with two copies or more (the rule of
     * {@link CopyDrift} and {@link StoryVersions}); only then are rows grouped by {@link Row#family()}.
     */
    public boolean versioned() {
        return versioned;
    }

    /** The rows, in this view's order. */
    public List<Row> rows() {
        return rows;
    }

    /** The columns, in this view's order. */
    public List<Column> columns() {
        return columns;
    }

    /** The state of the cell at {@code row}, {@code column} of this view. */
    public State state(int row, int column) {
        return state(columns.get(column).discrepancy(), reading(row, column));
    }

    /** The index into the column's {@link Discrepancy#readings()} the row's copy carries, or -1 when not involved. */
    public int reading(int row, int column) {
        return matrix.reading(copyIndex[row], discrepancyIndex[column]);
    }

    /**
     * The cell's cue without colour: {@code "·"} majority, the reading's letter for a minority ({@code "b"},
     * {@code "c"}, ...), the letter and {@code "?"} where no reading has a majority ({@code "a?"}), {@code "∅"}
     * absent, {@code ""} not involved. Letters are {@link #letter reading letters}.
     */
    public String cue(int row, int column) {
        int r = reading(row, column);
        return switch (state(row, column)) {
            case MAJORITY -> "·";
            case MINORITY -> letter(r);
            case NO_MAJORITY -> letter(r) + "?";
            case ABSENT -> "∅";
            case NOT_INVOLVED -> "";
        };
    }

    /** The letter of reading {@code index}: a, b, ... z, then aa, ab, ... (a is the majority when there is one). */
    public static String letter(int index) {
        return Comparer.id(index).toLowerCase(java.util.Locale.ROOT);
    }

    /** How the rows are measured, for people. */
    public static String departureMeasure() {
        return "departure: 4 per fact a copy tells differently, 1 per passage it lacks or adds alone, "
                + "0.5 per passage it rewrites, 0.1 per other difference; the drift card's measure";
    }

    /** Whether carrying reading {@code reading} of {@code d} departs from an agreed majority. */
    static boolean departs(Discrepancy d, int reading) {
        return d.departsWith(reading);
    }

    static State state(Discrepancy d, int reading) {
        if (reading < 0) {
            return State.NOT_INVOLVED;
        }
        if (d.readings().get(reading).isEmpty()) {
            return State.ABSENT;
        }
        if (!d.hasMajority()) {
            return State.NO_MAJORITY;
        }
        return reading == 0 ? State.MAJORITY : State.MINORITY;
    }

    private static List<Integer> rowOrder(List<Row> rows, RowOrder order) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(i);
        }
        Map<Integer, Integer> familySize = new HashMap<>();
        rows.forEach(r -> familySize.merge(r.family(), 1, Integer::sum));
        Comparator<Integer> byDeparture = Comparator.comparingDouble((Integer i) -> -rows.get(i).departure());
        Comparator<Integer> cmp = switch (order) {
            case COPY -> Comparator.naturalOrder();
            case DEPARTURE -> byDeparture.thenComparing(Comparator.naturalOrder());
            case VERSION -> Comparator.comparingInt((Integer i) -> -familySize.get(rows.get(i).family()))
                    .thenComparingInt(i -> rows.get(i).family())
                    .thenComparing(byDeparture)
                    .thenComparing(Comparator.naturalOrder());
        };
        out.sort(cmp);
        return out;
    }

    private static List<Integer> columnOrder(List<Column> columns, ColumnOrder order) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(i);
        }
        if (order == ColumnOrder.STORY) {
            out.sort(Comparator.comparingDouble((Integer i) -> columns.get(i).position())
                    .thenComparingInt(i -> columns.get(i).discrepancy().passage())
                    .thenComparingInt(i -> columns.get(i).rank()));
        }
        return out;
    }
}
