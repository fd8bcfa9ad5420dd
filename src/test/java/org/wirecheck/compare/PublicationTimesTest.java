package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.PublicationTimes.Basis;

class PublicationTimesTest {

    @Test
    void timesThatNameAnInstantAreRead() {
        Instant t = Instant.parse("2026-12-07T04:10:00Z");
        assertThat(PublicationTimes.parse("2026-12-07T04:10:00Z")).contains(t);
        assertThat(PublicationTimes.parse(" 2026-12-07T13:10+09:00 ")).contains(t);
        assertThat(PublicationTimes.parse("2026-12-07T05:10:00+01:00[Europe/Paris]")).contains(t);
        assertThat(PublicationTimes.parse("Mon, 7 Dec 2026 04:10:00 GMT")).contains(t);
    }

    @Test
    void aDateAloneOrATimeWithoutZoneIsNoInstant() {
        assertThat(PublicationTimes.parse("2026-12-07")).isEmpty();
        assertThat(PublicationTimes.parse("2026-12-07T04:10")).isEmpty();
        assertThat(PublicationTimes.parse("yesterday")).isEmpty();
        assertThat(PublicationTimes.parse("")).isEmpty();
        assertThat(PublicationTimes.parse(null)).isEmpty();
    }

    @Test
    void stampsSayWhatTheyRestOn() {
        PublicationTimes t = PublicationTimes.published(Map.of("A", Instant.EPOCH))
                .with("B", Instant.EPOCH, Basis.FETCHED);
        assertThat(t.of("A")).hasValueSatisfying(s -> assertThat(s.basis()).isEqualTo(Basis.PUBLISHED));
        assertThat(t.of("B")).hasValueSatisfying(s -> assertThat(s.basis().word()).isEqualTo("fetched"));
        assertThat(t.of("C")).isEmpty();
        assertThat(t.isEmpty()).isFalse();
        assertThat(PublicationTimes.NONE.isEmpty()).isTrue();
    }
}
