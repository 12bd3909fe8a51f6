package dev.corpuslint.rules.model;

/** What a rule can offer, declared up front so that `rules` and docs can show it without linting. */
public enum FixAvailability {
    NONE,
    SOMETIMES,
    ALWAYS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
