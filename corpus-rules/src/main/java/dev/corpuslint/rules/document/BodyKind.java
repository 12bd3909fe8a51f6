package dev.corpuslint.rules.document;

import java.util.Locale;

/** How the body is written, which decides what counts as prose and how a line may be removed. */
public enum BodyKind {
    MARKDOWN,
    HTML,
    PLAIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
