package dev.corpuslint.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Run by {@link PlainMainIT} beside the packaged jar: logs as lsp4j (JUL) and JGit (SLF4J) do, after Main's set-up. */
public final class LogProbe {
    private LogProbe() {}

    public static void main(String[] args) {
        Main.configureLogging();
        Logger jul = Logger.getLogger("org.eclipse.lsp4j.jsonrpc.probe");
        jul.info("an info line stays out");
        jul.warning("a warning from JUL");
        jul.log(Level.SEVERE, "a failure from JUL", new IllegalStateException("why"));
        org.slf4j.LoggerFactory.getLogger("org.eclipse.jgit.probe").debug("a debug line stays out");
        org.slf4j.LoggerFactory.getLogger("org.eclipse.jgit.probe").warn("a warning from SLF4J");
    }
}
