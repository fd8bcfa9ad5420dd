package org.wirecheck.bench;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Options;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.text.Witness;

/**
 * Child JVM: the engine on one corpus. Loads the copies with {@link Loader#load}, runs {@link Comparer#compare}
 * once cold, then warm-up runs, then the measured runs (median reported), watching the heap.
 */
final class EngineProbe {

    /** Warm-up: at least this many runs and at least {@link #WARMUP_NANOS}, at most {@link #MAX_WARMUP} runs. */
    static final int MIN_WARMUP = 3;
    static final long WARMUP_NANOS = 4_000_000_000L;
    static final int MAX_WARMUP = 40;
    /** Measured: at least this many runs and at least {@link #MEASURE_NANOS}, at most {@link #MAX_RUNS} runs. */
    static final int MIN_RUNS = 5;
    static final long MEASURE_NANOS = 4_000_000_000L;
    static final int MAX_RUNS = 30;

    private EngineProbe() {
    }

    static List<Witness> load(Path folder) throws Exception {
        List<Witness> out = new ArrayList<>();
        for (Path p : Corpus.files(folder)) {
            try {
                out.add(Loader.load(p));
            } catch (LoadException e) {
                System.err.println("bench: " + p + ": " + e.getMessage());
            }
        }
        return out;
    }

    static Map<String, Object> run(Path folder, Path gold) throws Exception {
        List<Witness> ws = load(folder);
        Options options = Options.defaults();
        HeapWatch heap = new HeapWatch();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("files", ws.size());
        r.put("chars", ws.stream().mapToLong(w -> w.text().length()).sum());
        r.put("xmx_mb", HeapWatch.maxHeap() >> 20);

        heap.reset();
        long t0 = System.nanoTime();
        long cpu0 = HeapWatch.processCpuNanos();
        Comparison c = Comparer.compare(ws, options);
        r.put("cold_ms", (System.nanoTime() - t0) / 1e6);
        r.put("cold_cpu_ms", (HeapWatch.processCpuNanos() - cpu0) / 1e6);
        r.put("cold_peak_mb", heap.peakUsed() / 1048576.0);

        long blackhole = 0;
        int warm = 0;
        long start = System.nanoTime();
        while (warm < MIN_WARMUP || (System.nanoTime() - start < WARMUP_NANOS && warm < MAX_WARMUP)) {
            blackhole += Comparer.compare(ws, options).discrepancies().size();
            warm++;
        }
        r.put("warmups", warm);

        System.gc();
        heap.reset();
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        start = System.nanoTime();
        while (times.size() < MIN_RUNS || (System.nanoTime() - start < MEASURE_NANOS && times.size() < MAX_RUNS)) {
            long t = System.nanoTime();
            long tc = HeapWatch.processCpuNanos();
            c = Comparer.compare(ws, options);
            times.add((System.nanoTime() - t) / 1e6);
            cpu.add((HeapWatch.processCpuNanos() - tc) / 1e6);
            blackhole += c.discrepancies().size();
        }
        long peak = heap.peakUsed();
        Thread.sleep(300); // GC notifications arrive on their own thread
        r.put("runs", times.size());
        r.put("warm_ms", Stats.median(times));
        r.put("warm_cpu_ms", Stats.median(cpu));
        r.put("warm_min_ms", times.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        r.put("warm_max_ms", times.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        r.put("peak_mb", peak / 1048576.0);
        r.put("after_gc_mb", heap.maxAfterGc() / 1048576.0);
        r.put("gc_count", heap.gcCount());
        r.put("gc_ms", heap.gcMillis());
        r.put("measured_ms", times.stream().mapToDouble(Double::doubleValue).sum());
        // what one comparison keeps: the heap after a full collection with the input and the result still held
        System.gc();
        System.gc();
        r.put("retained_mb", HeapWatch.heapUsedNow() / 1048576.0);
        Reference.reachabilityFence(c);
        Reference.reachabilityFence(ws);

        r.put("discrepancies", c.discrepancies().size());
        Map<String, Integer> kinds = new TreeMap<>();
        for (Discrepancy d : c.discrepancies()) {
            kinds.merge(d.kind().name(), 1, Integer::sum);
        }
        r.put("kinds", kinds);
        r.put("same_story", c.sameStory());
        r.put("words", c.copies().stream().mapToInt(Copy::words).sum());
        List<Moves.Move> moves = Moves.read(gold);
        r.put("moves", moves.size());
        r.put("moves_ok", Moves.handledByWirecheck(moves, c));
        r.put("blackhole", blackhole);
        return r;
    }
}
