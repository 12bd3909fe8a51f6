package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's entry point, {@link Main}, in the packaged jar: the commands and exit codes of the Quarkus
 * main, and library logging set up as application.properties sets it up for Quarkus.
 */
class PlainMainIT {
    private static final Path APP = Path.of(System.getProperty("corpuslint.app"));

    record Run(int exit, String out, String err) {}

    private static Run run(String classPath, String main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, main));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    /** JGit's ignore rules load SLF4J, which starts JBoss LogManager; started late, it printed an error. */
    @Test
    void checksAFileWithACleanStderr(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".gitignore"), "ignored/\n");
        Path file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: 标题\n---\n\n他说：“你好。\n");
        Run run = run(APP.toString(), "dev.corpuslint.cli.Main", "check", "--no-cache", file.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("DL"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void errorsExitWithTwo() throws Exception {
        Run run = run(APP.toString(), "dev.corpuslint.cli.Main", "explain", "nope");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown rule"), run.err());
        Run misspelt = run(APP.toString(), "dev.corpuslint.cli.Main", "chek");
        assertEquals(2, misspelt.exit());
        assertTrue(misspelt.err().contains("Did you mean: corpuslint check?"), misspelt.err());
    }

    @Test
    void libraryLoggingGoesToStderrAtWarnInCorpuslintsFormat() throws Exception {
        Run run = run(APP + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath(), LogProbe.class.getName());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of(
                "corpuslint: WARN  a warning from JUL",
                "corpuslint: ERROR a failure from JUL: java.lang.IllegalStateException: why",
                "corpuslint: WARN  a warning from SLF4J"), run.err().lines().toList());
    }
}
