package org.wirecheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A witness ready for comparison: its word tokens, and for each word its sentence, its paragraph, whether it stands
 * inside quotation marks and whether it starts a sentence. Immutable once built.
 */
public final class Document {

    private final Witness witness;
    private final List<Token> words;
    private final int[] sentenceOf;
    private final int[] paragraphOf;
    private final boolean[] quoted;
    private final List<int[]> sentences;

    private Document(Witness witness, List<Token> words, int[] sentenceOf, int[] paragraphOf, boolean[] quoted,
                     List<int[]> sentences) {
        this.witness = witness;
        this.words = List.copyOf(words);
        this.sentenceOf = sentenceOf;
        this.paragraphOf = paragraphOf;
        this.quoted = quoted;
        this.sentences = sentences;
    }

    /** Tokenizes and segments a witness. */
    public static Document of(Witness w) {
        String text = w.text();
        List<Token> words = Tokenizer.words(text, w.hidden());
        int n = words.size();
        int[] sentenceOf = new int[n];
        int[] paragraphOf = new int[n];
        boolean[] quoted = Quotes.quotedWords(text, words);
        List<int[]> sentences = new ArrayList<>();
        int sentence = 0;
        int paragraph = 0;
        int sentenceStart = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                Token prev = words.get(i - 1);
                Token cur = words.get(i);
                String gap = text.substring(prev.end(), cur.start());
                boolean newParagraph = gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0 || gap.indexOf('\u2029') >= 0;
                if (newParagraph || Sentences.endsSentence(prev, gap, cur)) {
                    sentences.add(new int[] {sentenceStart, i});
                    sentenceStart = i;
                    sentence++;
                }
                if (newParagraph) {
                    paragraph++;
                }
            }
            sentenceOf[i] = sentence;
            paragraphOf[i] = paragraph;
        }
        if (n > 0) {
            sentences.add(new int[] {sentenceStart, n});
        }
        return new Document(w, words, sentenceOf, paragraphOf, quoted, List.copyOf(sentences));
    }

    public Witness witness() {
        return witness;
    }

    public String text() {
        return witness.text();
    }

    public List<Token> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public Token word(int i) {
        return words.get(i);
    }

    public int sentenceOf(int word) {
        return sentenceOf[word];
    }

    public int paragraphOf(int word) {
        return paragraphOf[word];
    }

    public boolean quoted(int word) {
        return quoted[word];
    }

    /** Sentence count. */
    public int sentenceCount() {
        return sentences.size();
    }

    /** First word index of a sentence. */
    public int sentenceStart(int s) {
        return sentences.get(s)[0];
    }

    /** Word index one past the sentence's last word. */
    public int sentenceEnd(int s) {
        return sentences.get(s)[1];
    }

    /** True when word i is the first word of its paragraph. */
    public boolean startsParagraph(int i) {
        return i == 0 || paragraphOf[i - 1] != paragraphOf[i];
    }

    /** True when word i is the first word of its sentence. */
    public boolean startsSentence(int i) {
        return i == 0 || sentenceOf[i - 1] != sentenceOf[i];
    }

    /** Character offset where word {@code from} starts, for a word range {@code [from, to)}; to must be > from. */
    public int charStart(int from) {
        return words.get(from).start();
    }

    public int charEnd(int toExclusive) {
        return words.get(toExclusive - 1).end();
    }

    /** Index of the first word that ends after {@code charIndex} (the word at or after it), or size() if none. */
    public int wordAtOrAfter(int charIndex) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text of word range {@code [from, to)} as it stands in the copy (punctuation between words included). */
    public String slice(int from, int to) {
        if (from >= to) {
            return "";
        }
        return witness.text().substring(charStart(from), charEnd(to));
    }
}
