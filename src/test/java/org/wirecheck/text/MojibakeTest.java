package org.wirecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeTest {

    @Test
    void repairsWindows1252CurlyApostrophe() {
        assertThat(Mojibake.repair("Russiaâ€™s")).isEqualTo("Russia’s");
    }

    @Test
    void repairsWindows1252Accent() {
        assertThat(Mojibake.repair("cafÃ©")).isEqualTo("café");
    }

    @Test
    void repairsGbkCurlyApostropheAfterLatinLetters() {
        assertThat(Mojibake.repair("Russia鈥檚")).isEqualTo("Russia’s");
    }

    @Test
    void leavesChineseTextWithoutLatinContextAlone() {
        String chinese = "北京是中国的首都，鈥檚不是。";
        assertThat(Mojibake.repair(chinese)).isEqualTo(chinese);
    }

    @Test
    void leavesGenuineAccentedLatinAlone() {
        String s = "São Paulo, Zürich, Ångström, élève, naïve";
        assertThat(Mojibake.repair(s)).isEqualTo(s);
    }

    @Test
    void plainAsciiIsReturnedAsTheSameInstance() {
        String s = new String("Plain ASCII text, nothing to fix.");
        assertThat(Mojibake.repair(s)).isSameAs(s);
    }

    @Test
    void sequenceLengthOfMojibakeApostropheIsThree() {
        assertThat(Mojibake.cp1252SequenceAt("Russiaâ€™s", 6)).isEqualTo(3);
        assertThat(Mojibake.cp1252SequenceAt("Russiaâ€™s", 0)).isZero();
    }
}
