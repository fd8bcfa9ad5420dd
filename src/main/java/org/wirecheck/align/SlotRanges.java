package org.wirecheck.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirecheck.text.TextRange;

/**
 * Where each slot of the pivot (an aligned passage) stands in the copies: per slot, in story order, the character
 * range of every copy that has it. A copy that lacks a slot has no range there.
 */
public final class SlotRanges {

    private final List<Map<Integer, TextRange>> bySlot;

    SlotRanges(List<Map<Integer, TextRange>> bySlot) {
        List<Map<Integer, TextRange>> copy = new ArrayList<>(bySlot.size());
        for (Map<Integer, TextRange> m : bySlot) {
            copy.add(Collections.unmodifiableMap(new TreeMap<>(m)));
        }
        this.bySlot = List.copyOf(copy);
    }

    /** How many slots the pivot has. */
    public int slotCount() {
        return bySlot.size();
    }

    /** The copies that have slot {@code slot}, in copy order, each with its character range there. */
    public Map<Integer, TextRange> at(int slot) {
        return bySlot.get(slot);
    }

    /** Copy {@code copy}'s character range in slot {@code slot}, or null when the copy lacks the slot. */
    public TextRange of(int slot, int copy) {
        return bySlot.get(slot).get(copy);
    }
}
