package org.wirecheck.compare;

import java.time.Instant;
import java.util.List;
import org.wirecheck.text.Witness;

/**
 * An invented wire story in two versions: the first (toll 128, three villages, 40 helicopters) and an update (toll
 * 157, five villages, 60 helicopters, dozens still missing); copy C is the first version with one name misspelled.
 */
public final class Floods {

    public static final String FIRST = """
            Floods kill 128 in northern Arvonia

            The death toll from floods in northern Arvonia rose to 128 on Tuesday, the regional emergency office \
            said, as rescue teams reached three villages cut off since the weekend.

            Governor Lena Markov said the army had sent 40 helicopters to the Tessel valley, where the river burst \
            its banks on Saturday night.

            "We are still searching house by house," said rescue chief Paul Oduya, adding that hundreds of people \
            were missing.

            The meteorological service warned that more rain was expected in the mountains on Wednesday.

            Aid groups said clean water was the most urgent need in the camps set up outside the town of Brena.
            """;

    public static final String UPDATE = FIRST.replace("kill 128", "kill 157")
            .replace("rose to 128 on Tuesday", "rose to 157 on Tuesday evening")
            .replace("three villages", "five villages").replace("40 helicopters", "60 helicopters")
            .replace("hundreds of people were missing", "dozens of people were still missing");

    public static final String MISSPELT = FIRST.replace("Oduya", "Odoya");

    private Floods() {
    }

    /** A, B: first version; C: first version, a name misspelt; D, E: the update. */
    public static Comparison compare() {
        return compare(FIRST, FIRST, MISSPELT, UPDATE, UPDATE);
    }

    public static Comparison compare(String... texts) {
        List<Witness> copies = Stories.copies(texts);
        return Comparer.compare(copies, Options.defaults());
    }

    public static Instant at(String hhmm) {
        return Instant.parse("2026-12-07T" + hhmm + ":00Z");
    }
}
