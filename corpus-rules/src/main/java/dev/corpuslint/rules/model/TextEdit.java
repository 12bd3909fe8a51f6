package dev.corpuslint.rules.model;

import java.util.Objects;

/** Replace the text in {@code range} with {@code newText}; an empty range inserts, empty text deletes. */
public record TextEdit(TextRange range, String newText) {
    public TextEdit {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(newText, "newText");
    }

    public static TextEdit delete(TextRange range) {
        return new TextEdit(range, "");
    }

    public static TextEdit delete(int start, int end) {
        return delete(new TextRange(start, end));
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(TextRange.at(offset), text);
    }

    public static TextEdit replace(int start, int end, String text) {
        return new TextEdit(new TextRange(start, end), text);
    }
}
