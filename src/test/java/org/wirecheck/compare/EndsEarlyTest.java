package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.lacking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.ingest.Loader;
import org.wirecheck.text.Witness;

/**
 * A copy that republishes only the top of the story ends early, once, even when its last sentence is whole and
 * another copy tells the story in another order (the invented landing family: copy 7 is the first three paragraphs
 * of the update, copy 5 opens with the passenger's quote that copy 7 tells last).
 */
class EndsEarlyTest {

    @Test
    void aCopyOfTheTopOnlyEndsEarlyOnceAndLacksNoPassageOnItsOwn() throws Exception {
        List<Witness> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "invented", "landing"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                copies.add(Loader.load(p));
            }
        }
        Comparison c = Comparer.compare(copies, Options.defaults());
        String top = c.copies().stream().filter(x -> x.witness().name().equals("copy_7.txt")).findFirst()
                .orElseThrow().id();
        assertThat(c.discrepancies()).filteredOn(d -> d.why().startsWith("copy ends early")).singleElement()
                .satisfies(d -> assertThat(lacking(d)).containsExactly(top));
        assertThat(c.discrepancies()).filteredOn(d -> d.kind() == Kind.OMISSION && !d.why().startsWith("copy ends"))
                .noneMatch(d -> lacking(d).equals(List.of(top)));
    }
}
