package org.wirecheck.report;

/** The tool's name and version as reports and the command line show them. */
public final class ToolVersion {

    /** Used when the classes do not come from a jar whose manifest names a version (tests, IDE runs). */
    static final String FALLBACK = "0.1.0";

    private ToolVersion() {
    }

    /** The version: the jar manifest's {@code Implementation-Version} when present, else {@value #FALLBACK}. */
    public static String version() {
        Package p = ToolVersion.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK : v.strip();
    }

    /** {@code "wirecheck 0.1.0"}. */
    public static String nameAndVersion() {
        return "wirecheck " + version();
    }
}
