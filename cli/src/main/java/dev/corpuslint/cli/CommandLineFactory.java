package dev.corpuslint.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Reports are always UTF-8, whatever the locale: CI machines often run with LANG=C, where the JVM's
 * default would print every Chinese character as `?`.
 */
@ApplicationScoped
public class CommandLineFactory {
    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return configure(factory.create());
    }

    static CommandLine configure(CommandLine commandLine) {
        return configure(commandLine, utf8(System.out), utf8(System.err));
    }

    /** Also used by tests, which pass their own writers. */
    static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("corpuslint: internal error: " + e);
            cmd.getErr().flush();
            return 2;
        });
        return commandLine;
    }

    private static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
