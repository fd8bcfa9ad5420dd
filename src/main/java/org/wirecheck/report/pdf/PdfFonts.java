package org.wirecheck.report.pdf;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.wirecheck.text.Texts;

/**
 * The fonts of one PDF report and which of them draws each character.
 *
 * <p>Fonts are tried in this order: the files the user named ({@link org.wirecheck.report.ExportOptions#fonts()}),
 * the files listed in the {@value #ENV} environment variable (separated like {@code PATH}), then fonts installed on
 * the system, found by file name in the usual font folders: a Latin/Greek/Cyrillic sans serif (DejaVu Sans, Noto
 * Sans, Liberation Sans, FreeSans, Arial), then fonts for Chinese, Japanese and Korean (Droid Sans Fallback and
 * WenQuanYi for Chinese and Japanese, Nanum, Un and Baekmuk for Korean, Microsoft YaHei, Malgun Gothic, Arial
 * Unicode), then any other Noto Sans font. The Liberation Sans that PDFBox bundles (Latin, Greek, Cyrillic) closes
 * the chain, so a report is made alike where no font is installed; the standard font Helvetica stands behind it in
 * case a PDFBox version no longer bundles it.
 *
 * <p>Fonts are embedded as subsets (only the glyphs used). OpenType fonts with PostScript (CFF) outlines, such as
 * the {@code .ttc} files of Debian's fonts-noto-cjk, cannot be subset by PDFBox and are skipped. A character that no
 * font covers is replaced by U+FFFD (or {@code ?}) and counted; the report says so.
 *
 * <p>It is long because the chain and its {@link Face}s are one unit: each face is read, asked about characters and
 * embedded lazily into this report's one document, recording its problems here, and the tables of font file names
 * belong with the order they are tried in.
 */
final class PdfFonts implements Closeable {

    /** The font PDFBox bundles (SIL Open Font License), the fallback that needs no installed font. */
    static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** Environment variable naming font files to use first. */
    static final String ENV = "WIRECHECK_PDF_FONT";

    /** Families tried for Latin, Greek and Cyrillic, as {regular, bold} file names. */
    private static final String[][] LATIN = {
        {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
        {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
        {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"},
        {"FreeSans.ttf", "FreeSansBold.ttf"},
        {"Arial.ttf", "Arial Bold.ttf"},
        {"arial.ttf", "arialbd.ttf"},
        {"Verdana.ttf", "Verdana Bold.ttf"},
    };

    /** Families tried for Chinese, Japanese and Korean, as {regular, bold} file names (bold may be absent). */
    private static final String[][] CJK = {
        {"DroidSansFallbackFull.ttf", null},
        {"DroidSansFallback.ttf", null},
        {"wqy-microhei.ttc", null},
        {"wqy-zenhei.ttc", null},
        {"NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"},
        {"NotoSansCJKsc-Regular.ttf", "NotoSansCJKsc-Bold.ttf"},
        {"msyh.ttc", "msyhbd.ttc"},
        {"malgun.ttf", "malgunbd.ttf"},
        {"NanumGothic.ttf", "NanumGothicBold.ttf"},
        {"UnDotum.ttf", "UnDotumBold.ttf"},
        {"gulim.ttf", null},
        {"Arial Unicode.ttf", null},
        {"ARIALUNI.TTF", null},
    };

    /** Where fonts are installed on Linux, macOS and Windows. */
    private static List<Path> fontFolders() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String d : List.of("/usr/share/fonts", "/usr/local/share/fonts", "/usr/X11R6/lib/X11/fonts",
                "/Library/Fonts", "/System/Library/Fonts", "/Network/Library/Fonts")) {
            dirs.add(Path.of(d));
        }
        if (!home.isEmpty()) {
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, "Library", "Fonts"));
        }
        String windir = System.getenv("WINDIR");
        if (windir != null && !windir.isBlank()) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank()) {
            dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return dirs;
    }

    /** The font files on the system by lower-case file name (found once per run). */
    private static final class Installed {
        static final Map<String, Path> FILES = scan();

        private static Map<String, Path> scan() {
            Map<String, Path> files = new TreeMap<>();
            for (Path dir : fontFolders()) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(dir, 6, FileVisitOption.FOLLOW_LINKS)) {
                    s.filter(Files::isRegularFile).forEach(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf")) {
                            files.putIfAbsent(name, p);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder: use what was found
                }
            }
            return files;
        }
    }

    private final PDDocument doc;
    private final List<Face> regular = new ArrayList<>();
    private final List<Face> bold = new ArrayList<>();
    private final List<Closeable> open = new ArrayList<>();
    private final Map<Long, Glyph> cache = new HashMap<>();
    private final Face helvetica;
    private final Face helveticaBold;
    /** Characters no font covers, with how often each was replaced. */
    private final Map<Integer, Integer> missing = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final String cjkPreference;

    /**
     * @param doc           the document the fonts are embedded in
     * @param userFonts     files to try first
     * @param systemFonts   whether to use {@value #ENV} and the fonts installed on the system
     * @param sampleText    some of the text to be shown, to choose among the regional variants of a CJK font
     */
    PdfFonts(PDDocument doc, List<Path> userFonts, boolean systemFonts, String sampleText) {
        this.doc = doc;
        this.cjkPreference = cjkPreference(sampleText);
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : userFonts) {
            addBoth(p, seen);
        }
        if (systemFonts) {
            String env = System.getenv(ENV);
            if (env != null && !env.isBlank()) {
                for (String part : env.split(File.pathSeparator)) {
                    if (!part.isBlank()) {
                        addBoth(Path.of(part.strip()), seen);
                    }
                }
            }
            Map<String, Path> installed = Installed.FILES;
            addFamilies(LATIN, installed, seen, true);
            addFamilies(CJK, installed, seen, false);
            for (Map.Entry<String, Path> e : installed.entrySet()) {
                String name = e.getKey();
                if (name.startsWith("notosans") && name.endsWith("-regular.ttf") && !name.contains("mono")) {
                    add(regular, e.getValue(), false, seen);
                }
            }
        }
        // the Liberation Sans that comes with PDFBox: Latin, Greek and Cyrillic wherever Wirecheck runs
        Face liberation = new Face(null, BUNDLED, null, null, "LiberationSans");
        regular.add(liberation);
        bold.add(liberation.emboldened());
        helvetica = new Face(null, null, Standard14Fonts.FontName.HELVETICA, null, "Helvetica");
        helveticaBold = new Face(null, null, Standard14Fonts.FontName.HELVETICA_BOLD, null, "Helvetica-Bold");
        regular.add(helvetica);
        bold.add(helveticaBold);
    }

    private Face fileFace(Path file) {
        return new Face(file, null, null, null, file.getFileName().toString());
    }

    private void addBoth(Path p, Set<Path> seen) {
        if (!Files.isRegularFile(p)) {
            problems.add(p + ": no such font file");
            return;
        }
        Path key = p.toAbsolutePath().normalize();
        if (seen.add(key)) {
            Face f = fileFace(key);
            regular.add(f);
            bold.add(f.emboldened());
        }
    }

    /** For each family: the first whose regular file exists is the main family (Latin) or a fallback (CJK). */
    private void addFamilies(String[][] families, Map<String, Path> installed, Set<Path> seen, boolean firstOnly) {
        for (String[] family : families) {
            Path r = installed.get(family[0].toLowerCase(Locale.ROOT));
            if (r == null) {
                continue;
            }
            Path b = family[1] == null ? null : installed.get(family[1].toLowerCase(Locale.ROOT));
            Face rf = add(regular, r, false, seen);
            if (b != null) {
                add(bold, b, false, seen);
            } else if (rf != null) {
                bold.add(rf.emboldened());
            }
            if (firstOnly) {
                return;
            }
        }
    }

    private Face add(List<Face> chain, Path p, boolean fakeBold, Set<Path> seen) {
        Path key = p.toAbsolutePath().normalize();
        if (!seen.add(key)) {
            return null;
        }
        Face f = fileFace(key);
        chain.add(fakeBold ? f.emboldened() : f);
        return f;
    }

    /** A glyph to draw: the face and the text (the character itself or its stand-in). */
    record Glyph(Face face, String text, boolean replaced) {
    }

    /**
     * How to draw code point {@code cp}: the first face that covers it; else, for typographic marks, an ASCII
     * stand-in; else a replacement character (counted as missing). Invisible format characters give an empty text.
     */
    Glyph glyph(int cp, boolean wantBold) {
        long key = ((long) cp << 1) | (wantBold ? 1 : 0);
        Glyph g = cache.get(key);
        if (g == null) {
            g = resolve(cp, wantBold);
            cache.put(key, g);
        }
        return g;
    }

    /** Counts characters drawn as a replacement mark (called when they are drawn, not when measured). */
    void noteMissing(List<Integer> codePoints) {
        for (int cp : codePoints) {
            missing.merge(cp, 1, Integer::sum);
        }
    }

    /** Whether some font covers {@code cp} (invisible characters count as covered). */
    boolean covers(int cp) {
        Glyph g = cache.computeIfAbsent(((long) cp << 1), k -> resolve(cp, false));
        return !g.replaced();
    }

    private Glyph resolve(int cp, boolean wantBold) {
        if (isInvisible(cp)) {
            return new Glyph(helvetica, "", false);
        }
        if (cp == '\t' || cp == '\u00a0') {
            cp = ' ';
        }
        for (Face f : wantBold ? bold : regular) {
            if (f.covers(cp)) {
                return new Glyph(f, new String(Character.toChars(cp)), false);
            }
        }
        if (wantBold) {
            for (Face f : regular) {
                if (f.covers(cp)) {
                    return new Glyph(f.emboldened(), new String(Character.toChars(cp)), false);
                }
            }
        }
        String standIn = standIn(cp);
        if (standIn != null) {
            for (Face f : wantBold ? bold : regular) {
                if (standIn.chars().allMatch(f::covers)) {
                    return new Glyph(f, standIn, false);
                }
            }
            return new Glyph(wantBold ? helveticaBold : helvetica, standIn, false);
        }
        for (Face f : wantBold ? bold : regular) {
            if (f.covers(0xFFFD)) {
                return new Glyph(f, "\uFFFD", true);
            }
        }
        return new Glyph(wantBold ? helveticaBold : helvetica, "?", true);
    }

    /** Format characters that have no glyph and no width (zero-width spaces and joiners, direction marks...). */
    private static boolean isInvisible(int cp) {
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == '\n' || cp == '\r';
    }

    /** ASCII for typographic marks, used only when no font has the mark itself. */
    private static String standIn(int cp) {
        return switch (cp) {
            case 0x2018, 0x2019, 0x201A, 0x2032 -> "'";
            case 0x201C, 0x201D, 0x201E, 0x2033 -> "\"";
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212 -> "-";
            case 0x2026 -> "...";
            case 0x2022, 0x00B7 -> "*";
            case 0x2038, 0x2041 -> "^";
            case 0x2192 -> "->";
            case 0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x3000 -> " ";
            default -> null;
        };
    }

    /** The characters that were replaced because no font covers them, with their counts, in order of appearance. */
    Map<Integer, Integer> missing() {
        return missing;
    }

    /** Font files that could not be used, one line each. */
    List<String> problems() {
        return problems;
    }

    /** The names of the fonts that drew something (embedded or standard). */
    List<String> used() {
        Set<String> names = new LinkedHashSet<>();
        for (Face f : regular) {
            if (f.used()) {
                names.add(f.name());
            }
        }
        for (Face f : bold) {
            if (f.used()) {
                names.add(f.name() + (f.fakeBold() ? " (bold drawn thicker)" : ""));
            }
        }
        return new ArrayList<>(names);
    }

    /** The script variant to prefer in a CJK font collection, from the text: Korean, Japanese, else Chinese. */
    private static String cjkPreference(String text) {
        EnumSet<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().limit(200_000).forEach(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HAN) {
                scripts.add(s);
            }
        });
        if (scripts.contains(Character.UnicodeScript.HANGUL)) {
            return "kr";
        }
        if (scripts.contains(Character.UnicodeScript.HIRAGANA) || scripts.contains(Character.UnicodeScript.KATAKANA)) {
            return "jp";
        }
        return "sc";
    }

    @Override
    public void close() {
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
        open.clear();
    }

    /**
     * One font: a file, a font bundled with PDFBox, or a standard PDF font. Font files are read when first asked
     * about a character and embedded when first drawn with.
     */
    final class Face {
        /** A font file, or null. */
        private final Path file;
        /** A font inside a jar on the class path, or null. */
        private final String resource;
        /** A standard PDF font (not embedded), or null. */
        private final Standard14Fonts.FontName standard;
        /** For a synthetic bold: the regular face whose font it draws with, or null. */
        private final Face shared;
        private String name;
        private TrueTypeFont ttf;
        private CmapLookup cmap;
        private PDFont pdFont;
        private boolean failed;
        private final Map<Integer, Boolean> coverage = new HashMap<>();
        private Face emboldened;

        private Face(Path file, String resource, Standard14Fonts.FontName standard, Face shared, String name) {
            this.file = file;
            this.resource = resource;
            this.standard = standard;
            this.shared = shared;
            this.name = name;
        }

        /** The same font drawn thicker (for bold text when no bold font is there). */
        Face emboldened() {
            if (shared != null) {
                return this;
            }
            if (emboldened == null) {
                emboldened = new Face(null, null, null, this, null);
            }
            return emboldened;
        }

        /** Whether text is drawn thicker to look bold. */
        boolean fakeBold() {
            return shared != null;
        }

        String name() {
            return shared != null ? shared.name() : name;
        }

        boolean covers(int cp) {
            if (shared != null) {
                return shared.covers(cp);
            }
            return coverage.computeIfAbsent(cp, this::checkCoverage);
        }

        private boolean checkCoverage(int cp) {
            if (standard != null) {
                // constructing the font object makes PDFBox scan the system's fonts: decide from the encoding
                return WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(cp));
            }
            if (!load()) {
                return false;
            }
            try {
                return cmap.getGlyphId(cp) > 0;
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** Whether this face has drawn (or measured) anything. */
        boolean used() {
            return drawn;
        }

        private boolean drawn;

        /** The PDF font, embedded into the document on first use. */
        PDFont font() throws IOException {
            drawn = true;
            if (shared != null) {
                return shared.font();
            }
            if (pdFont == null) {
                if (standard != null) {
                    pdFont = new PDType1Font(standard);
                } else if (load()) {
                    pdFont = PDType0Font.load(doc, ttf, true);
                } else {
                    throw new IOException(name + ": font cannot be used");
                }
            }
            return pdFont;
        }

        /** Width of {@code text} in this font at {@code size} points. */
        float width(String text, float size) throws IOException {
            return font().getStringWidth(text) / 1000f * size;
        }

        private boolean load() {
            if (ttf != null) {
                return true;
            }
            if (failed) {
                return false;
            }
            String where = file != null ? file.toString() : resource;
            try {
                ttf = file != null ? parse(file) : parseResource(resource);
                if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                    problems.add(where + ": PostScript (CFF) outlines cannot be embedded, skipped");
                    ttf = null;
                } else if (ttf != null) {
                    cmap = ttf.getUnicodeCmapLookup(false);
                    if (cmap == null) {
                        problems.add(where + ": no Unicode character map, skipped");
                        ttf = null;
                    } else {
                        if (cmap.getGlyphId('f') > 0) {
                            // PDFBox would set Latin ligatures, and text copied out of the PDF would read
                            // "di\uFB00ers"; fonts of other scripts keep their substitutions (some Indic shaping)
                            ttf.setEnableGsub(false);
                        }
                        String n = ttf.getName();
                        if (n != null && !n.isBlank()) {
                            name = n;
                        }
                    }
                } else {
                    problems.add(where + ": no usable font inside, skipped");
                }
            } catch (IOException | RuntimeException e) {
                problems.add(where + ": cannot be read as a font (" + Texts.oneLine(String.valueOf(e.getMessage()))
                        + "), skipped");
                ttf = null;
            }
            failed = ttf == null;
            return !failed;
        }

        private TrueTypeFont parseResource(String path) throws IOException {
            try (InputStream in = PDFont.class.getResourceAsStream(path)) {
                if (in == null) {
                    return null;
                }
                TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(in));
                open.add(f);
                return f;
            }
        }

        private TrueTypeFont parse(Path p) throws IOException {
            String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
                open.add(ttc);
                TrueTypeFont[] chosen = new TrueTypeFont[2];
                ttc.processAllFonts(f -> {
                    String n = String.valueOf(f.getName()).toLowerCase(Locale.ROOT);
                    if (n.contains("mono")) {
                        return;
                    }
                    if (chosen[0] == null) {
                        chosen[0] = f;
                    }
                    if (chosen[1] == null && n.contains(cjkPreference + "-")) {
                        chosen[1] = f;
                    }
                });
                return chosen[1] != null ? chosen[1] : chosen[0];
            }
            RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(p.toFile());
            TrueTypeFont f;
            try {
                f = lower.endsWith(".otf") ? new OTFParser().parse(in) : new TTFParser().parse(in);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            open.add(f);
            return f;
        }
    }
}
