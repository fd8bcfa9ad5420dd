package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.text.Paragraphs;
import org.wirecheck.text.Witness;

/** Small invented stories for engine tests. */
final class Stories {

    /** An invented wire story, one paragraph per line pair. */
    static final List<String> HARBOUR = List.of(
            "Port officials in Valdora said on Monday that the new container terminal would open in March.",
            "The terminal, built by the Kessing Group, can handle 480 ships a year and employs 1,200 workers.",
            "Mayor Ilse Brandt called the project “a turning point for the whole region” at a ceremony on the quay.",
            "Critics argue that the dredging damaged the estuary, where fishermen have worked for generations.",
            "An environmental survey by the Marlow Institute found that eel numbers had fallen by a third.",
            "The company rejected the findings and said it would publish its own data before the summer.",
            "Regional transport minister Paolo Renn is expected to visit the site in Valdora next week.",
            "Shipping lines from Asia have already booked slots for the first six months of operation.");

    static String text(List<String> paragraphs) {
        return Paragraphs.text(paragraphs);
    }

    /** The story with one paragraph's text replaced. */
    static String with(int paragraph, String replacement) {
        return Paragraphs.with(HARBOUR, paragraph, replacement);
    }

    static String without(int paragraph) {
        return Paragraphs.without(HARBOUR, paragraph);
    }

    static List<Witness> copies(String... texts) {
        List<Witness> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Witness("copy" + i + ".txt", "copy" + i + ".txt", texts[i]));
        }
        return out;
    }

    static Comparison compare(String... texts) {
        return Comparer.compare(copies(texts), Options.defaults());
    }

    /** The ids of the copies that lack the passage of d (its empty readings), sorted. */
    static List<String> lacking(Discrepancy d) {
        return d.readings().stream().filter(r -> r.text().isEmpty()).flatMap(r -> r.locations().stream())
                .map(Location::witnessId).sorted().toList();
    }

    private Stories() {
    }
}
