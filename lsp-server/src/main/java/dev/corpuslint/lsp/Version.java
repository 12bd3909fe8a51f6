package dev.corpuslint.lsp;

/** The server's version, from the jar's manifest when packaged. */
final class Version {
    private Version() {}

    static String of() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
