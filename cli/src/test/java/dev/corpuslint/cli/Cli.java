package dev.corpuslint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process, as the Quarkus main does, capturing its output. */
final class Cli {
    record Result(int exit, String out, String err) {}

    static final Path ROOT = Path.of(System.getProperty("corpuslint.root", ".."));

    private Cli() {}

    static Result run(String... args) {
        return runWithStdin(null, args);
    }

    static synchronized Result runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CommandLineFactory.configure(CommandLineFactory.create(CommandLine.defaultFactory()),
                new PrintWriter(out, true), new PrintWriter(err, true));
        // `fix -` writes the fixed bytes to a raw stream; capture them after the writer's output.
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        FixCommand fix = cli.getSubcommands().get("fix").getCommand();
        fix.stdout = raw;
        InputStream previousIn = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int exit = cli.execute(args);
            return new Result(exit, out + raw.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setIn(previousIn);
        }
    }
}
