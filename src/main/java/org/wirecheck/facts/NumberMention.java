package org.wirecheck.facts;

import java.util.List;

/**
 * A number stated in one copy, with the words around it that say what it counts or measures.
 *
 * @param copy     index of the copy
 * @param from     first word of the number phrase ("at least" not included)
 * @param to       one past the number phrase's last word
 * @param value    the value in canonical form ("32" for "thirty-two", "28th", "964000", "10/0" for a score)
 * @param before   stems of up to four words before the number, nearest first
 * @param after    stems of up to four words after it, nearest first (a unit glued to the digits comes first)
 * @param names    keys of the capitalised words among {@code after} ("Wichita" in "160 miles west of Wichita")
 * @param sentence the sentence it stands in
 * @param context  stems of the sentence's other content words, sorted, without numbers
 * @param counts   whether it counts the dead, the hurt or the missing ({@link Counted}); empty when none of them
 */
public record NumberMention(int copy, int from, int to, String value, List<String> before, List<String> after,
                            List<String> names, int sentence, List<String> context, String counts) {

    public NumberMention {
        before = List.copyOf(before);
        after = List.copyOf(after);
        names = List.copyOf(names);
        context = List.copyOf(context);
    }

    /** True for a day of the week ({@link NumberMentions#DAY}): it pairs only with other days. */
    public boolean isDay() {
        return value.startsWith(NumberMentions.DAY);
    }
}
