package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Token;
import org.wirecheck.text.Tokenizer;
import org.wirecheck.text.Witness;

/** Properties of the engine on small random stories. */
class PropertiesTest {

    private static final List<String> WORDS = List.of(
            "officials", "terminal", "harbour", "workers", "minister", "project", "survey", "estuary", "company",
            "ships", "talks", "agreement", "region", "council", "report", "budget", "election", "border", "farmers",
            "said", "announced", "rejected", "approved", "expected", "opened", "visited", "criticised", "new",
            "the", "a", "of", "in", "on", "and", "isn't", "non-lethal", "U.S.", "Russia’s", "dredging", "quay");
    private static final List<String> NAMES = List.of(
            "Valdora", "Brandt", "Kessing", "Marlow", "Renn", "Ilse", "Paolo", "Oskar", "Seoul", "NATO");
    private static final List<String> NUMBERS = List.of("480", "1,200", "6.7", "eight", "15:35", "twenty", "2023");
    private static final List<String> ENDS = List.of(".", ".", ".", "?", "!");
    private static final List<String> SEPARATORS = List.of(" ", "\n", "\n\n");

    /** A story: its sentences and the text between consecutive sentences (one fewer). */
    record Story(List<String> sentences, List<String> separators) {

        String text() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < sentences.size(); i++) {
                if (i > 0) {
                    b.append(separators.get(i - 1));
                }
                b.append(sentences.get(i));
            }
            return b.append('\n').toString();
        }
    }

    /** A small edit of a story; the ints pick places modulo the story's size. */
    record Mutation(int kind, int sentence, int other, int word, String replacement) {

        Story apply(Story s) {
            List<String> sentences = new ArrayList<>(s.sentences());
            List<String> separators = new ArrayList<>(s.separators());
            int i = sentence % sentences.size();
            int j = other % sentences.size();
            switch (kind) {
                case 0 -> {
                    String[] w = sentences.get(i).split(" ");
                    int k = word % w.length;
                    w[k] = w[k].replaceFirst("\\p{L}+", replacement);
                    sentences.set(i, String.join(" ", w));
                }
                case 1 -> {
                    if (sentences.size() > 2) {
                        sentences.remove(i);
                        separators.remove(Math.min(i, separators.size() - 1));
                    }
                }
                default -> Collections.swap(sentences, i, j);
            }
            return new Story(sentences, separators);
        }
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(WORDS)),
                Tuple.of(2, Arbitraries.of(NAMES)),
                Tuple.of(1, Arbitraries.of(NUMBERS)));
        Arbitrary<String> withComma = Combinators.combine(word, Arbitraries.integers().between(0, 5))
                .as((w, c) -> c == 0 ? w + "," : w);
        Arbitrary<List<String>> body = withComma.list().ofMinSize(3).ofMaxSize(10);
        return Combinators.combine(Arbitraries.of(NAMES), body, Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(0, 20), Arbitraries.of("“”", "\"\"", ""), Arbitraries.of(ENDS))
                .as((first, words, qa, qb, quotes, end) -> {
                    List<String> w = new ArrayList<>(words);
                    w.set(w.size() - 1, w.get(w.size() - 1).replaceAll(",$", ""));
                    if (!quotes.isEmpty()) {
                        int from = qa % w.size();
                        int to = from + qb % (w.size() - from);
                        w.set(from, quotes.charAt(0) + w.get(from));
                        w.set(to, w.get(to) + quotes.charAt(1));
                    }
                    return first + " " + String.join(" ", w) + end;
                });
    }

    @Provide
    Arbitrary<Story> stories() {
        return Arbitraries.integers().between(3, 8).flatMap(n -> Combinators.combine(
                sentences().list().ofSize(n), Arbitraries.of(SEPARATORS).list().ofSize(n - 1)).as(Story::new));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50),
                Arbitraries.of("Marlew", "harbor", "officers", "Brant", "seventeen", "closed"))
                .as(Mutation::new);
    }

    private static List<Witness> named(List<String> texts) {
        List<Witness> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Witness("copy" + (i + 1) + ".txt", "copies/copy" + (i + 1) + ".txt", texts.get(i)));
        }
        return out;
    }

    /** A discrepancy with copy ids mapped back to witness names, so that it can be compared across runs. */
    record Seen(Kind kind, Severity severity, String summary, List<SeenReading> readings) {
    }

    record SeenReading(String text, Set<List<Object>> locations) {
    }

    private static List<Seen> seen(Comparison c) {
        Map<String, String> names = c.copies().stream()
                .collect(Collectors.toMap(Copy::id, x -> x.witness().name()));
        return c.discrepancies().stream().map(d -> new Seen(d.kind(), d.severity(), d.summary(),
                d.readings().stream().map(r -> new SeenReading(r.text(), r.locations().stream()
                        .map(l -> List.<Object>of(names.get(l.witnessId()), l.start(), l.end()))
                        .collect(Collectors.toSet()))).toList())).toList();
    }

    private static List<String> mutatedCopies(Story base, List<List<Mutation>> edits) {
        List<String> texts = new ArrayList<>();
        texts.add(base.text());
        for (List<Mutation> ms : edits) {
            Story s = base;
            for (Mutation m : ms) {
                s = m.apply(s);
            }
            texts.add(s.text());
        }
        return texts;
    }

    @Property(tries = 100)
    void wordsAreInOrderAndTheirOffsetsPointAtTheirText(@ForAll("stories") Story story) {
        String text = story.text();
        int at = 0;
        for (Token t : Tokenizer.words(text, List.of())) {
            assertThat(t.start()).isGreaterThanOrEqualTo(at);
            assertThat(t.end()).isGreaterThan(t.start());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            at = t.end();
        }
    }

    @Property(tries = 50)
    void identicalCopiesHaveNoDiscrepancies(@ForAll("stories") Story story,
                                             @ForAll("copyCounts") int copies) {
        Comparison c = Comparer.compare(named(Collections.nCopies(copies, story.text())), Options.defaults());
        assertThat(c.sameStory()).isTrue();
        assertThat(c.discrepancies()).isEmpty();
        assertThat(c.copies()).hasSize(copies);
    }

    @Provide
    Arbitrary<Integer> copyCounts() {
        return Arbitraries.integers().between(2, 5);
    }

    @Property(tries = 50)
    void discrepanciesDoNotDependOnTheOrderOfTheCopies(@ForAll("stories") Story story,
                                                       @ForAll("edits") List<List<Mutation>> edits,
                                                       @ForAll long shuffleSeed) {
        List<Witness> witnesses = named(mutatedCopies(story, edits));
        List<Witness> shuffled = new ArrayList<>(witnesses);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        Comparison inOrder = Comparer.compare(witnesses, Options.defaults());
        Comparison reordered = Comparer.compare(shuffled, Options.defaults());
        assertThat(seen(reordered)).isEqualTo(seen(inOrder));
        assertThat(reordered.sameStory()).isEqualTo(inOrder.sameStory());
    }

    @Property(tries = 50)
    void everyLocationLiesInsideItsCopy(@ForAll("stories") Story story,
                                        @ForAll("edits") List<List<Mutation>> edits) {
        Comparison c = Comparer.compare(named(mutatedCopies(story, edits)), Options.defaults());
        Map<String, Integer> lengths = c.copies().stream()
                .collect(Collectors.toMap(Copy::id, x -> x.witness().text().length()));
        Statistics.label("discrepancies").collect(c.discrepancies().isEmpty() ? "none" : "some");
        for (Discrepancy d : c.discrepancies()) {
            for (Reading r : d.readings()) {
                for (Location l : r.locations()) {
                    assertThat(lengths).as("location %s of %s", l, d).containsKey(l.witnessId());
                    assertThat(l.start()).as("start of %s in %s", l, d).isBetween(0, l.end());
                    assertThat(l.end()).as("end of %s in %s", l, d).isLessThanOrEqualTo(lengths.get(l.witnessId()));
                }
            }
        }
    }

    @Provide
    Arbitrary<List<List<Mutation>>> edits() {
        return mutations().list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(1).ofMaxSize(3);
    }
}
