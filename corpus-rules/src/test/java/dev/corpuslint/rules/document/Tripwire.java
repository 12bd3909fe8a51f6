package dev.corpuslint.rules.document;

/** A class a YAML tag names in {@link HostileYamlTest}: loading it at all would mean a tag instantiated a class. */
public final class Tripwire {
    static final String LOADED = "corpuslint.test.tripwire.loaded";

    static {
        System.setProperty(LOADED, "true");
    }

    public Tripwire() {}
}
