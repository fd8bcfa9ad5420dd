package org.wirecheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.wirecheck.text.Document;

/**
 * All copies aligned to one pivot: passages matched by content (moves, merges, splits, additions, omissions), then
 * words matched inside each passage. Built by {@link #of(List, int, Similarity)}.
 */
public final class Alignment {

    private final List<Document> docs;
    private final int base;
    private final Pivot pivot;
    private final List<CopyAlignment> copies;

    private Alignment(List<Document> docs, int base, Pivot pivot, List<CopyAlignment> copies) {
        this.docs = docs;
        this.base = base;
        this.pivot = pivot;
        this.copies = List.copyOf(copies);
    }

    /**
     * Aligns all copies to a pivot grown from the base copy. Copies are visited most similar to the base first, so
     * the result depends on the base and the copies' contents, never on the order of {@code docs}' ties.
     */
    public static Alignment of(List<Document> docs, int base, Similarity similarity) {
        return of(docs, base, similarity, () -> { });
    }

    /**
     * The same, calling {@code step} once per copy linked to the pivot and once per copy whose words are aligned
     * (about twice the number of copies in all, from several threads); {@code step} may throw, e.g. a
     * {@link java.util.concurrent.CancellationException}, to stop the alignment.
     */
    public static Alignment of(List<Document> docs, int base, Similarity similarity, Runnable step) {
        Weights weights = new Weights(docs);
        SentenceLinker linker = new SentenceLinker(docs, weights);
        List<Integer> visit = new ArrayList<>(IntStream.range(0, docs.size()).boxed().toList());
        visit.sort(Comparator.comparingDouble((Integer d) -> -similarity.between(base, d)).thenComparing(d -> d));
        PivotBuilder.Result built = new PivotBuilder(docs, linker).build(base, visit, step);
        Pivot pivot = new Pivot(docs, built.order());
        WordAligner aligner = new WordAligner(docs, pivot);
        List<CopyAlignment> copies = IntStream.range(0, docs.size()).parallel()
                .mapToObj(d -> {
                    CopyAlignment aligned = aligner.align(d, built.groups().get(d));
                    step.run();
                    return aligned;
                }).toList();
        return new Alignment(docs, base, pivot, copies);
    }

    public List<Document> docs() {
        return docs;
    }

    public int base() {
        return base;
    }

    public Pivot pivot() {
        return pivot;
    }

    public CopyAlignment copy(int d) {
        return copies.get(d);
    }

    public int copyCount() {
        return copies.size();
    }
}
