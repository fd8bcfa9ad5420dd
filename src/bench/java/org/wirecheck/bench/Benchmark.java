package org.wirecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Wirecheck's benchmark, one command from the repository root:
 *
 * <pre>mvn -B -q -Pbench -DskipTests package exec:exec</pre>
 *
 * <p>Generates the corpora with src/bench/gen.py, then per size: the end-to-end command
 * ({@code ./wirecheck compare --format json --out ...}, JVM start included, median of 3), the engine warm and cold
 * in a child JVM with -Xmx1g ({@link EngineProbe}), CollateX 1.7.1 on the same witnesses in a child JVM with a time
 * limit ({@link CollatexProbe}), and a JFR profile of the engine ({@link ProfileProbe}); writes docs/performance.md
 * and target/bench/results.json. Options (after {@code -Dbench.args="..."}): {@code --only a,b} sizes by name,
 * {@code --limit S} CollateX limit per size (120), {@code --e2e-runs K} (3), {@code --no-collatex},
 * {@code --no-profile}, {@code --no-growth}, {@code --profile-seconds S} (15), {@code --out FILE}, {@code --revision TEXT}.
 */
public final class Benchmark {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String RESULT = "RESULT ";
    static final String COMMAND = "mvn -B -q -Pbench -DskipTests package exec:exec";

    /** Engine targets (warm, ms) of the issue. */
    static final Map<String, Double> TARGET_MS = Map.of("samples", 50.0, "n50-w800", 1000.0, "n100-w1000", 2000.0,
            "n10-w20000", 2000.0, "n5-w50000", 3000.0);
    static final long TARGET_HEAP_MB = 1024;

    /** The main sizes, then the extra steps of the growth series (N doubling at W=1,000; W doubling at N=10). */
    static final List<Corpus> MAIN = List.of(Corpus.samples(), Corpus.generated(20, 2000, true),
            Corpus.generated(50, 800, true), Corpus.generated(100, 1000, true), Corpus.generated(10, 20000, true),
            Corpus.generated(5, 50000, true));
    static final List<Corpus> GROWTH = List.of(Corpus.generated(12, 1000, false), Corpus.generated(25, 1000, false),
            Corpus.generated(50, 1000, false), Corpus.generated(10, 2500, false), Corpus.generated(10, 5000, false),
            Corpus.generated(10, 10000, false));
    static final int[] GROWTH_N = {12, 25, 50, 100};
    static final int GROWTH_N_WORDS = 1000;
    static final int[] GROWTH_W = {2500, 5000, 10000, 20000};
    static final int GROWTH_W_COPIES = 10;

    final Path project = Path.of("").toAbsolutePath();
    final Path work = project.resolve("target/bench");
    final Path corpora = work.resolve("corpora");
    final Path logs = work.resolve("logs");
    double limit = 120;
    int e2eRuns = 3;
    boolean collatex = true;
    boolean profile = true;
    boolean growth = true;
    double profileSeconds = 15;
    Set<String> only;
    Path out = project.resolve("docs/performance.md");
    String engineXmx = "1g";
    String collatexXmx = "8g";
    final List<String> load = new ArrayList<>();
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath;
    /** What was measured: the git commit (and whether src/main had uncommitted changes), or --revision TEXT. */
    String revision;

    public static void main(String[] argv) throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : argv) {
            args.addAll(Arrays.stream(a.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        }
        if (!args.isEmpty() && args.get(0).equals("--child")) {
            child(args.subList(1, args.size()));
            return;
        }
        Benchmark b = new Benchmark();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--only" -> b.only = new LinkedHashSet<>(Arrays.asList(args.get(++i).split(",")));
                case "--limit" -> b.limit = Double.parseDouble(args.get(++i));
                case "--e2e-runs" -> b.e2eRuns = Integer.parseInt(args.get(++i));
                case "--no-collatex" -> b.collatex = false;
                case "--no-profile" -> b.profile = false;
                case "--no-growth" -> b.growth = false;
                case "--profile-seconds" -> b.profileSeconds = Double.parseDouble(args.get(++i));
                case "--out" -> b.out = b.project.resolve(args.get(++i));
                case "--revision" -> {
                    StringBuilder text = new StringBuilder(args.get(++i));
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        text.append(' ').append(args.get(++i));
                    }
                    b.revision = text.toString();
                }
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        b.runAll();
    }

    /** Child JVM modes: engine, collatex, profile. Prints one line "RESULT {json}". */
    private static void child(List<String> a) throws Exception {
        Path folder = Path.of(a.get(1));
        Path gold = a.get(2).equals("-") ? null : Path.of(a.get(2));
        Map<String, Object> r = switch (a.get(0)) {
            case "engine" -> EngineProbe.run(folder, gold);
            case "collatex" -> CollatexProbe.run(folder, gold, Double.parseDouble(a.get(3)));
            case "profile" -> ProfileProbe.run(folder, Path.of(a.get(3)), Double.parseDouble(a.get(4)));
            default -> throw new IllegalArgumentException(a.get(0));
        };
        System.out.println(RESULT + new ObjectMapper().writeValueAsString(r));
        System.out.flush();
        Runtime.getRuntime().halt(0); // a timed-out CollateX thread must not keep the JVM alive
    }

    void runAll() throws Exception {
        long started = System.nanoTime();
        if (!Files.isExecutable(project.resolve("wirecheck"))) {
            throw new IllegalStateException("run from the repository root (no ./wirecheck in " + project + ")");
        }
        Files.createDirectories(corpora);
        Files.createDirectories(logs);
        if (revision == null) {
            revision = gitRevision();
        }
        classpath = snapshotClasspath();
        freezeApp();
        List<Corpus> sizes = new ArrayList<>(MAIN);
        if (growth) {
            sizes.addAll(GROWTH);
        }
        if (only != null) {
            sizes.removeIf(c -> !only.contains(c.name()));
        }
        List<Row> rows = new ArrayList<>();
        for (Corpus c : sizes) {
            log("generating " + c.name());
            c.generate(project, corpora);
        }
        for (Corpus c : sizes) {
            load.add(loadAverage());
            Row row = new Row(c);
            rows.add(row);
            Path folder = c.folder(project, corpora);
            Path gold = c.gold(project, corpora);
            String goldArg = gold == null ? "-" : gold.toString();
            if (c.main()) {
                row.e2e = endToEnd(c, Corpus.files(folder));
                log(c.name() + " e2e " + row.e2e);
            }
            row.engine = child(c.name() + ".engine", List.of("-Xmx" + engineXmx),
                    List.of("engine", folder.toString(), goldArg), 1800);
            if (row.engine.containsKey("failed") && String.valueOf(row.engine.get("stderr")).contains("OutOfMemory")) {
                log(c.name() + " engine ran out of " + engineXmx + "; again with -Xmx8g");
                row.engine = child(c.name() + ".engine-8g", List.of("-Xmx8g"),
                        List.of("engine", folder.toString(), goldArg), 1800);
                row.engine.put("over_xmx", engineXmx);
            }
            log(c.name() + " engine " + brief(row.engine));
            if (collatex) {
                row.collatex = child(c.name() + ".collatex", List.of("-Xmx" + collatexXmx),
                        List.of("collatex", folder.toString(), goldArg, Double.toString(limit)), limit * 2 + 60);
                log(c.name() + " collatex " + brief(row.collatex));
            }
            if (profile && c.main()) {
                Path jfr = work.resolve("profiles/" + c.name() + ".jfr");
                Files.createDirectories(jfr.getParent());
                row.profile = child(c.name() + ".profile",
                        List.of("-Xmx" + engineXmx, "-XX:FlightRecorderOptions=stackdepth=512"),
                        List.of("profile", folder.toString(), "-", jfr.toString(), Double.toString(profileSeconds)),
                        900);
                log(c.name() + " profile " + row.profile.get("samples") + " samples");
            }
            JSON.writeValue(work.resolve("results.json").toFile(), rows.stream().map(Row::asMap).toList());
        }
        load.add(loadAverage());
        double minutes = (System.nanoTime() - started) / 6e10;
        String md = new Report(this, rows, minutes).markdown();
        Files.createDirectories(out.getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        log("wrote " + project.relativize(out) + " and target/bench/results.json in "
                + String.format("%.1f", minutes) + " min");
    }

    /** One size's results (maps as the child JVMs reported them). */
    static final class Row {
        final Corpus corpus;
        Map<String, Object> e2e;
        Map<String, Object> engine;
        Map<String, Object> collatex;
        Map<String, Object> profile;

        Row(Corpus corpus) {
            this.corpus = corpus;
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("size", corpus.name());
            m.put("copies", corpus.copies());
            m.put("words", corpus.words());
            m.put("e2e", e2e);
            m.put("engine", engine);
            m.put("collatex", collatex);
            m.put("profile", profile);
            return m;
        }
    }

    /**
     * The command as a user runs it, JVM start included: the project's {@code ./wirecheck} script run from a frozen
     * copy ({@link #freezeApp()}), one untimed call first (it fills the file cache), then {@link #e2eRuns} timed
     * calls; a call that built the jar is not counted and is repeated.
     */
    Map<String, Object> endToEnd(Corpus c, List<Path> files) throws IOException, InterruptedException {
        Map<String, Object> r = new LinkedHashMap<>();
        Path app = work.resolve("app");
        Path report = work.resolve("e2e-" + c.name() + ".json");
        Path timeFile = work.resolve("e2e-" + c.name() + ".time");
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> cmd = new ArrayList<>();
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", timeFile.toString()));
        }
        cmd.addAll(List.of("./wirecheck", "compare", "--format", "json", "--out", report.toString()));
        files.forEach(f -> cmd.add(f.toAbsolutePath().toString()));
        Path err = logs.resolve(c.name() + ".e2e.err");
        List<Double> seconds = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int attempts = 0;
        int rebuilt = 0;
        boolean first = true;
        while (seconds.size() < e2eRuns && attempts < e2eRuns + 4) {
            attempts++;
            Files.deleteIfExists(report);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(app.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            int code = p.waitFor();
            double s = (System.nanoTime() - t0) / 1e9;
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (code != 0) {
                r.put("failed", "exit " + code + ": " + tail(stderr));
                return r;
            }
            if (stderr.contains("wirecheck: rebuilding") || stderr.contains("wirecheck: building")) {
                rebuilt++;
                continue;
            }
            if (first) {
                first = false;
                continue;
            }
            seconds.add(s);
            if (gnuTime) {
                String[] t = Files.readString(timeFile).trim().split("\\s+");
                int n = t.length;
                rss.add(Double.parseDouble(t[n - 3]) / 1024);
                cpu.add(Double.parseDouble(t[n - 2]) + Double.parseDouble(t[n - 1]));
            }
        }
        r.put("runs", seconds.size());
        r.put("seconds", Stats.median(seconds));
        r.put("all_seconds", seconds);
        r.put("rss_mb", rss.isEmpty() ? null : Stats.median(rss));
        r.put("cpu_s", cpu.isEmpty() ? null : Stats.median(cpu));
        r.put("rebuilds_skipped", rebuilt);
        if (Files.exists(report)) {
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            r.put("discrepancies", json.path("discrepancies").size());
        }
        return r;
    }

    /**
     * Runs a child JVM with a time limit; its last "RESULT" line, or {failed|killed, stderr}. A child ended by a
     * signal it did not ask for (exit 137 or 143: something else on the shared machine killed it) is run once more.
     */
    Map<String, Object> child(String tag, List<String> jvm, List<String> args, double timeoutSeconds)
            throws IOException, InterruptedException {
        Map<String, Object> r = childOnce(tag, jvm, args, timeoutSeconds);
        Object exit = r.get("exit");
        if (Boolean.TRUE.equals(r.get("failed")) && (Integer.valueOf(137).equals(exit)
                || Integer.valueOf(143).equals(exit))) {
            log(tag + " was killed from outside (exit " + exit + "); running it again");
            r = childOnce(tag, jvm, args, timeoutSeconds);
            r.put("retried", true);
        }
        return r;
    }

    private Map<String, Object> childOnce(String tag, List<String> jvm, List<String> args, double timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", classpath, Benchmark.class.getName(), "--child"));
        cmd.addAll(args);
        Path stdout = logs.resolve(tag + ".out");
        Path stderr = logs.resolve(tag + ".err");
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        Map<String, Object> r = new LinkedHashMap<>();
        if (!p.waitFor((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            r.put("killed", true);
            r.put("timeout", true);
            return r;
        }
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(RESULT)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> parsed = new ObjectMapper().readValue(lines.get(i).substring(RESULT.length()),
                        LinkedHashMap.class);
                return parsed;
            }
        }
        r.put("failed", true);
        r.put("exit", p.exitValue());
        r.put("stderr", tail(Files.readString(stderr, StandardCharsets.UTF_8)));
        return r;
    }

    /**
     * The child JVMs run from a copy of the compiled classes, so that a build started by someone else during the
     * run (the engine is edited concurrently) cannot mix two versions of the engine in one measurement.
     */
    private String snapshotClasspath() throws IOException {
        Path snap = work.resolve("classpath");
        if (Files.exists(snap)) {
            try (Stream<Path> s = Files.walk(snap)) {
                for (Path p : s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            if (Files.isDirectory(p)) {
                Path copy = snap.resolve(Integer.toString(i++));
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.toList()) {
                        Path target = copy.resolve(p.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                entries.add(copy.toString());
            } else {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * A frozen copy of the command: {@code target/bench/app/wirecheck} (the project's script) with the jar built
     * by this run's {@code mvn -Pbench package} as its {@code target/wirecheck-all.jar}, and no sources beside it,
     * so the script never rebuilds while others edit src/main (a rebuild in the middle of a timed run, or one that
     * fails on someone's unfinished file, would say nothing about Wirecheck's speed).
     */
    private void freezeApp() throws IOException {
        Path jar = Path.of(System.getProperty("bench.jar", project.resolve("target/wirecheck-all.jar").toString()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -B -q -Pbench -DskipTests package exec:exec");
        }
        Path app = work.resolve("app");
        Files.createDirectories(app.resolve("src/main"));
        Files.createDirectories(app.resolve("target"));
        Files.copy(project.resolve("wirecheck"), app.resolve("wirecheck"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.deleteIfExists(app.resolve("pom.xml"));
        // copied after src/main was made, so the script sees a jar newer than its (empty) sources
        Files.copy(jar, app.resolve("target/wirecheck-all.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(app.resolve("target/wirecheck-all.jar"),
                FileTime.from(Instant.now().plusSeconds(5)));
    }

    private String gitRevision() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            String changed = git("status", "--porcelain", "--", "src/main");
            long n = changed.lines().filter(l -> !l.isBlank()).count();
            return "commit " + head + (n == 0 ? "" : " with " + n + " uncommitted change(s) in src/main");
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "unknown (no git)";
        }
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", project.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IOException("git failed");
        }
        return out;
    }

    /** The 1-minute load average (others' builds share this machine), or "?" where unknown. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String brief(Map<String, Object> m) {
        String s = m.toString();
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 600 ? "..." + t.substring(t.length() - 600) : t;
    }

    static void log(String s) {
        System.out.println("bench " + Instant.now().toString().substring(11, 19) + " " + s);
        System.out.flush();
    }
}
