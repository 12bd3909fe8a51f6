package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheTest {
    @TempDir
    Path dir;

    private Cli.Result check(String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "check";
        args[1] = "--verbose";
        args[2] = "--cache-dir";
        args[3] = dir.resolve("cache").toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        args[args.length - 1] = dir.resolve("corpus").toString();
        return Cli.run(args);
    }

    private void corpus() throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("corpus/a" + i + ".md"), "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\n---\n中文,中文" + i + "\n");
        }
    }

    @Test
    void unchangedFilesComeFromTheCacheWithTheSameFindings() throws Exception {
        corpus();
        Cli.Result first = check();
        assertTrue(first.err().contains("cache: 0 files from the cache, 3 linted"), first.err());
        Cli.Result second = check();
        assertTrue(second.err().contains("cache: 3 files from the cache, 0 linted"), second.err());
        assertEquals(first.out(), second.out());
        Files.writeString(dir.resolve("corpus/a1.md"), "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\n---\n正文。\n");
        Cli.Result third = check();
        assertTrue(third.err().contains("cache: 2 files from the cache, 1 linted"), third.err());
        assertFalse(third.out().contains("a1.md:5"), third.out());
    }

    @Test
    void aConfigurationChangeNeverBringsBackAStaleResult() throws Exception {
        corpus();
        assertTrue(check().out().contains("FM013"));
        Files.writeString(dir.resolve("corpus/.corpuslint.yaml"), "ignore: [FM013]\n");
        Cli.Result after = check();
        assertFalse(after.out().contains("FM013"), after.out());
        assertTrue(after.err().contains("0 files from the cache"), after.err());
    }

    @Test
    void anotherBuildOfCorpuslintLintsAgain() throws Exception {
        corpus();
        check();
        String previous = System.getProperty("corpuslint.build");
        System.setProperty("corpuslint.build", "a later build");
        try {
            assertTrue(check().err().contains("0 files from the cache, 3 linted"));
        } finally {
            if (previous == null) {
                System.clearProperty("corpuslint.build");
            } else {
                System.setProperty("corpuslint.build", previous);
            }
        }
    }

    @Test
    void noCacheNeitherReadsNorWrites() throws Exception {
        corpus();
        check("--no-cache");
        assertFalse(Files.exists(dir.resolve("cache")));
    }
}
