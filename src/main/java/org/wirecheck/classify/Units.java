package org.wirecheck.classify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirecheck.text.Stems;

/**
 * Units of measure and their conversions: "105 mph" and "169 km/h", "11 feet" and "3.4 metres" are one measure.
 * Only figures in different units of one dimension are compared this way; "85 mph" and "90 mph" stay two values.
 */
public final class Units {

    /** A figure in a known unit: its dimension, its unit's name, and its value in the dimension's base unit. */
    public record Measure(String dimension, String unit, double base) {

        /** True when the two are one measure in two units of one dimension, within {@link #TOLERANCE}. */
        public boolean sameAs(Measure o) {
            return o != null && dimension.equals(o.dimension) && !unit.equals(o.unit)
                    && Math.abs(base - o.base) <= TOLERANCE * Math.max(base, o.base);
        }
    }

    /** Conversions of one measure into its dimension's base unit agree within this share. */
    static final double TOLERANCE = 0.03;
    /** A figure and the unit word after it, in a reading's text: "105 mph", "169 km/h", "3.4 metres". */
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(km/h|[A-Za-z]+)");

    private record Unit(String dimension, double factor, String name) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        unit("speed", 1.0, "km/h", "kph", "kmh", "kmph");
        unit("speed", 1.609344, "mph");
        unit("speed", 1.852, "knot", "knots");
        unit("length", 1.0, "metre", "metres", "meter", "meters", "m");
        unit("length", 0.3048, "foot", "feet", "ft");
        unit("length", 0.0254, "inch", "inches");
        unit("length", 0.01, "centimetre", "centimetres", "centimeter", "centimeters", "cm");
        unit("length", 1000.0, "kilometre", "kilometres", "kilometer", "kilometers", "km");
        unit("length", 1609.344, "mile", "miles", "mi");
        unit("mass", 1.0, "kilogram", "kilograms", "kg");
        unit("mass", 0.45359237, "pound", "pounds", "lb", "lbs");
    }

    private static void unit(String dimension, double factor, String... names) {
        for (String n : names) {
            UNITS.put(n, new Unit(dimension, factor, names[0]));
            UNITS.put(Stems.of(n), new Unit(dimension, factor, names[0]));
        }
    }

    private Units() {
    }

    /**
     * The measure of {@code value} in the unit named by {@code word} (a word or its stem; "km" followed by "h" is
     * km/h), or null for no known unit.
     */
    public static Measure of(double value, String word, String next) {
        Unit u = UNITS.get(word);
        if (u != null && u.name().equals("kilometre") && next != null && (next.equals("h") || next.equals("hr"))) {
            u = UNITS.get("km/h"); // "169 km/h", written as two words
        }
        return u == null ? null : new Measure(u.dimension(), u.name(), value * u.factor());
    }

    /** True when two readings each state one figure with a unit: one measure in two units ("40 mph" / "64 km/h"). */
    public static boolean sameMeasure(String a, String b) {
        Measure x = measureIn(a);
        return x != null && x.sameAs(measureIn(b));
    }

    private static Measure measureIn(String text) {
        Matcher m = FIGURE.matcher(text.replace(",", ""));
        if (!m.find()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (m.find()) {
            return null; // more than one figure
        }
        return of(value, unit, null);
    }
}
