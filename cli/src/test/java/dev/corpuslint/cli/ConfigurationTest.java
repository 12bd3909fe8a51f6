package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
    @TempDir
    Path dir;

    private static final String ZONELESS = "---\ntitle: t\ndate: 2021-06-09 15:18\nurl: https://a.b/c\n---\n正文。\n";

    @Test
    void theNearestConfigurationAppliesToEachFile() throws Exception {
        Files.createDirectories(dir.resolve("beijing"));
        Files.writeString(dir.resolve("beijing/.corpuslint.yaml"), "front-matter:\n  time-zone: Asia/Shanghai\n");
        Files.writeString(dir.resolve("beijing/a.md"), ZONELESS);
        Files.writeString(dir.resolve("b.md"), ZONELESS);
        Cli.run("fix", "--unsafe-fixes", dir.toString());
        assertTrue(Files.readString(dir.resolve("beijing/a.md")).contains("date: 2021-06-09T15:18:00+08:00"));
        assertTrue(Files.readString(dir.resolve("b.md")).contains("date: 2021-06-09 15:18"), "no zone configured, no fix");
    }

    @Test
    void aBrokenConfigurationNamesFileLineAndKeyAndOtherFilesStillRun() throws Exception {
        Files.createDirectories(dir.resolve("bad"));
        Files.writeString(dir.resolve("bad/.corpuslint.yaml"), "front-matter:\n  requird: [title]\n");
        Files.writeString(dir.resolve("bad/a.md"), ZONELESS);
        Files.writeString(dir.resolve("ok.md"), ZONELESS);
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".corpuslint.yaml:2:3: unknown key `requird` in `front-matter`"), r.err());
        assertTrue(r.out().contains("ok.md:3:7: FM012"), r.out());
        assertFalse(r.out().contains("bad/a.md:"), "nothing is linted with a broken configuration");
    }

    @Test
    void anExplicitConfigWinsAndABrokenOneStopsTheRunBeforeReading() throws Exception {
        Files.writeString(dir.resolve("a.md"), ZONELESS);
        Path config = dir.resolve("strict.yaml");
        Files.writeString(config, "front-matter:\n  required: [title, author]\n");
        assertTrue(Cli.run("check", "--config", config.toString(), dir.resolve("a.md").toString()).out()
                .contains("Required front-matter key `author` is missing"));
        Files.writeString(config, "front-matter: {types: {title: text}}\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), dir.resolve("a.md").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("corpuslint: configuration error: " + config + ":1:31: unknown type `text`"), r.err());
        assertEquals("", r.out());
    }
}
