package org.wirecheck.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Options;
import org.wirecheck.text.Witness;

/**
 * Child JVM (started with a deep JFR stack depth): warm-up runs of the engine, then a JFR recording of
 * {@code jdk.ExecutionSample} (every 10 ms per running thread) over repeated {@link Comparer#compare} runs; the
 * recording is kept and summarised three ways: the top frame of each sample (self time), the innermost Wirecheck
 * method on the stack (library and JDK time charged to the Wirecheck method that called it), and every Wirecheck
 * method on the stack (inclusive time, each method counted once per sample).
 */
final class ProfileProbe {

    private static final String OWN = "org.wirecheck.";
    private static final String BENCH = "org.wirecheck.bench.";
    private static final int TOP = 12;

    private ProfileProbe() {
    }

    static Map<String, Object> run(Path folder, Path jfr, double seconds) throws Exception {
        List<Witness> ws = EngineProbe.load(folder);
        Options options = Options.defaults();
        long start = System.nanoTime();
        int warm = 0;
        while (warm < 3 || (System.nanoTime() - start < 3_000_000_000L && warm < 40)) {
            Comparer.compare(ws, options);
            warm++;
        }
        int runs = 0;
        try (Recording rec = new Recording(Configuration.getConfiguration("profile"))) {
            rec.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            rec.start();
            start = System.nanoTime();
            while (runs < 3 || System.nanoTime() - start < (long) (seconds * 1e9)) {
                Comparer.compare(ws, options);
                runs++;
            }
            rec.stop();
            rec.dump(jfr);
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            if (frames.stream().map(ProfileProbe::name).noneMatch(n -> n.startsWith(OWN) && !n.startsWith(BENCH))) {
                continue; // not the engine (JFR's own threads, the benchmark's)
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            boolean innermost = true;
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (!n.startsWith(OWN) || n.startsWith(BENCH) || n.contains("$$Lambda")) {
                    continue;
                }
                if (innermost) {
                    own.merge(n, 1, Integer::sum);
                    innermost = false;
                }
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("warmups", warm);
        r.put("runs", runs);
        r.put("seconds", (System.nanoTime() - start) / 1e9);
        r.put("samples", samples);
        r.put("self", top(self));
        r.put("own", top(own));
        r.put("inclusive", top(inclusive));
        r.put("jfr", jfr.toString());
        return r;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static Map<String, Integer> top(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
