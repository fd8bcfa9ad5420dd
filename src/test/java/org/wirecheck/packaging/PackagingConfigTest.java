package org.wirecheck.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wirecheck.review.ReviewFile;

/**
 * The jpackage settings under {@code packaging/} for every platform, including the two that cannot be built here
 * (Windows, macOS): files they name exist, main classes exist, launchers do not collide, the review file type is the
 * one the app writes. `mvn verify` builds and runs the Linux app-image itself (packaging/build.xml).
 */
class PackagingConfigTest {

    private static final Path PACKAGING = Path.of("packaging");

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void everyFileAnOptionNamesExists(String platform) throws IOException {
        for (Path args : argFiles(platform)) {
            List<String> tokens = tokens(args);
            for (int i = 0; i < tokens.size() - 1; i++) {
                String option = tokens.get(i);
                String value = tokens.get(i + 1);
                switch (option) {
                    case "--icon", "--file-associations", "--resource-dir", "--license-file" ->
                            assertThat(Path.of(value)).as("%s %s in %s", option, value, args).exists();
                    case "--add-launcher" -> assertThat(Path.of(value.substring(value.indexOf('=') + 1)))
                            .as("%s %s in %s", option, value, args).isRegularFile();
                    default -> { }
                }
            }
        }
        for (Path props : propertyFiles(platform)) {
            String icon = properties(props).getProperty("icon");
            if (icon != null) {
                assertThat(Path.of(icon)).as("icon of %s", props).isRegularFile();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theLaunchersStartClassesWithAMainMethod(String platform) throws Exception {
        List<String> classes = new ArrayList<>();
        List<String> image = tokens(PACKAGING.resolve(platform).resolve("app-image.args"));
        classes.add(image.get(image.indexOf("--main-class") + 1));
        for (Path props : propertyFiles(platform)) {
            String main = properties(props).getProperty("main-class");
            if (main != null) {
                classes.add(main);
            }
        }
        assertThat(classes).contains("org.wirecheck.ui.Launcher", "org.wirecheck.cli.Main");
        for (String name : classes) {
            Method main = Class.forName(name, false, getClass().getClassLoader()).getMethod("main", String[].class);
            assertThat(Modifier.isStatic(main.getModifiers())).as(name).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "macos"})
    void launcherNamesDifferBeyondCaseWhereFileNamesIgnoreIt(String platform) throws IOException {
        List<String> image = tokens(PACKAGING.resolve(platform).resolve("app-image.args"));
        String app = image.get(image.indexOf("--name") + 1).toLowerCase(Locale.ROOT);
        for (int i = 0; i < image.size() - 1; i++) {
            if (image.get(i).equals("--add-launcher")) {
                String name = image.get(i + 1).substring(0, image.get(i + 1).indexOf('='));
                assertThat(name.toLowerCase(Locale.ROOT)).as("launcher %s beside %s", name, app).isNotEqualTo(app);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theReviewFileTypeIsTheOneTheAppWrites(String platform) throws IOException {
        Properties type = properties(PACKAGING.resolve(platform).resolve("wirecheck-review.properties"));
        assertThat(type.getProperty("extension")).isEqualTo(ReviewFile.EXTENSION);
        assertThat(type.getProperty("mime-type")).isEqualTo("application/x-wirecheck-review");
        String all = String.join(" ", argFiles(platform).stream().flatMap(PackagingConfigTest::tokensOf).toList());
        assertThat(all).contains("--file-associations packaging/" + platform + "/wirecheck-review.properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theWindowFindsTheBundledSamples(String platform) throws IOException {
        String options = String.join(" ", tokens(PACKAGING.resolve(platform).resolve("app-image.args")));
        assertThat(options).containsPattern("--java-options -Dwirecheck\\.samples=\\$APPDIR[/\\\\]samples");
    }

    @Test
    void theLinuxDesktopEntryIsInOfficeAndOpensReviewFiles() throws IOException {
        String entry = Files.readString(PACKAGING.resolve("linux/resources/Wirecheck.desktop"));
        assertThat(entry).contains("Categories=Office;", "MimeType=application/x-wirecheck-review;",
                "Exec=APPLICATION_LAUNCHER %F", "StartupWMClass=org.wirecheck.ui.WirecheckApp");
        List<String> deb = tokens(PACKAGING.resolve("linux/deb.args"));
        assertThat(deb.get(deb.indexOf("--linux-menu-group") + 1)).isEqualTo("Office");
    }

    @Test
    void theIconsAreInTheirPlatformsFormats() throws IOException {
        byte[] ico = Files.readAllBytes(Path.of("assets/icons/wirecheck.ico"));
        assertThat(ico).startsWith(0, 0, 1, 0);
        byte[] icns = Files.readAllBytes(Path.of("assets/icons/wirecheck.icns"));
        assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(((icns[4] & 0xff) << 24) | ((icns[5] & 0xff) << 16) | ((icns[6] & 0xff) << 8) | (icns[7] & 0xff))
                .as("icns length field").isEqualTo(icns.length);
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            byte[] png = Files.readAllBytes(Path.of("assets/icons/wirecheck-" + size + ".png"));
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            int width = ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8)
                    | (png[19] & 0xff);
            assertThat(width).as("width of the %d px icon", size).isEqualTo(size);
        }
    }

    @Test
    void theRuntimeHasEveryJdkModuleTheAppUses() throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        int status = java.util.spi.ToolProvider.findFirst("jdeps").orElseThrow().run(new java.io.PrintWriter(out),
                new java.io.PrintWriter(System.err), "--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "target/classes");
        assertThat(status).as("jdeps: %s", out).isZero();
        List<String> used = List.of(out.toString().strip().split(","));
        List<String> tokens = tokens(PACKAGING.resolve("jlink.args"));
        List<String> linked = List.of(tokens.get(tokens.indexOf("--add-modules") + 1).split(","));
        assertThat(used).as("modules the app's classes use (jdeps)").contains("java.base", "java.desktop");
        assertThat(linked).as("--add-modules in packaging/jlink.args")
                .containsAll(used.stream().filter(m -> !m.equals("java.base")).toList());
    }

    // ---- jpackage's @file syntax: options separated by white space, "..." groups, # starts a comment line

    private static List<Path> argFiles(String platform) throws IOException {
        try (Stream<Path> s = Files.list(PACKAGING.resolve(platform))) {
            return s.filter(p -> p.toString().endsWith(".args")).sorted().toList();
        }
    }

    private static List<Path> propertyFiles(String platform) throws IOException {
        try (Stream<Path> s = Files.list(PACKAGING.resolve(platform))) {
            return s.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Stream<String> tokensOf(Path file) {
        try {
            return tokens(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> tokens(Path file) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            StringBuilder token = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    any = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (any) {
                        tokens.add(token.toString());
                    }
                    token.setLength(0);
                    any = false;
                } else {
                    token.append(c);
                    any = true;
                }
            }
            if (any) {
                tokens.add(token.toString());
            }
        }
        return tokens;
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file)));
        return p;
    }
}
