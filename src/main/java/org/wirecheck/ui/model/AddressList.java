package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.wirecheck.ingest.Loader;

/**
 * Web addresses as a user pastes them (one a line, or separated by spaces; angle brackets and quotes around them
 * dropped): the addresses, each once, and the words that are not web addresses.
 */
public record AddressList(List<String> addresses, List<String> rejected) {

    public AddressList {
        addresses = List.copyOf(addresses);
        rejected = List.copyOf(rejected);
    }

    /** Reads {@code text}. */
    public static AddressList parse(String text) {
        LinkedHashSet<String> ok = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            String w = word.replaceAll("^[<\"'(]+|[>\"')]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            if (Loader.isWebAddress(w)) {
                ok.add(w);
            } else {
                bad.add(w);
            }
        }
        return new AddressList(new ArrayList<>(ok), bad);
    }
}
