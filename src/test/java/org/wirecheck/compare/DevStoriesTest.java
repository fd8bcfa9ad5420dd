package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.text.Witness;

/**
 * The real stories of {@code ../shared/eval/dev/} (read from there, never copied), scored as
 * {@code ../shared/eval/score.py} scores them: a gold entry is found when one discrepancy has, for every key, a
 * location in the key's file overlapping an occurrence of the key's text and at most max(60, 3 x its length) long.
 *
 * <p>The floors are what the engine reaches today, so that no later change loses them silently; the targets of
 * the real-stories issue (recall 0.90, R-precision 0.60) are higher and not reached yet. Skipped where the shared
 * folder is absent.
 */
class DevStoriesTest {

    private static final Path DEV = Path.of("..", "shared", "eval", "dev");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "court-imran-khan-2023, 0.45, 0.08",
        "derail-kansas-2016,    0.30, 0.20",
        "haaland-fulham,        0.30, 0.10"
    })
    void keepsItsFloors(String story, double recallFloor, double precisionFloor) throws IOException, LoadException {
        Path folder = DEV.resolve(story);
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("gold.json")), "no " + folder);
        List<Witness> witnesses = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Witness w = Loader.load(p);
                witnesses.add(w);
                texts.put(p.getFileName().toString(), w.text());
            }
        }
        Comparison c = Comparer.compare(witnesses, Options.defaults());
        Map<String, String> fileOf = new HashMap<>();
        c.copies().forEach(copy -> fileOf.put(copy.id(), Path.of(copy.witness().name()).getFileName().toString()));
        JsonNode gold = new ObjectMapper().readTree(folder.resolve("gold.json").toFile());
        int substantive = 0;
        int found = 0;
        boolean[] real = new boolean[c.discrepancies().size()];
        for (JsonNode entry : gold) {
            if (entry.get("kind").asText().equals("STYLE")) {
                continue;
            }
            substantive++;
            boolean hit = false;
            for (int i = 0; i < real.length; i++) {
                if (covers(c.discrepancies().get(i), entry.get("keys"), texts, fileOf)) {
                    real[i] = true;
                    hit = true;
                }
            }
            found += hit ? 1 : 0;
        }
        int top = 0;
        for (int i = 0; i < Math.min(substantive, real.length); i++) {
            top += real[i] ? 1 : 0;
        }
        assertThat((double) found / substantive).as(story + " recall").isGreaterThanOrEqualTo(recallFloor);
        assertThat((double) top / substantive).as(story + " R-precision").isGreaterThanOrEqualTo(precisionFloor);
    }

    private static boolean covers(Discrepancy d, JsonNode keys, Map<String, String> texts, Map<String, String> fileOf) {
        for (JsonNode key : keys) {
            String file = key.get("file").asText();
            String text = key.get("text").asText();
            List<int[]> occurrences = new ArrayList<>();
            if (key.has("at")) {
                occurrences.add(new int[] {key.get("at").asInt(), key.get("at").asInt() + text.length()});
            } else {
                String t = texts.get(file);
                for (int i = t.indexOf(text); i >= 0; i = t.indexOf(text, i + 1)) {
                    occurrences.add(new int[] {i, i + text.length()});
                }
            }
            int limit = Math.max(60, 3 * text.length());
            boolean hit = false;
            for (Reading r : d.readings()) {
                for (Location l : r.locations()) {
                    if (!file.equals(fileOf.get(l.witnessId())) || l.end() - l.start() > limit) {
                        continue;
                    }
                    for (int[] o : occurrences) {
                        boolean overlap = l.start() < o[1] && l.end() > o[0];
                        boolean touch = l.isEmpty() && o[0] <= l.start() && l.start() <= o[1];
                        hit |= overlap || touch;
                    }
                }
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }
}
