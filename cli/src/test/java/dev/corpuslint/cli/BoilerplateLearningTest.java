package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus-learned boilerplate from the command line: learning during a check, the index, promotion. */
class BoilerplateLearningTest {
    @TempDir
    Path dir;

    private static final String FOOTER = "本站所有文章均为原创，欢迎分享到朋友圈";

    /** Twelve articles of one site, each with its own text and the site's footer. */
    private void writeCorpus() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("site/a" + i + ".md"),
                    "---\ntitle: t" + i + "\ndate: 2024-01-01\nsource: 某站\nurl: https://a.b/" + i + "\n---\n第" + i + "篇文章的正文。\n\n" + FOOTER + "\n");
        }
    }

    @Test
    void aDirectoryCheckLearnsTheSitesRepeatedLinesAsItGoes() throws Exception {
        writeCorpus();
        Cli.Result r = Cli.run("check", dir.toString());
        assertTrue(r.out().contains("BP004 Line appears in 12 of 12 documents from 某站 (learned boilerplate)"), r.out());
        assertEquals(1, r.exit());
        Cli.Result single = Cli.run("check", dir.resolve("site/a0.md").toString());
        assertFalse(single.out().contains("BP004"), "one file alone has nothing to learn from: " + single.out());
    }

    @Test
    void learnWritesAnIndexThatSingleFileRunsUse() throws Exception {
        writeCorpus();
        Cli.Result learned = Cli.run("learn", dir.toString());
        assertEquals(0, learned.exit(), learned.err());
        assertTrue(learned.err().contains("Learned 1 lines in 1 of 1 sources from 12 files; wrote "), learned.err());
        assertTrue(Files.readString(dir.resolve(".corpuslint/boilerplate.tsv")).contains("source:某站\t12\t12\t"));
        Cli.Result single = Cli.run("check", dir.resolve("site/a3.md").toString());
        assertTrue(single.out().contains("a3.md:9:1: BP004"), single.out());
        Cli.run("fix", "--unsafe-fixes", dir.resolve("site/a3.md").toString());
        assertFalse(Files.readString(dir.resolve("site/a3.md")).contains(FOOTER));
        assertTrue(Files.readString(dir.resolve("site/a3.md")).contains("第3篇文章的正文。"));
    }

    @Test
    void printListsTheLearnedLinesAndWritesNothing() throws Exception {
        writeCorpus();
        Cli.Result r = Cli.run("learn", "--print", dir.toString());
        assertEquals("source:某站\t12\t12\t" + FOOTER + "\n", r.out());
        assertFalse(Files.exists(dir.resolve(".corpuslint")));
    }

    @Test
    void promotedLinesBecomeAUserPackTheConfigurationCanUse() throws Exception {
        writeCorpus();
        Path pack = dir.resolve("learned.yaml");
        assertEquals(0, Cli.run("learn", "--promote", pack.toString(), dir.toString()).exit());
        assertTrue(Files.readString(pack).contains("- '" + FOOTER + "'"));
        assertEquals(2, Cli.run("learn", "--promote", pack.toString(), dir.toString()).exit(), "an existing file is not overwritten");
        Files.writeString(dir.resolve(".corpuslint.yaml"), "packs: [learned.yaml]\nlearning: {enabled: false}\n");
        Cli.Result r = Cli.run("check", dir.resolve("site/a1.md").toString());
        assertTrue(r.out().contains("a1.md:9:1: BP900 Learned boilerplate `" + FOOTER + "`"), r.out());
        Cli.Result explained = Cli.run("explain", "--config", dir.resolve(".corpuslint.yaml").toString(), "BP900");
        assertTrue(explained.out().startsWith("# BP900 learned-site-line\n"), explained.out() + explained.err());
    }

    @Test
    void aMalformedPackStopsItsFilesWithFileLineAndKeyAndNothingIsLinted() throws Exception {
        writeCorpus();
        Files.writeString(dir.resolve("site/pack.yaml"), "pack: mine\nrules:\n  - code: BP901\n    name: x\n    summary: s\n"
                + "    message: m\n    kind: pattern\n    patterns: ['^a']\n    safety: safe\n    colour: red\n");
        Files.writeString(dir.resolve("site/.corpuslint.yaml"), "packs: [pack.yaml]\n");
        Files.writeString(dir.resolve("other.md"), "---\ntitle: t\ndate: 2024-01-01\nurl: https://a.b/\n---\n正文。\n");
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("pack.yaml:10:5: unknown key `colour` in a `pattern` pack rule"), r.err());
        assertEquals(1, r.err().split("unknown key `colour`", -1).length - 1, "the configuration error is printed once: " + r.err());
        assertTrue(r.err().contains("site/a1.md: error: not checked: the configuration error above applies to it"), r.err());
        assertFalse(r.out().contains("site/a"), "no file is linted with a half-loaded pack: " + r.out());
        assertTrue(r.out().contains("Checked 1 file"), r.out());
    }
}
