package org.wirecheck.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The theme choice and how the system's preference is read on each operating system. */
class ThemeTest {

    /** A fake system: answers each command by its first word and remembers what was asked. */
    private static final class Answers implements Function<List<String>, String> {
        final Map<String, String> byCommand;
        final List<String> asked = new ArrayList<>();

        Answers(Map<String, String> byCommand) {
            this.byCommand = byCommand;
        }

        @Override
        public String apply(List<String> command) {
            asked.add(String.join(" ", command));
            return byCommand.entrySet().stream().filter(e -> String.join(" ", command).contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private static boolean dark(String os, Map<String, String> env, Map<String, String> answers) {
        return SystemTheme.prefersDark(os, env, new Answers(answers));
    }

    @Test
    void gnomeSaysDarkByItsColourSchemeOrItsThemeName() {
        assertThat(dark("Linux", Map.of(), Map.of("color-scheme", "'prefer-dark'\n"))).isTrue();
        assertThat(dark("Linux", Map.of(), Map.of("color-scheme", "'prefer-light'\n",
                "gtk-theme", "'Adwaita-dark'"))).isFalse();
        assertThat(dark("Linux", Map.of(), Map.of("color-scheme", "'default'\n", "gtk-theme", "'Adwaita-dark'")))
                .isTrue();
        assertThat(dark("Linux", Map.of(), Map.of())).as("no gsettings: light").isFalse();
        assertThat(dark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of())).isTrue();
    }

    @Test
    void macAndWindowsAreAskedTheirOwnWay() {
        assertThat(dark("Mac OS X", Map.of(), Map.of("AppleInterfaceStyle", "Dark\n"))).isTrue();
        assertThat(dark("Mac OS X", Map.of(), Map.of())).isFalse();
        String reg = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x%s\r\n";
        assertThat(dark("Windows 11", Map.of(), Map.of("AppsUseLightTheme", reg.formatted("0")))).isTrue();
        assertThat(dark("Windows 11", Map.of(), Map.of("AppsUseLightTheme", reg.formatted("1")))).isFalse();
    }

    @Test
    void theChoiceWinsOverTheSystemAndIsReadBackFromItsSavedName() {
        assertThat(Theme.SYSTEM.dark(true)).isTrue();
        assertThat(Theme.SYSTEM.dark(false)).isFalse();
        assertThat(Theme.LIGHT.dark(true)).isFalse();
        assertThat(Theme.DARK.dark(false)).isTrue();
        assertThat(Theme.parse("dark")).isEqualTo(Theme.DARK);
        assertThat(Theme.parse(null)).isEqualTo(Theme.SYSTEM);
        assertThat(Theme.parse("sepia")).isEqualTo(Theme.SYSTEM);
    }
}
