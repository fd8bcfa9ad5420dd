package org.wirecheck.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/** A copy is known by its outlet where the page names one, else by its name; a name the user gave wins. */
class PaneCopyTest {

    private static PaneCopy copy(String name, String source, Origin.Kind kind, String site) {
        Origin origin = Origin.of(kind, "<p>text</p>".getBytes(StandardCharsets.UTF_8), "text/html",
                new Metadata("Flood", site, "", "", ""));
        Witness w = new Witness(name, source, "text", java.util.List.of(), origin);
        return new PaneCopy("A", Path.of("/stories/arlen.html"), w, null, null);
    }

    @Test
    void aSavedPageIsKnownByTheSiteItNamesAndARenamedOneByItsNewName() {
        assertThat(copy("arlen.html", "/stories/arlen.html", Origin.Kind.FILE, "Arlen Post").label())
                .isEqualTo("A · Arlen Post");
        assertThat(copy("My copy", "/stories/arlen.html", Origin.Kind.FILE, "Arlen Post").outlet())
                .isEqualTo("My copy");
        assertThat(copy("arlen.html", "/stories/arlen.html", Origin.Kind.FILE, "").outlet()).isEqualTo("arlen.html");
        assertThat(copy("Pasted 1", "pasted:1", Origin.Kind.PASTED, "Arlen Post").outlet()).isEqualTo("Pasted 1");
    }
}
