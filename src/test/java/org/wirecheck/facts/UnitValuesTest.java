package org.wirecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Units;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** One measure in two units is one reading; two values in one unit stay two. */
class UnitValuesTest {

    private static NumberMention first(String text) {
        Document d = Document.of(new Witness("a.txt", "a.txt", text));
        List<NumberMention> ms = NumberMentions.of(0, d, s -> false);
        return ms.get(0);
    }

    @Test
    void aMeasureConvertedIsOneReading() {
        assertThat(UnitValues.sameReading(first("Winds of 105 mph were recorded."),
                first("Winds of 169 km/h were recorded."))).isTrue();
        assertThat(UnitValues.sameReading(first("A surge of 11 feet hit the coast."),
                first("A surge of 3.4 metres hit the coast."))).isTrue();
        assertThat(Units.sameMeasure("north-northeast at 12 mph", "north-north-east at 19 km/h")).isTrue();
    }

    @Test
    void anotherValueOrAnotherDimensionStaysAnotherReading() {
        assertThat(UnitValues.sameReading(first("Winds of 85 mph were recorded."),
                first("Winds of 90 mph were recorded."))).isFalse();
        assertThat(UnitValues.sameReading(first("Winds of 105 mph were recorded."),
                first("Winds of 150 km/h were recorded."))).isFalse();
        assertThat(Units.sameMeasure("about 6 miles east", "about 10 kg east")).isFalse();
        assertThat(Units.sameMeasure("12 mph and 3 feet", "19 km/h")).isFalse();
        assertThat(Units.sameMeasure("12 people", "19 km/h")).isFalse();
    }
}
