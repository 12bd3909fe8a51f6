package dev.corpuslint.cli;

import java.io.OutputStream;
import picocli.CommandLine;

/**
 * One run of a corpuslint command line with its reports rendered and encoded into a null stream, as
 * {@link WarmCheck} runs it; loaded by bench/src/WarmAb.java once per build, in the CLI's package to build
 * the command line as the launcher's main does.
 */
public final class WarmAbRun {
    private WarmAbRun() {}

    public static int run(String[] command) {
        CommandLine commandLine = CommandLineFactory.configure(CommandLineFactory.create(CommandLine.defaultFactory(), command),
                new Utf8Writer(OutputStream.nullOutputStream(), false), new Utf8Writer(OutputStream.nullOutputStream(), false));
        return commandLine.execute(command);
    }
}
