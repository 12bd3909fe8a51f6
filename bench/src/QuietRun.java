package dev.corpuslint.cli;

import java.io.OutputStream;
import picocli.CommandLine;

/**
 * One run of a corpuslint command line with its reports rendered and encoded (through {@link Utf8Writer}, as
 * a real run's are) into a null stream: what bench/src/WarmCheck.java repeats, and what bench/src/WarmAb.java
 * loads once per build. In the CLI's package to build the command line as the launcher's main does.
 */
public final class QuietRun {
    private QuietRun() {}

    public static int run(String[] command) {
        CommandLine commandLine = CommandLineFactory.configure(CommandLineFactory.create(CommandLine.defaultFactory(), command),
                new Utf8Writer(OutputStream.nullOutputStream(), false), new Utf8Writer(OutputStream.nullOutputStream(), false));
        return commandLine.execute(command);
    }
}
