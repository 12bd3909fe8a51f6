package dev.corpuslint.rules.model;

/** The four families of defects; the prefix is the first part of every rule code. */
public enum Family {
    DELIMITER("DL", "delimiter"),
    FRONT_MATTER("FM", "front-matter"),
    ENCODING("EN", "encoding"),
    BOILERPLATE("BP", "boilerplate");

    private final String prefix;
    private final String label;

    Family(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String prefix() {
        return prefix;
    }

    /** The name used in output and configuration. */
    public String label() {
        return label;
    }
}
