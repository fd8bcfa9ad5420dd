package org.wirecheck.text;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * General English news vocabulary the engine relies on: function words, abbreviations, months and weekdays,
 * number words, titles and attribution verbs. Nothing here is specific to one story.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** Function words: ignored when measuring how similar two passages are. */
    public static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "nor",
            "as", "that", "this", "these", "those", "it", "its", "it's", "is", "are", "was", "were", "be", "been",
            "being", "has", "have", "had", "do", "does", "did", "he", "she", "they", "we", "you", "i", "his", "her",
            "their", "our", "your", "my", "him", "them", "us", "me", "which", "who", "whom", "whose", "what", "when",
            "where", "while", "if", "then", "than", "so", "not", "no", "also", "would", "will", "can", "could",
            "should", "may", "might", "must", "shall", "about", "into", "over", "after", "before", "there", "here",
            "said", "says", "say", "one", "all", "any", "some", "such", "other", "more", "most", "very", "just",
            "only", "up", "out", "now", "de", "la", "le", "el", "en", "y", "et");

    /** Words after which a full stop does not end a sentence. */
    public static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
            "rep", "sen", "gov", "prof", "rev", "hon", "pres", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig",
            "vol", "ft", "mt", "ave", "blvd", "dept", "est", "govt", "u.s", "u.k", "a.m", "p.m");

    /** Month names and their abbreviations, to month number. */
    public static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Day names, and relative days, which a date change swaps. */
    public static final Set<String> DAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "yesterday", "today", "tomorrow", "tonight");

    /** Number words with their values (scale words multiply). */
    public static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("hundred", 100L), Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("trillion", 1_000_000_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("mn", 1_000_000L), Map.entry("mln", 1_000_000L),
            Map.entry("dozen", 12L), Map.entry("half", 0L), Map.entry("first", 1L), Map.entry("second", 2L),
            Map.entry("third", 3L), Map.entry("fourth", 4L), Map.entry("fifth", 5L), Map.entry("sixth", 6L),
            Map.entry("seventh", 7L), Map.entry("eighth", 8L), Map.entry("ninth", 9L), Map.entry("tenth", 10L),
            Map.entry("twice", 2L), Map.entry("triple", 3L), Map.entry("double", 2L));

    /** Vague quantity words: a change between them and a number, or among them, is a number change. */
    public static final Set<String> QUANTITY_WORDS = Set.of(
            "hundreds", "thousands", "millions", "billions", "dozens", "tens", "scores", "several", "few", "many",
            "numerous", "dozen", "couple", "percent", "per", "cent", "%", "majority", "minority", "most", "all",
            "none", "half", "quarter", "third", "multiple", "countless");

    /** Titles and roles of people: a change among them is a TITLE discrepancy. */
    public static final Set<String> TITLES = Set.of(
            "president", "vice", "minister", "prime", "secretary", "general", "chief", "director", "head",
            "chairman", "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "envoy", "governor", "mayor", "senator", "congressman", "congresswoman", "representative",
            "judge", "justice", "king", "queen", "prince", "princess", "emperor", "chancellor", "premier",
            "commander", "admiral", "rear-admiral", "colonel", "captain", "lieutenant", "sergeant", "marshal",
            "officer", "official", "counterpart", "leader", "ceo", "founder", "executive", "manager", "deputy",
            "assistant", "undersecretary", "attorney", "prosecutor", "lawmaker", "mp", "councillor", "councilor",
            "pope", "bishop", "cardinal", "imam", "rabbi", "sheikh", "researcher", "professor", "analyst",
            "correspondent", "editor", "reporter", "dictator", "ruler", "monarch", "boss",
            "defence", "defense", "foreign", "interior", "finance", "state", "mr", "mrs", "ms", "dr", "sir", "lord",
            "lady", "dame", "former", "acting");

    /** Nouns that name a news outlet after its name ("Meridian Television", "Yonhap news agency"). */
    public static final Set<String> OUTLET_NOUNS = Set.of("agency", "news", "newspaper", "broadcaster", "outlet",
            "channel", "television", "tv", "radio", "wire");

    /** Words that name where a statement comes from ("according to Yonhap", "as per a CNN report"). */
    public static final Set<String> SOURCE_WORDS = union(OUTLET_NOUNS, Set.of(
            "according", "reported", "reports", "report", "reporting", "told", "quoted", "cited", "citing", "per",
            "via", "source", "sources", "media", "press", "statement"));

    /** Prepositions that put a place after them. */
    public static final Set<String> LOCATIVES = Set.of(
            "in", "to", "from", "at", "near", "into", "visit", "visited", "visiting", "toward", "towards", "outside",
            "across", "throughout", "capital", "city", "arrive", "arrived", "landed", "reached");

    /** Words that deny what follows: "not", "no one", "never", "wasn't". */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "without", "nor", "neither",
            "none", "nobody", "nothing", "cannot");

    /** True when a word key denies what follows ("not", "none", "without", any "…n't"). */
    public static boolean isNegation(String key) {
        return NEGATIONS.contains(key) || key.endsWith("n't");
    }

    /** Currency signs written before an amount: "$11.6 billion", "£5". */
    public static final String CURRENCY_SIGNS = "$£€¥₹";

    /**
     * Currency words and codes, written after an amount ("11.6 bn dollars") or, for codes, before it ("EUR 4.4bn"),
     * with the sign that stands for them.
     */
    public static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "$"),
            Map.entry("dollar", "$"), Map.entry("usd", "$"), Map.entry("euros", "€"), Map.entry("euro", "€"),
            Map.entry("eur", "€"), Map.entry("yen", "¥"), Map.entry("yuan", "¥"), Map.entry("rupees", "₹"),
            Map.entry("gbp", "£"), Map.entry("jpy", "¥"), Map.entry("inr", "₹"));

    public static boolean isCurrencySign(char c) {
        return CURRENCY_SIGNS.indexOf(c) >= 0;
    }

    /** Words that make a record of what they qualify: "largest", "first", "only", "most". */
    private static final Set<String> RECORD_WORDS = Set.of("first", "last", "only", "best", "worst", "most", "least",
            "biggest", "highest", "lowest", "deadliest", "worst-ever");

    /**
     * True for a word that can make a record after "the" in "one of the …": "first", "only", or a word ending in
     * "-est" ("largest", "deadliest"; a plural noun there ends in "-ests").
     */
    public static boolean isSuperlative(String key) {
        return RECORD_WORDS.contains(key) || key.length() > 4 && key.endsWith("est");
    }

    public static boolean isStopword(String key) {
        return STOPWORDS.contains(key);
    }

    public static boolean isNumberWord(String key) {
        return NUMBER_WORDS.containsKey(key) || QUANTITY_WORDS.contains(key);
    }

    public static boolean isDateWord(String key) {
        return MONTHS.containsKey(key) && !key.equals("may") && !key.equals("mar") || DAYS.contains(key);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
