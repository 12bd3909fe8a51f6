package dev.corpuslint.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import picocli.CommandLine;

/**
 * The JVM-mode entry point the launcher uses: the same command line as the Quarkus main, built and run
 * without Quarkus's start-up (its configuration, container and logging set-up), which is about 0.06–0.1 s of
 * every one-file check, a fifth of the pre-commit case. No command needs the container: none injects
 * anything, and the tests already run them with picocli's default factory. The Quarkus main
 * ({@link CommandLineFactory}) stays the jar's own entry point and the native build's. A plain {@code check}
 * skips picocli's model too ({@link DirectCheck}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        configureLogging();
        Integer direct = DirectCheck.run(args, CommandLineFactory.utf8(System.out), CommandLineFactory.utf8(System.err));
        if (direct != null) {
            System.exit(direct);
        }
        CommandLine commandLine = CommandLineFactory.configure(CommandLineFactory.create(CommandLine.defaultFactory(), args));
        System.exit(commandLine.execute(args));
    }

    /**
     * Libraries log through java.util.logging (lsp4j) and SLF4J (JGit), both of which the jar routes to JBoss
     * LogManager, which must be the JDK's log manager before anything logs or it prints an error of its own.
     * What application.properties gives the Quarkus main, done here: WARN and above, on stderr (stdout
     * belongs to reports and to the language server's JSON-RPC), in corpuslint's format.
     */
    static void configureLogging() {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.WARNING);
        Handler stderr = new StreamHandler(new PrintStream(System.err, true, StandardCharsets.UTF_8), new OneLine()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        stderr.setLevel(Level.WARNING);
        root.addHandler(stderr);
    }

    /** `corpuslint: WARN  message`, as the Quarkus main's `%-5p %s%e` prints it. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String level = record.getLevel().intValue() >= Level.SEVERE.intValue() ? "ERROR" : "WARN";
            StringBuilder line = new StringBuilder("corpuslint: ").append(String.format("%-5s ", level)).append(formatMessage(record));
            if (record.getThrown() != null) {
                line.append(": ").append(record.getThrown());
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
