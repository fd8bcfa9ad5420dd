package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/**
 * Checks a comparison against facts a fact-checker expects, the way ../shared/eval/score.py does: a fact is found
 * when one discrepancy has, for every key, a reading in that key's file whose span overlaps an occurrence of the key
 * text (an empty span touching it counts) and is at most max(60, 3 x key length) characters long.
 */
final class Facts {

    /** A key's text in a file; {@code at} names the occurrence meant, or is -1 for any. */
    record Key(String file, String text, int at) {
        Key(String file, String text) {
            this(file, text, -1);
        }
    }

    record Fact(String id, Kind kind, List<Key> keys) {
    }

    /** {@code realTopN}: how many of the first n items (n = substantive facts) match a fact (R-precision). */
    record Score(int found, int foundTopK, int total, int styleAboveLow, List<String> missed, int realTopN) {
        double recall() {
            return (double) found / total;
        }

        double rPrecision() {
            return (double) realTopN / total;
        }

        double recallAtK() {
            return (double) foundTopK / total;
        }
    }

    static Fact fact(String id, Kind kind, String... fileTextPairs) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < fileTextPairs.length; i += 2) {
            keys.add(new Key(fileTextPairs[i], fileTextPairs[i + 1]));
        }
        return new Fact(id, kind, keys);
    }

    /**
     * The entries of a gold file in the shared scorer's format ({@code ../shared/eval/.../gold.json}): a list of
     * entries, or an object holding them as "entries".
     */
    static List<Fact> gold(java.nio.file.Path file) throws java.io.IOException {
        List<Fact> out = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(file.toFile());
        for (com.fasterxml.jackson.databind.JsonNode e : root.has("entries") ? root.get("entries") : root) {
            List<Key> keys = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode k : e.get("keys")) {
                keys.add(new Key(k.get("file").asText(), k.get("text").asText(),
                        k.has("at") ? k.get("at").asInt() : -1));
            }
            Kind kind = e.get("kind").asText().equals("MEANING") ? Kind.WORDING : Kind.valueOf(e.get("kind").asText());
            out.add(new Fact(e.get("id").asText(), kind, keys));
        }
        return out;
    }

    /** The copies of a story folder (its .txt files, sorted) compared and scored against its gold.json. */
    static Score scoreFolder(java.nio.file.Path folder) throws java.io.IOException,
            org.wirecheck.ingest.LoadException {
        List<org.wirecheck.text.Witness> witnesses = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                witnesses.add(org.wirecheck.ingest.Loader.load(p));
            }
        }
        return score(Comparer.compare(witnesses, Options.defaults()), gold(folder.resolve("gold.json")));
    }

    static Score score(Comparison c, List<Fact> facts) {
        Map<String, String> text = new java.util.HashMap<>();
        Map<String, String> fileOf = new java.util.HashMap<>();
        for (Copy copy : c.copies()) {
            text.put(copy.witness().name(), copy.witness().text());
            fileOf.put(copy.id(), copy.witness().name());
        }
        List<Fact> substantive = facts.stream().filter(f -> f.kind() != Kind.STYLE).toList();
        int k = 2 * substantive.size();
        int found = 0;
        int top = 0;
        List<String> missed = new ArrayList<>();
        for (Fact f : substantive) {
            int at = indexOf(c, f, text, fileOf);
            if (at < 0) {
                missed.add(f.id());
            } else {
                found++;
                top += at < k ? 1 : 0;
            }
        }
        int styleHigh = 0;
        for (Fact f : facts) {
            if (f.kind() == Kind.STYLE) {
                int at = indexOf(c, f, text, fileOf);
                if (at >= 0 && c.discrepancies().get(at).severity() != Severity.LOW) {
                    styleHigh++;
                }
            }
        }
        int realTopN = 0;
        for (int i = 0; i < Math.min(substantive.size(), c.discrepancies().size()); i++) {
            Discrepancy d = c.discrepancies().get(i);
            realTopN += substantive.stream().anyMatch(f -> f.keys().stream()
                    .allMatch(key -> hit(d, key, text.get(key.file()), fileOf))) ? 1 : 0;
        }
        return new Score(found, top, substantive.size(), styleHigh, missed, realTopN);
    }

    private static int indexOf(Comparison c, Fact f, Map<String, String> text, Map<String, String> fileOf) {
        for (int i = 0; i < c.discrepancies().size(); i++) {
            Discrepancy d = c.discrepancies().get(i);
            boolean all = true;
            for (Key key : f.keys()) {
                all &= hit(d, key, text.get(key.file()), fileOf);
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hit(Discrepancy d, Key key, String text, Map<String, String> fileOf) {
        int limit = Math.max(60, 3 * key.text().length());
        for (Reading r : d.readings()) {
            for (Location l : r.locations()) {
                if (!key.file().equals(fileOf.get(l.witnessId())) || l.end() - l.start() > limit) {
                    continue;
                }
                for (int a = key.at() >= 0 ? key.at() : text.indexOf(key.text()); a >= 0;
                        a = key.at() >= 0 ? -1 : text.indexOf(key.text(), a + 1)) {
                    int b = a + key.text().length();
                    if (l.start() < b && l.end() > a || l.isEmpty() && a <= l.start() && l.start() <= b) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Facts() {
    }
}
