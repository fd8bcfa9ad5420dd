package org.wirecheck.facts;

import java.util.List;
import org.wirecheck.classify.Units;
import org.wirecheck.text.Lexicon;

/**
 * Number mentions that give one reading: the same value (with or without its currency sign), or the same measure in
 * another unit ("105 mph" / "169 km/h", "11 feet" / "3.4 metres"; {@link Units}).
 */
public final class UnitValues {

    /** A value that is one plain number: no range, no sign, no unit glued to it. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

    private UnitValues() {
    }

    /** True when two mentions give one reading. */
    public static boolean sameReading(NumberMention a, NumberMention b) {
        if (a.value().equals(b.value()) || sameUnsigned(a.value(), b.value())) {
            return true;
        }
        Units.Measure x = of(a);
        return x != null && x.sameAs(of(b));
    }

    /** "€30.2" and "30.2": one amount, its currency left unsaid in one copy (not "€30.2" and "$30.2"). */
    private static boolean sameUnsigned(String a, String b) {
        return signed(a) != signed(b) && unsigned(a).equals(unsigned(b));
    }

    /** The value of a plain amount, with or without its currency sign ("$4400000000", "30.2"); -1 for any other. */
    static double amount(String value) {
        String v = unsigned(value);
        return PLAIN.matcher(v).matches() ? Double.parseDouble(v) : -1;
    }

    private static boolean signed(String value) {
        return !value.isEmpty() && Lexicon.isCurrencySign(value.charAt(0));
    }

    private static String unsigned(String value) {
        return signed(value) ? value.substring(1) : value;
    }

    private static Units.Measure of(NumberMention m) {
        if (m.after().isEmpty() || !PLAIN.matcher(m.value()).matches()) {
            return null;
        }
        List<String> after = m.after();
        return Units.of(Double.parseDouble(m.value()), after.get(0), after.size() > 1 ? after.get(1) : null);
    }
}
