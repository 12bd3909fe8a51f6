package dev.corpuslint.rules.model;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * A fix: text edits that must be applied together, and optionally a new encoding for the file.
 *
 * <p>{@code encodeAs} exists because transcoding a legacy-charset file changes its bytes but not its
 * decoded text, which edits cannot express.
 */
public record Fix(String title, List<TextEdit> edits, Applicability applicability, Charset encodeAs) {
    public Fix {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(applicability, "applicability");
        edits = List.copyOf(edits);
        if (edits.isEmpty() && encodeAs == null) {
            throw new IllegalArgumentException("a fix needs at least one edit or a target encoding");
        }
    }

    public Fix(String title, List<TextEdit> edits, Applicability applicability) {
        this(title, edits, applicability, null);
    }

    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), Applicability.SAFE);
    }

    public static Fix unsafe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), Applicability.UNSAFE);
    }

    public boolean isSafe() {
        return applicability == Applicability.SAFE;
    }
}
