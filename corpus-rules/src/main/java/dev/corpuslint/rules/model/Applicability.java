package dev.corpuslint.rules.model;

/**
 * How sure a fix is to keep the document's meaning. {@code fix} applies only SAFE fixes unless the
 * user asks for unsafe ones; editors apply only SAFE fixes on "fix all".
 */
public enum Applicability {
    /** The meaning of the text is certainly kept. */
    SAFE,
    /** Usually right, but it may delete or change content; a person should review it. */
    UNSAFE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
