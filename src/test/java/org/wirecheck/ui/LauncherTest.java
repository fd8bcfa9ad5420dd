package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The window says it needs a display, and what to do, instead of failing inside JavaFX. */
class LauncherTest {

    @Test
    void linuxWithoutADisplayIsToldWhatToDo() {
        String problem = Launcher.displayProblem("Linux", Map.of(), "");

        assertThat(problem).contains("needs a display").contains("./wirecheck compare")
                .contains("xvfb-run -a mvn -q javafx:run");
    }

    @Test
    void aDisplayAWaylandSessionTheHeadlessPlatformWindowsAndMacNeedNothingMore() {
        assertThat(Launcher.displayProblem("Linux", Map.of("DISPLAY", ":0"), "")).isNull();
        assertThat(Launcher.displayProblem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), "")).isNull();
        assertThat(Launcher.displayProblem("Linux", Map.of("DISPLAY", " "), "Monocle")).isNull();
        assertThat(Launcher.displayProblem("Windows 11", Map.of(), "")).isNull();
        assertThat(Launcher.displayProblem("Mac OS X", Map.of(), "")).isNull();
        assertThat(Launcher.displayProblem("FreeBSD", Map.of("DISPLAY", ""), "")).isNotNull();
    }
}
