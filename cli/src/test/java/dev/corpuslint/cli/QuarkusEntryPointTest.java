package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** The real Quarkus entry point: the top command, its exit codes and a clean stdout. */
@QuarkusMainTest
class QuarkusEntryPointTest {
    @Test
    @Launch({"rules"})
    void runsTheTopCommandThroughQuarkus(LaunchResult result) {
        assertEquals(0, result.exitCode());
        assertTrue(result.getOutput().startsWith("CODE   NAME"), result.getOutput());
    }

    /** The producer builds only the named subcommand (see CommandLineFactory); help still lists them all. */
    @Test
    @Launch({"--help"})
    void helpListsEverySubcommand(LaunchResult result) {
        for (Class<?> subcommand : CorpuslintCommand.SUBCOMMANDS) {
            String name = subcommand.getAnnotation(picocli.CommandLine.Command.class).name();
            assertTrue(result.getOutput().contains("\n  " + name + " "), name + " in\n" + result.getOutput());
        }
    }

    @Test
    @Launch(value = {"chek"}, exitCode = 2)
    void aMisspeltSubcommandIsSuggested(LaunchResult result) {
        assertTrue(result.getErrorOutput().contains("Did you mean: corpuslint check?"), result.getErrorOutput());
    }

    @Test
    @Launch(value = {"explain", "nope"}, exitCode = 2)
    void exitCodeTwoForErrors(LaunchResult result) {
        assertTrue(result.getErrorOutput().contains("unknown rule"), result.getErrorOutput());
    }
}
