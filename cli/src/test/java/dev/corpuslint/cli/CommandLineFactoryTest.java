package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only the subcommand a run names is built; anything else gets them all, so help stays complete. */
class CommandLineFactoryTest {
    private static final Set<String> ALL = Set.of("check", "fix", "learn", "config", "report", "lsp", "rules", "explain");

    private static Set<String> built(String... args) {
        return CommandLineFactory.create(CommandLine.defaultFactory(), args).getSubcommands().keySet();
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("check"), built("check", "--no-cache", "a.md"));
        assertEquals(Set.of("explain"), built("explain", "FM001"));
    }

    @Test
    void everythingElseBuildsThemAll() {
        for (List<String> args : List.of(List.<String>of(), List.of("--help"), List.of("-V"), List.of("chek"), List.of("@args.txt"))) {
            assertEquals(ALL, built(args.toArray(String[]::new)), args.toString());
        }
    }

    @Test
    void theSubcommandListIsTheOneHelpShows() {
        assertEquals(ALL.size(), CorpuslintCommand.SUBCOMMANDS.size());
        Cli.Result help = Cli.run("--help");
        for (String name : ALL) {
            assertEquals(true, help.out().contains("\n  " + name + " "), name + " in\n" + help.out());
        }
    }

    @Test
    void aMisspeltSubcommandIsStillSuggested() {
        String[] args = {"chek", "a.md"};
        StringWriter err = new StringWriter();
        CommandLine cli = CommandLineFactory.configure(CommandLineFactory.create(CommandLine.defaultFactory(), args),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(2, cli.execute(args));
        assertEquals(true, err.toString().contains("Did you mean: corpuslint check?"), err.toString());
    }
}
