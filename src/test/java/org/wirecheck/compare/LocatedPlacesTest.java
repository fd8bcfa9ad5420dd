package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** The same distance from the same place, put after different places, places the event elsewhere. */
class LocatedPlacesTest {

    private static final String STORY = """
            A ferry carrying 80 passengers ran aground on Sunday near Halvik, a fishing village about 40 km north \
            of Tarnvik, the coastguard said.

            Divers will inspect the hull on Monday before the ferry is towed back to the harbour.

            The operator has cancelled all crossings to the islands until further notice.
            """;

    private static List<Discrepancy> located(Comparison c) {
        return c.discrepancies().stream().filter(d -> d.why().startsWith("the same distance locates")).toList();
    }

    @Test
    void theSameDistanceAfterAnotherPlaceIsAHighPlaceItem() {
        String other = STORY.replace("on Sunday near Halvik, a fishing village about 40 km north",
                "on Sunday off Brenholm, which lies about 40 km north");
        Comparison c = compare(STORY, STORY, other);
        assertThat(located(c)).hasSize(1);
        Discrepancy d = located(c).get(0);
        assertThat(d.kind()).isEqualTo(Kind.PLACE);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.readings()).extracting(Reading::text)
                .containsExactly("Halvik, a fishing village about 40 km", "Brenholm, which lies about 40 km");
    }

    @Test
    void thePlaceNamedMoreFullyIsTheSamePlace() {
        String fuller = STORY.replace("near Halvik, a fishing village", "near Halvik, Nordland, a fishing village");
        assertThat(located(compare(STORY, STORY, fuller))).isEmpty();
    }
}
