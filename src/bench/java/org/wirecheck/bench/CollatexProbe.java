package org.wirecheck.bench;

import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.Token;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimplePatternTokenizer;
import eu.interedition.collatex.simple.SimpleTokenNormalizers;
import eu.interedition.collatex.simple.SimpleWitness;
import eu.interedition.collatex.util.VariantGraphRanking;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.wirecheck.text.Witness;

/**
 * Child JVM: CollateX 1.7.1 on the same witnesses (the text {@link org.wirecheck.ingest.Loader} decoded), set up as
 * its own command line and {@code SimpleWitness(sigil, text)} do: tokens split at whitespace and at {@code .?!,;:}
 * ({@code SimplePatternTokenizer.BY_WS_OR_PUNCT}), normalised by lower-casing and trimming
 * ({@code SimpleTokenNormalizers.LC_TRIM_WS}), compared for equality ({@code EqualityTokenComparator}), collated
 * with the default Dekker algorithm, then joined ({@code VariantGraph.JOIN}) and ranked into an alignment table
 * ({@code VariantGraphRanking.asTable}), as its JSON output does. The first run is limited in time; quicker sizes get
 * a few more runs and the median of those is reported too.
 */
final class CollatexProbe {

    private static final int MAX_EXTRA_RUNS = 5;

    private CollatexProbe() {
    }

    /** One collation: timings in nanoseconds and, on request, how the moved paragraphs were aligned. */
    private record Once(long nanos, long alignNanos, long cpuNanos, int vertices, int transpositions,
                        Map<String, Object> moves) {
    }

    static Map<String, Object> run(Path folder, Path gold, double limitSeconds) throws Exception {
        List<Witness> ws = EngineProbe.load(folder);
        List<Moves.Move> moves = Moves.read(gold);
        HeapWatch heap = new HeapWatch();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("files", ws.size());
        r.put("limit_s", limitSeconds);
        r.put("xmx_mb", HeapWatch.maxHeap() >> 20);
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "collatex");
            t.setDaemon(true);
            return t;
        });
        heap.reset();
        long wall = System.nanoTime();
        Future<Once> first = pool.submit(() -> collate(ws, moves));
        Once once;
        try {
            once = first.get((long) (limitSeconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            r.put("timeout", true);
            r.put("peak_mb", heap.peakUsed() / 1048576.0);
            return r;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                r.put("oom", true);
                return r;
            }
            throw e;
        }
        Thread.sleep(300);
        r.put("timeout", false);
        r.put("cold_s", once.nanos() / 1e9);
        r.put("cold_align_s", once.alignNanos() / 1e9);
        r.put("cold_cpu_s", once.cpuNanos() / 1e9);
        r.put("peak_mb", heap.peakUsed() / 1048576.0);
        r.put("after_gc_mb", heap.maxAfterGc() / 1048576.0);
        r.put("vertices", once.vertices());
        r.put("transpositions", once.transpositions());
        r.put("moves", once.moves());
        // a few more runs (JIT warm) when the first was quick; never more than a third of the limit in all
        List<Double> warm = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        double spent = once.nanos() / 1e9;
        while (warm.size() < MAX_EXTRA_RUNS && spent + once.nanos() / 1e9 < limitSeconds / 3) {
            Once again = pool.submit(() -> collate(ws, List.of())).get();
            warm.add(again.nanos() / 1e9);
            warmCpu.add(again.cpuNanos() / 1e9);
            spent += again.nanos() / 1e9;
        }
        r.put("runs", 1 + warm.size());
        r.put("warm_s", warm.isEmpty() ? null : Stats.median(warm));
        r.put("warm_cpu_s", warm.isEmpty() ? null : Stats.median(warmCpu));
        r.put("wall_s", (System.nanoTime() - wall) / 1e9);
        pool.shutdownNow();
        return r;
    }

    private static Once collate(List<Witness> ws, List<Moves.Move> moves) {
        long t0 = System.nanoTime();
        long cpu0 = HeapWatch.processCpuNanos();
        List<SimpleWitness> witnesses = new ArrayList<>();
        List<List<String>> contents = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            SimpleWitness w = new SimpleWitness("w" + (i + 1));
            List<String> tokens = SimplePatternTokenizer.BY_WS_OR_PUNCT.apply(ws.get(i).text())
                    .collect(Collectors.toList());
            w.setTokenContents(tokens.stream(), SimpleTokenNormalizers.LC_TRIM_WS);
            witnesses.add(w);
            contents.add(tokens);
        }
        VariantGraph graph = new VariantGraph();
        CollationAlgorithmFactory.dekker(new EqualityTokenComparator()).collate(graph, witnesses);
        long aligned = System.nanoTime();
        long cpu1 = HeapWatch.processCpuNanos();
        Map<String, Object> quality = moves.isEmpty() ? null : moveQuality(ws, witnesses, contents, graph, moves);
        int vertices = 0;
        for (VariantGraph.Vertex v : graph.vertices()) {
            vertices++;
        }
        int transpositions = graph.transpositions().size();
        long t1 = System.nanoTime();
        long cpu2 = HeapWatch.processCpuNanos();
        VariantGraph.JOIN.apply(graph);
        int rows = VariantGraphRanking.of(graph).asTable().size();
        long t2 = System.nanoTime();
        long cpu3 = HeapWatch.processCpuNanos();
        if (rows < 0) {
            throw new AssertionError();
        }
        return new Once((aligned - t0) + (t2 - t1), aligned - t0, (cpu1 - cpu0) + (cpu3 - cpu2), vertices,
                transpositions, quality);
    }

    /**
     * For each moved paragraph: the share of its word tokens (in the moved copy) that stand in one vertex of the
     * (unjoined) variant graph with a token of copy_000's paragraph. A move is "aligned" at 80 % or more,
     * "transposed" when most of its tokens sit in vertices CollateX marked as transposed.
     */
    private static Map<String, Object> moveQuality(List<Witness> ws, List<SimpleWitness> witnesses,
                                                   List<List<String>> contents, VariantGraph graph,
                                                   List<Moves.Move> moves) {
        Map<Token, Integer> offset = new IdentityHashMap<>();
        for (int i = 0; i < witnesses.size(); i++) {
            String text = ws.get(i).text();
            List<Token> tokens = witnesses.get(i).getTokens();
            int pos = 0;
            for (int k = 0; k < tokens.size(); k++) {
                int at = text.indexOf(contents.get(i).get(k), pos);
                offset.put(tokens.get(k), at);
                pos = at + contents.get(i).get(k).length();
            }
        }
        Map<Token, VariantGraph.Vertex> vertexOf = new IdentityHashMap<>();
        for (VariantGraph.Vertex v : graph.vertices()) {
            for (Token t : v.tokens()) {
                vertexOf.put(t, v);
            }
        }
        int aligned = 0;
        int transposed = 0;
        int partly = 0;
        double shareSum = 0;
        for (Moves.Move m : moves) {
            int mi = indexOf(ws, m.movedFile());
            int bi = indexOf(ws, m.baseFile());
            if (mi < 0 || bi < 0) {
                continue;
            }
            SimpleWitness base = witnesses.get(bi);
            int words = 0;
            int same = 0;
            int trans = 0;
            for (Token t : witnesses.get(mi).getTokens()) {
                int at = offset.get(t);
                if (at < m.movedAt() || at >= m.movedEnd()
                        || ((eu.interedition.collatex.simple.SimpleToken) t).getContent().trim()
                        .matches("[.?!,;:]+")) {
                    continue;
                }
                words++;
                VariantGraph.Vertex v = vertexOf.get(t);
                if (v == null) {
                    continue;
                }
                if (!v.transpositions().isEmpty()) {
                    trans++;
                }
                for (Token u : v.tokens()) {
                    if (u.getWitness() == base) {
                        int bu = offset.get(u);
                        if (bu >= m.baseAt() && bu < m.baseEnd()) {
                            same++;
                            break;
                        }
                    }
                }
            }
            double share = words == 0 ? 0 : (double) same / words;
            shareSum += share;
            if (share >= 0.8) {
                aligned++;
            } else if (share >= 0.2) {
                partly++;
            }
            if (words > 0 && trans * 2 > words) {
                transposed++;
            }
        }
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("moves", moves.size());
        q.put("aligned", aligned);
        q.put("partly", partly);
        q.put("transposed", transposed);
        q.put("mean_share", moves.isEmpty() ? 0 : shareSum / moves.size());
        return q;
    }

    private static int indexOf(List<Witness> ws, String name) {
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
