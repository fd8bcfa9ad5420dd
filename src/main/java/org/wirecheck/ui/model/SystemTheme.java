package org.wirecheck.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the operating system asks applications for dark colours. JavaFX 21 does not say (its platform preferences
 * came in JavaFX 22), so this asks the system as its own tools do: GNOME's {@code color-scheme} (or a GTK theme
 * named dark) on Linux, {@code AppleInterfaceStyle} on macOS, {@code AppsUseLightTheme} in the Windows registry.
 * Any failure (no such tool, a time-out) means light. Run it off the FX thread: it starts a process.
 */
public final class SystemTheme {

    private static final long TIMEOUT_MS = 1500;

    private SystemTheme() {
    }

    /** Asks this machine. */
    public static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), SystemTheme::run);
    }

    /**
     * The answer for an operating system named {@code os}, with environment {@code env}, where {@code run} runs a
     * command and returns its output (null when it failed).
     */
    static boolean prefersDark(String os, Map<String, String> env, Function<List<String>, String> run) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            String out = run.apply(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme"));
            return out != null && out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*");
        }
        if (name.contains("mac")) {
            String out = run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"));
            return out != null && out.strip().equalsIgnoreCase("dark");
        }
        String gtk = env.getOrDefault("GTK_THEME", "");
        if (!gtk.isEmpty()) {
            return gtk.toLowerCase(Locale.ROOT).contains("dark");
        }
        String scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme != null && scheme.contains("prefer-dark")) {
            return true;
        }
        if (scheme != null && scheme.contains("prefer-light")) {
            return false;
        }
        String theme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
        return theme != null && theme.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** Runs a command and returns what it printed, or null when it could not run, failed or took too long. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return p.exitValue() == 0 ? out : null;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
