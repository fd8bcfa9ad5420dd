package org.wirecheck.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.wirecheck.files.PathText;

/**
 * What the reader remembers between sessions (java.util.prefs): window size and position, the last folder files
 * were opened from, the recently opened sets of files, text size and synchronised scrolling.
 */
public final class Settings {

    /** How many recent sets are kept. */
    public static final int RECENT = 8;
    private static final int MAX_VALUE = Preferences.MAX_VALUE_LENGTH;

    /** Window geometry; {@code x}/{@code y} are NaN when never saved. */
    public record Window(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences prefs;

    /** @param node absolute preferences node, e.g. {@code "/org/wirecheck/ui"} (tests use their own) */
    public Settings(String node) {
        this.prefs = Preferences.userRoot().node(node);
    }

    public Window window() {
        return new Window(prefs.getDouble("window.x", Double.NaN), prefs.getDouble("window.y", Double.NaN),
                prefs.getDouble("window.width", 1560), prefs.getDouble("window.height", 960),
                prefs.getBoolean("window.maximized", false));
    }

    public void saveWindow(Window w) {
        prefs.putDouble("window.x", w.x());
        prefs.putDouble("window.y", w.y());
        prefs.putDouble("window.width", w.width());
        prefs.putDouble("window.height", w.height());
        prefs.putBoolean("window.maximized", w.maximized());
    }

    /** The folder files were last opened from, or null. */
    public Path lastFolder() {
        return PathText.parse(prefs.get("lastFolder", null));
    }

    public void saveLastFolder(Path folder) {
        if (folder != null && folder.toString().length() < MAX_VALUE) {
            prefs.put("lastFolder", folder.toString());
        }
    }

    public int fontSize() {
        return prefs.getInt("fontSize", ViewOptions.DEFAULT_FONT);
    }

    public void saveFontSize(int size) {
        prefs.putInt("fontSize", size);
    }

    /** Whether the user dismissed the getting-started hint. */
    public boolean hintSeen() {
        return prefs.getBoolean("hintSeen", false);
    }

    public void saveHintSeen(boolean seen) {
        prefs.putBoolean("hintSeen", seen);
        flush();
    }

    /** The chosen theme ({@link Theme#SYSTEM} until one is chosen). */
    public Theme theme() {
        return Theme.parse(prefs.get("theme", null));
    }

    public void saveTheme(Theme theme) {
        prefs.put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    public boolean syncScroll() {
        return prefs.getBoolean("syncScroll", true);
    }

    public void saveSyncScroll(boolean on) {
        prefs.putBoolean("syncScroll", on);
    }

    /** The recently opened sets of files, newest first. */
    public List<List<Path>> recent() {
        List<List<Path>> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String v = prefs.get("recent." + i, null);
            if (v == null || v.isBlank()) {
                continue;
            }
            List<Path> set = new ArrayList<>();
            for (String line : v.split("\n")) {
                Path p = PathText.parse(line);
                if (p != null) {
                    set.add(p);
                }
            }
            if (!set.isEmpty()) {
                out.add(set);
            }
        }
        return out;
    }

    /** Puts {@code set} first among the recent sets (dropping an equal older entry and the oldest beyond the limit). */
    public void addRecent(List<Path> set) {
        if (set.isEmpty()) {
            return;
        }
        List<List<Path>> all = recent();
        all.removeIf(s -> s.equals(set));
        all.add(0, List.copyOf(set));
        int stored = 0;
        for (List<Path> s : all) {
            if (stored == RECENT) {
                break;
            }
            String v = String.join("\n", s.stream().map(Path::toString).toList());
            if (v.length() < MAX_VALUE) {
                prefs.put("recent." + stored++, v);
            }
        }
        for (int i = stored; i < RECENT; i++) {
            prefs.remove("recent." + i);
        }
    }

    /** Writes the settings to the backing store now (they are also written at exit). */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // nothing to save to: the settings just are not remembered
        }
    }

    /** Forgets everything (tests). */
    public void clear() {
        try {
            prefs.clear();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
