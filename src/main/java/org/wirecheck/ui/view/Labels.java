package org.wirecheck.ui.view;

import java.util.Map;
import javafx.util.StringConverter;

/** A choice box's words for each value of an enum. */
final class Labels {

    private Labels() {
    }

    static <T> StringConverter<T> of(Map<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.getOrDefault(value, value.toString());
            }

            @Override
            public T fromString(String text) {
                return words.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        };
    }
}
