package dev.corpuslint.cli;

import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the command line the Quarkus main runs.
 *
 * <p>Picocli builds a command's model (every option, its annotations read by reflection) when the command is
 * added, and that is the costliest part of starting up after the JVM itself: for all eight subcommands about
 * 45 ms of a one-file check. So when the first argument names a subcommand only that one is added; anything
 * else (no arguments, `--help`, an unknown or misspelt name) gets them all, so that help and "did you mean"
 * suggestions stay complete.
 *
 * <p>Reports are always UTF-8, whatever the locale: CI machines often run with LANG=C, where the JVM's
 * default would print every Chinese character as `?`.
 */
@ApplicationScoped
public class CommandLineFactory {
    @Produces
    CommandLine commandLine(CommandLine.IFactory factory, @CommandLineArguments String[] args) {
        return configure(create(factory, args));
    }

    /** The top command with the subcommands {@code args} can reach. Tests pass no arguments to get them all. */
    static CommandLine create(CommandLine.IFactory factory, String... args) {
        CommandLine top = new CommandLine(CorpuslintCommand.class, factory);
        List<Class<?>> named = args.length == 0 ? List.of()
                : CorpuslintCommand.SUBCOMMANDS.stream().filter(c -> names(c).anyMatch(args[0]::equals)).toList();
        for (Class<?> subcommand : named.isEmpty() ? CorpuslintCommand.SUBCOMMANDS : named) {
            top.addSubcommand(subcommand);
        }
        return top;
    }

    private static Stream<String> names(Class<?> subcommand) {
        Command command = subcommand.getAnnotation(Command.class);
        return Stream.concat(Stream.of(command.name()), Stream.of(command.aliases()));
    }

    static CommandLine configure(CommandLine commandLine) {
        return configure(commandLine, utf8(System.out), utf8(System.err));
    }

    /** Also used by tests, which pass their own writers. */
    static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> internalError(e, cmd.getErr()));
        return commandLine;
    }

    /** What a command that throws prints, and its exit code. */
    static int internalError(Exception e, PrintWriter err) {
        err.println("corpuslint: internal error: " + e);
        err.flush();
        return 2;
    }

    static PrintWriter utf8(java.io.OutputStream stream) {
        return new Utf8Writer(stream, true);
    }
}
