package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The check run without picocli's model ({@link DirectCheck}) must read a command line exactly as picocli does. */
class DirectCheckTest {
    /** Pieces of command lines: options in every spelling, values picocli takes and refuses, paths. */
    private static final String[][] PIECES = {
        {"--no-cache"}, {"--force-exclude"}, {"--statistics"}, {"-q"}, {"--quiet"}, {"-v"}, {"--verbose"},
        {"--format=json"}, {"--format", "github"}, {"--format=JSON"}, {"--format=xml"}, {"--format"},
        {"--fail-on=error"}, {"--fail-on", "warning"}, {"--fail-on=Error"},
        {"--config=c.yaml"}, {"--config", "dir/中文.yaml"}, {"--exclude=*.html"}, {"--exclude", "drafts/"},
        {"--cache-dir=/tmp/cache"}, {"--max-file-size=8"}, {"--max-file-size", "0"}, {"--max-file-size=+8"},
        {"--max-file-size=0x10"}, {"--threads=2"}, {"--threads", "01"}, {"--threads=-1"}, {"--threads=x"},
        {"--color=never"}, {"--color", "always"}, {"--output-file=out.txt"}, {"--stdin-filename=a.md"},
        {"-qv"}, {"-h"}, {"--help"}, {"-V"}, {"--version"}, {"--unknown"}, {"--no-cache=true"}, {"--"}, {"-"},
        {"@args.txt"}, {"a.md"}, {"dir/b.md"}, {"新闻/稿件.md"}, {"with space.md"},
    };

    /** Every field of InputOptions that an option or the paths set, as picocli or DirectCheck left them. */
    private static List<Object> fields(InputOptions input) throws IllegalAccessException {
        List<Object> values = new ArrayList<>();
        for (Field field : InputOptions.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                values.add(field.getName() + "=" + field.get(input));
            }
        }
        return values;
    }

    /** Picocli's reading of {@code args} after `check`, or null when it refuses them or runs help or version. */
    private static InputOptions picocli(String[] args) {
        CheckCommand check = new CheckCommand();
        CommandLine commandLine = CommandLineFactory.configure(new CommandLine(check), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        try {
            CommandLine.ParseResult result = commandLine.parseArgs(args);
            return result.isUsageHelpRequested() || result.isVersionHelpRequested() ? null : check.input;
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }

    /**
     * Over generated command lines: wherever DirectCheck reads one, picocli reads it to the same fields; where
     * picocli refuses one (or prints help), DirectCheck leaves it to picocli. It may leave more to picocli
     * than it must, never less.
     */
    @Test
    void readsEveryCommandLineItTakesAsPicocliDoes() throws IllegalAccessException {
        Random random = new Random(11);
        int taken = 0;
        for (int round = 0; round < 4000; round++) {
            List<String> args = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) {
                args.addAll(List.of(PIECES[random.nextInt(PIECES.length)]));
            }
            String[] line = args.toArray(String[]::new);
            InputOptions direct = DirectCheck.parse(line);
            InputOptions expected = picocli(line);
            if (direct != null) {
                taken++;
                assertNotNull(expected, () -> "picocli refuses what DirectCheck took: " + args);
                assertEquals(fields(expected), fields(direct), args::toString);
            }
        }
        // Most generated lines hold a piece it leaves to picocli; enough are taken for the comparison to count.
        assertEquals(true, taken > 400, taken + " command lines taken");
    }

    @Test
    void leavesToPicocliWhatItCannotBeSureOf() {
        for (String[] line : new String[][] {{"-h"}, {"--version"}, {"-qv"}, {"--format=JSON"}, {"--format"}, {"-q", "-q"},
                {"--format=json", "--format=text"}, {"--threads=+2"}, {"--max-file-size=1e3"}, {"-"}, {"--", "a.md"},
                {"@args.txt"}, {"--no-cache=true"}, {"--format", "--no-cache"}, {"--unknown"}, {""}}) {
            assertNull(DirectCheck.parse(line), () -> String.join(" ", line));
        }
        StringWriter out = new StringWriter();
        assertNull(DirectCheck.run(new String[] {"fix", "a.md"}, new PrintWriter(out), new PrintWriter(out)));
        assertNull(DirectCheck.run(new String[] {}, new PrintWriter(out), new PrintWriter(out)));
    }

    /** A check it runs reports what the usual command line reports, to the same streams, with the same exit code. */
    @Test
    void runsTheCheckAsTheCommandLineDoes() {
        String[] args = {"check", "--no-cache", "--format=json", Cli.ROOT.resolve("examples/corpus/000_fa597fd7d97116e6.txt").toString(),
            Cli.ROOT.resolve("examples/corpus/001_e64c0e352e863ea7.txt").toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Integer exit = DirectCheck.run(args, new PrintWriter(out), new PrintWriter(err));
        Cli.Result usual = Cli.run(args);
        assertEquals(usual.exit(), exit);
        assertEquals(usual.out(), out.toString());
        assertEquals(usual.err(), err.toString());
    }
}
