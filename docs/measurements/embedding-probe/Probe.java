package probe;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

public class Probe {
    static double ms(long ns) { return ns / 1e6; }

    static List<String> sentences() throws Exception {
        List<String> out = new ArrayList<>();
        for (String s : new String[]{"sents-court-imran-khan-2023.tsv", "sents-derail-kansas-2016.tsv", "sents-haaland-fulham.tsv"})
            for (String l : Files.readAllLines(Path.of(s), StandardCharsets.UTF_8)) out.add(l.split("\t", 2)[1]);
        return out;
    }

    static String rss() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status")))
            if (l.startsWith("VmRSS")) return l.replaceAll("\\s+", " ");
        return "?";
    }

    public static void main(String[] a) throws Exception {
        String mode = a.length > 0 ? a[0] : "speed";
        if (mode.equals("speed")) speed(); else if (mode.equals("align")) align(); else pairs();
    }

    static void speed() throws Exception {
        List<String> sents = sentences();
        List<String> s300 = sents.subList(0, 300);
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel();
        long t1 = System.nanoTime();
        m.embed("A passenger train derailed overnight in a rural area of southwestern Kansas.");
        long t2 = System.nanoTime();
        long heapRaw = rt.totalMemory() - rt.freeMemory();
        System.gc(); Thread.sleep(200);
        long heapGc = rt.totalMemory() - rt.freeMemory();
        System.out.printf("construct_ms=%.1f first_embed_ms=%.1f cold_total_ms=%.1f%n", ms(t1 - t0), ms(t2 - t1), ms(t2 - t0));
        System.out.printf("heap_after_load_MiB=%.1f heap_after_load_gc_MiB=%.1f total_heap_MiB=%.1f %s%n",
                heapRaw / 1048576.0, heapGc / 1048576.0, rt.totalMemory() / 1048576.0, rss());
        // warm-up
        for (String s : sents.subList(0, 100)) m.embed(s);
        // warm loop, one sentence at a time
        long t3 = System.nanoTime();
        for (String s : s300) m.embed(s);
        long t4 = System.nanoTime();
        System.out.printf("warm_single_300_total_ms=%.1f per_sentence_ms=%.2f%n", ms(t4 - t3), ms(t4 - t3) / 300);
        // batch (embedAll, library's own executor)
        List<TextSegment> segs = s300.stream().map(TextSegment::from).collect(Collectors.toList());
        long t5 = System.nanoTime();
        m.embedAll(segs);
        long t6 = System.nanoTime();
        System.out.printf("warm_embedAll_300_total_ms=%.1f per_sentence_ms=%.2f%n", ms(t6 - t5), ms(t6 - t5) / 300);
        // 2000-sentence batch (the 50 copies x 800 words case)
        List<TextSegment> s2000 = new ArrayList<>();
        while (s2000.size() < 2000) for (String s : sents) { if (s2000.size() < 2000) s2000.add(TextSegment.from(s)); }
        long t7 = System.nanoTime();
        m.embedAll(s2000);
        long t8 = System.nanoTime();
        System.out.printf("warm_embedAll_2000_total_ms=%.1f per_sentence_ms=%.2f%n", ms(t8 - t7), ms(t8 - t7) / 2000);
        System.out.printf("avg_words_per_sentence_300=%.1f%n", s300.stream().mapToInt(s -> s.split("\\s+").length).average().orElse(0));
        System.out.println("final " + rss());
    }

    // ---- pairs ----
    static final Set<String> STOP = new HashSet<>(Arrays.asList((
            "a an the and or but if of to in on at by for from with without as into onto over under about after before " +
            "is are was were be been being has have had do does did will would can could should may might must shall " +
            "it its it's this that these those he she they them his her their him we us our you your i me my " +
            "not no nor so than then there here when where which who whom whose what why how all any both each " +
            "more most other some such only own same too very just also s t said says say told up down out off again further once"
    ).split(" ")));

    static Set<String> content(String s) {
        Set<String> w = new HashSet<>();
        for (String t : s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^a-z0-9']+")) {
            t = t.replaceAll("^'+|'+$", "");
            if (t.endsWith("'s")) t = t.substring(0, t.length() - 2);
            if (!t.isEmpty() && !STOP.contains(t)) w.add(t);
        }
        return w;
    }

    static double dice(String a, String b) {
        Set<String> x = content(a), y = content(b);
        if (x.isEmpty() && y.isEmpty()) return 0;
        Set<String> i = new HashSet<>(x); i.retainAll(y);
        return 2.0 * i.size() / (x.size() + y.size());
    }

    static double cos(float[] u, float[] v) {
        double d = 0, nu = 0, nv = 0;
        for (int k = 0; k < u.length; k++) { d += u[k] * v[k]; nu += u[k] * u[k]; nv += v[k] * v[k]; }
        return d / Math.sqrt(nu * nv);
    }

    record Pair(String label, String ida, String idb, String a, String b, double cos, double dice) {}

    static void pairs() throws Exception {
        EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Pair> ps = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("pairs.tsv"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            float[] ea = m.embed(f[3]).content().vector(), eb = m.embed(f[4]).content().vector();
            ps.add(new Pair(f[0], f[1], f[2], f[3], f[4], cos(ea, eb), dice(f[3], f[4])));
        }
        System.out.println("label\tcosine\tdice\tidA\tidB\ttextA | textB");
        for (Pair p : ps)
            System.out.printf("%s\t%.3f\t%.3f\t%s\t%s\t%s | %s%n", p.label, p.cos, p.dice, p.ida, p.idb, cut(p.a), cut(p.b));
        System.out.println();
        for (String lab : List.of("P", "C", "D")) {
            for (String metric : List.of("cosine", "dice")) {
                double[] v = ps.stream().filter(p -> p.label.equals(lab)).mapToDouble(p -> metric.equals("cosine") ? p.cos : p.dice).sorted().toArray();
                System.out.printf("%s %-6s n=%d min=%.3f median=%.3f max=%.3f%n", lab, metric, v.length, v[0], median(v), v[v.length - 1]);
            }
        }
        System.out.println();
        for (String metric : List.of("cosine", "dice")) {
            sep(ps, metric, "P", "D");
            sep(ps, metric, "P", "C");
            sep(ps, metric, "C", "D");
        }
    }

    // For each P/C pair (aligned counterparts) and each direction: is the partner the top-1 match
    // among ALL sentences of the partner's copy? cosine vs dice.
    static void align() throws Exception {
        EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Map<String, String> text = new LinkedHashMap<>();
        for (String f : new String[]{"sents-court-imran-khan-2023.tsv", "sents-derail-kansas-2016.tsv", "sents-haaland-fulham.tsv"})
            for (String l : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) { String[] x = l.split("\t", 2); text.put(x[0], x[1]); }
        Map<String, float[]> emb = new HashMap<>();
        for (var e : text.entrySet()) emb.put(e.getKey(), m.embed(e.getValue()).content().vector());
        int[] okCos = new int[2], okDice = new int[2], n = new int[2];
        List<String> misses = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("pairs.tsv"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            if (f[0].equals("D")) continue;
            int k = f[0].equals("P") ? 0 : 1;
            for (int dir = 0; dir < 2; dir++) {
                String q = dir == 0 ? f[1] : f[2], gold = dir == 0 ? f[2] : f[1];
                String copy = gold.split("#")[0];
                String bestC = null, bestD = null; double bc = -2, bd = -2;
                for (String id : text.keySet()) {
                    if (!id.split("#")[0].equals(copy)) continue;
                    double c = cos(emb.get(q), emb.get(id)), d = dice(text.get(q), text.get(id));
                    if (c > bc) { bc = c; bestC = id; }
                    if (d > bd) { bd = d; bestD = id; }
                }
                n[k]++;
                if (gold.equals(bestC)) okCos[k]++;
                if (gold.equals(bestD)) okDice[k]++;
                if (!gold.equals(bestC) || !gold.equals(bestD))
                    misses.add(String.format("%s %s -> gold %s | cosine picks %s%s | dice picks %s%s", f[0], q, gold,
                            bestC, gold.equals(bestC) ? " (ok)" : "", bestD, gold.equals(bestD) ? " (ok)" : ""));
            }
        }
        System.out.printf("top-1 counterpart retrieval, P pairs (both directions, n=%d): cosine %d/%d, dice %d/%d%n", n[0], okCos[0], n[0], okDice[0], n[0]);
        System.out.printf("top-1 counterpart retrieval, C pairs (both directions, n=%d): cosine %d/%d, dice %d/%d%n", n[1], okCos[1], n[1], okDice[1], n[1]);
        misses.forEach(System.out::println);
    }

    static String cut(String s) { return s.length() > 90 ? s.substring(0, 90) + "…" : s; }

    static double median(double[] v) { int n = v.length; return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2; }

    // best threshold: predict `hi` if score >= t
    static void sep(List<Pair> ps, String metric, String hi, String lo) {
        List<double[]> pts = new ArrayList<>(); // score, isHi
        for (Pair p : ps) {
            if (!p.label.equals(hi) && !p.label.equals(lo)) continue;
            pts.add(new double[]{metric.equals("cosine") ? p.cos : p.dice, p.label.equals(hi) ? 1 : 0});
        }
        int n = pts.size();
        double[] cands = pts.stream().mapToDouble(x -> x[0]).sorted().distinct().toArray();
        int bestErr = Integer.MAX_VALUE; double bestT = 0;
        List<Double> ts = new ArrayList<>();
        for (double c : cands) ts.add(c);
        ts.add(cands[cands.length - 1] + 1e-6);
        for (double t : ts) {
            int err = 0;
            for (double[] x : pts) if ((x[0] >= t) != (x[1] == 1)) err++;
            if (err < bestErr) { bestErr = err; bestT = t; }
        }
        // AUC
        long gt = 0, eq = 0, tot = 0;
        for (double[] x : pts) if (x[1] == 1) for (double[] y : pts) if (y[1] == 0) { tot++; if (x[0] > y[0]) gt++; else if (x[0] == y[0]) eq++; }
        System.out.printf("%-6s %s vs %s: best threshold %.3f -> %d/%d errors (%.1f%%), AUC=%.3f%n",
                metric, hi, lo, bestT, bestErr, n, 100.0 * bestErr / n, (gt + 0.5 * eq) / tot);
    }
}
