package org.wirecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.classify.Kind;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;

/** The "move" entries of a gen.py gold.json, and how Wirecheck handled them. */
final class Moves {

    /**
     * One moved paragraph: where it stands in the moved copy (keys[0]) and in copy_000 (keys[1]). Offsets are Java
     * String indexes (gen.py's Python indexes are the same: its seeds are all in the BMP).
     */
    record Move(String id, String movedFile, int movedAt, int movedEnd, String baseFile, int baseAt, int baseEnd) {
    }

    private Moves() {
    }

    static List<Move> read(Path gold) throws IOException {
        List<Move> out = new ArrayList<>();
        if (gold == null) {
            return out;
        }
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        for (JsonNode e : root.get("entries")) {
            if (!"move".equals(e.path("change").asText())) {
                continue;
            }
            JsonNode moved = e.get("keys").get(0);
            JsonNode base = e.get("keys").get(1);
            int ma = moved.get("at").asInt();
            int ba = base.get("at").asInt();
            out.add(new Move(e.get("id").asText(), moved.get("file").asText(), ma, ma + moved.get("text").asText()
                    .length(), base.get("file").asText(), ba, ba + base.get("text").asText().length()));
        }
        return out;
    }

    /**
     * Moves Wirecheck handled well: no OMISSION or ADDITION discrepancy lists the moved copy's moved paragraph as a
     * minority reading (the rule of src/bench/quality.py).
     */
    static int handledByWirecheck(List<Move> moves, Comparison c) {
        Set<Kind> gaps = Set.of(Kind.OMISSION, Kind.ADDITION);
        int ok = 0;
        for (Move m : moves) {
            String wid = c.copies().stream().filter(cp -> cp.witness().name().equals(m.movedFile())).map(Copy::id)
                    .findFirst().orElse(null);
            boolean asGap = false;
            for (Discrepancy d : c.discrepancies()) {
                if (!gaps.contains(d.kind())) {
                    continue;
                }
                List<Reading> rs = d.readings();
                for (int r = 1; r < rs.size() && !asGap; r++) {
                    for (Location loc : rs.get(r).locations()) {
                        if (loc.witnessId().equals(wid) && loc.start() < m.movedEnd() && loc.end() > m.movedAt()) {
                            asGap = true;
                            break;
                        }
                    }
                }
                if (asGap) {
                    break;
                }
            }
            if (!asGap) {
                ok++;
            }
        }
        return ok;
    }
}
