package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory check that learns as it reads ({@link LearningCheck}) reports what learning first and checking
 * after reports: whatever share of the results its memory budget lets it hold, in every format, with the
 * files it cannot hold (binary, misconfigured) reported as before, and with the cache.
 */
class LearningCheckTest {
    private static final String BUDGET = "corpuslint.held-bytes";
    private static final String FOOTER = "本站所有文章均为原创，欢迎分享到朋友圈";

    @TempDir
    Path dir;

    /** Two sites with learned footers, suppressions used and unused, a binary file and a broken configuration. */
    private Path corpus() throws Exception {
        Path corpus = dir.resolve("corpus");
        for (String site : List.of("甲", "乙")) {
            Files.createDirectories(corpus.resolve(site));
            for (int i = 0; i < 9; i++) {
                String extra = switch (i % 3) {
                    case 0 -> "<!-- corpuslint-disable-next-line BP004 -->\n";
                    case 1 -> "<!-- corpuslint-disable-next-line BP004 -->\n独有的一段话" + i + "。\n\n";
                    default -> "正文里有“引号没有闭合。\n\n";
                };
                Files.writeString(corpus.resolve(site + "/a" + i + ".md"), "---\ntitle: t" + i + "\ndate: 2024-01-01\nsource: " + site
                        + "\nurl: https://a.b/" + i + "\n---\n第" + i + "篇文章的正文。\n\n" + extra + FOOTER + site + "\n");
            }
        }
        Files.write(corpus.resolve("甲/image.md"), new byte[] {'a', 0, 'b'});
        Files.createDirectories(corpus.resolve("broken"));
        Files.writeString(corpus.resolve("broken/.corpuslint.yaml"), "ignore: [\n");
        Files.writeString(corpus.resolve("broken/b.md"), "---\ntitle: b\n---\n正文。\n");
        return corpus;
    }

    private static Cli.Result checkHolding(String budget, String... args) {
        String previous = System.getProperty(BUDGET);
        try {
            if (budget == null) {
                System.clearProperty(BUDGET);
            } else {
                System.setProperty(BUDGET, budget);
            }
            return Cli.run(args);
        } finally {
            if (previous == null) {
                System.clearProperty(BUDGET);
            } else {
                System.setProperty(BUDGET, previous);
            }
        }
    }

    @Test
    void everyResultHeldNoneHeldOrSomeHeldReportTheSame() throws Exception {
        Path corpus = corpus();
        for (String format : List.of("text", "json")) {
            Cli.Result all = checkHolding(null, "check", "--no-cache", "--format", format, corpus.toString());
            assertTrue(all.out().contains("BP004"), all.out());
            assertTrue(all.out().contains("DL007"), "an unused suppression: " + all.out());
            assertTrue(all.err().contains("image.md: skipped: binary file"), all.err());
            assertTrue(all.err().contains("b.md: error: configuration error"), all.err());
            // Budget 0 holds nothing: every file is checked afresh after learning, as before this class existed.
            for (String budget : List.of("0", "9000")) {
                Cli.Result other = checkHolding(budget, "check", "--no-cache", "--format", format, corpus.toString());
                assertEquals(all.out(), other.out(), format + ", budget " + budget);
                assertEquals(all.err(), other.err(), format + ", budget " + budget);
                assertEquals(all.exit(), other.exit());
            }
        }
    }

    @Test
    void resultsCompletedAfterLearningAreCachedForTheNextRun() throws Exception {
        Path corpus = corpus();
        String cache = dir.resolve("cache").toString();
        Cli.Result first = Cli.run("check", "--verbose", "--cache-dir", cache, corpus.toString());
        assertTrue(first.err().contains("cache: 0 files from the cache, 18 linted"), first.err());
        Cli.Result second = Cli.run("check", "--verbose", "--cache-dir", cache, corpus.toString());
        assertTrue(second.err().contains("cache: 18 files from the cache, 0 linted"), second.err());
        assertEquals(first.out(), second.out());
        // One file changes: the corpus is learned again, and the others are left to the cache.
        Files.writeString(corpus.resolve("乙/a4.md"), Files.readString(corpus.resolve("乙/a4.md")).replace("正文", "新的正文"));
        Cli.Result third = Cli.run("check", "--verbose", "--cache-dir", cache, corpus.toString());
        assertTrue(third.err().contains("cache: 17 files from the cache, 1 linted"), third.err());
        assertEquals(first.out(), third.out());
    }

    @Test
    void onceTheBudgetIsFullFilesAreLearnedFromWithoutBeingLinted() throws Exception {
        Path corpus = corpus();
        FileProcessor processor = new FileProcessor(new Linters(null));
        var learner = new dev.corpuslint.rules.learn.BoilerplateLearner(dev.corpuslint.rules.learn.LearningSettings.DEFAULT,
                java.util.Optional.empty());
        for (int i = 0; i < 9; i++) {
            Path file = corpus.resolve("甲/a" + i + ".md");
            assertEquals(null, processor.readAndLearn(new FileCollector.Input(file, file.toString()), learner, false));
        }
        var learned = learner.build();
        assertEquals(9, learned.sourceDocuments("source:甲"), "learned from all the same");
        assertTrue(learned.all().stream().anyMatch(line -> line.example().equals(FOOTER + "甲")), learned.all().toString());
        Path file = corpus.resolve("甲/a0.md");
        assertTrue(processor.readAndLearn(new FileCollector.Input(file, file.toString()), learner, true) != null);
    }

    @Test
    void heldResultsAreCompletedInBatchesAndEveryOtherFileAlone() {
        FileProcessor.Held h = new FileProcessor.Held(null, null);
        FileProcessor.Held[] held = new FileProcessor.Held[140];
        java.util.Arrays.fill(held, h);
        held[3] = null;
        held[4] = null;
        List<int[]> batches = LearningCheck.batches(held);
        assertArrayEquals(new int[] {0, 3}, batches.get(0));
        assertArrayEquals(new int[] {3, 4}, batches.get(1));
        assertArrayEquals(new int[] {4, 5}, batches.get(2));
        assertArrayEquals(new int[] {5, 69}, batches.get(3));
        assertArrayEquals(new int[] {69, 133}, batches.get(4));
        assertArrayEquals(new int[] {133, 140}, batches.get(5));
        assertEquals(6, batches.size());
    }
}
