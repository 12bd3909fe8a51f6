package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a directory check learns boilerplate: only where the learned index can feed BP004. */
class LintersTest {
    @TempDir
    Path dir;

    private List<Path> corpus() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        return List.of(Files.writeString(dir.resolve("a/1.md"), "x\n"), Files.writeString(dir.resolve("a/2.md"), "x\n"),
                Files.writeString(dir.resolve("b/1.md"), "x\n"));
    }

    private boolean learns(List<Path> files, boolean forRule) {
        return new Linters(null).shouldLearn(List.of(dir.toString()), files.stream().map(f -> new FileCollector.Input(f, f.toString())).toList(), forRule);
    }

    @Test
    void aCheckLearnsWhenSomeFilesConfigurationRunsBp004() throws Exception {
        List<Path> files = corpus();
        assertTrue(learns(files, true), "every rule runs by default");
        Files.writeString(dir.resolve(".corpuslint.yaml"), "ignore: [BP004]\n");
        assertFalse(learns(files, true), "BP004 ignored: nothing would use what was learned");
        Files.writeString(dir.resolve(".corpuslint.yaml"), "select: [encoding]\n");
        assertFalse(learns(files, true), "a selection without BP004");
        Files.writeString(dir.resolve("b/.corpuslint.yaml"), "select: [BP004]\n");
        assertTrue(learns(files, true), "one directory's own configuration runs BP004");
    }

    @Test
    void theReportLearnsWhateverRulesRunButNotWithLearningOff() throws Exception {
        List<Path> files = corpus();
        Files.writeString(dir.resolve(".corpuslint.yaml"), "ignore: [BP004]\n");
        assertTrue(learns(files, false), "the report shows the learned lines even with BP004 ignored");
        Files.writeString(dir.resolve(".corpuslint.yaml"), "learning: {enabled: false}\n");
        assertFalse(learns(files, false));
        assertFalse(learns(files, true));
    }

    private static final String FOOTER = "本站所有文章均为原创，欢迎分享";

    private void site() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("site/a" + i + ".md"), "---\ntitle: t" + i + "\nsource: 某站\n---\n第" + i + "篇文章的正文。\n\n" + FOOTER + "\n");
        }
        Files.writeString(dir.resolve(".corpuslint.yaml"), "ignore: [BP004]\n");
    }

    /** The same findings either way: the check without learning is only faster. */
    @Test
    void aCheckWithBp004IgnoredReportsWhatItDidBefore() throws Exception {
        site();
        Cli.Result r = Cli.run("check", "--no-cache", dir.toString());
        assertFalse(r.out().contains("BP004"), r.out());
        Files.writeString(dir.resolve("site/.corpuslint.yaml"), "select: [BP004]\n");
        Cli.Result sub = Cli.run("check", "--no-cache", dir.toString());
        assertEquals(12, sub.out().lines().filter(l -> l.contains(" BP004 ")).count(), sub.out());
    }

    @Test
    void theReportListsTheLearnedLinesWithBp004Ignored() throws Exception {
        site();
        Path html = Files.createDirectories(dir.resolve("out")).resolve("report.html");
        Cli.Result r = Cli.run("report", dir.resolve("site").toString(), "--html", html.toString());
        String page = Files.readString(html);
        int at = page.indexOf("id=\"learned\"");
        int next = page.indexOf("<h2", at);
        String learned = page.substring(at, next < 0 ? page.length() : next);
        assertTrue(learned.contains(FOOTER), r.err() + learned);
    }

    private static boolean runs(dev.corpuslint.rules.engine.Linter linter, String prefix) {
        return linter.rules().stream().anyMatch(r -> r.metadata().code().startsWith(prefix));
    }

    /** Linters are remembered per directory, but not where a per-file ignore sets one file apart. */
    @Test
    void filesOfOneDirectoryKeepTheirOwnPerFileIgnores() throws Exception {
        List<Path> files = corpus();
        Files.writeString(dir.resolve(".corpuslint.yaml"), "per-file-ignores:\n  'a/1.md': [EN]\n");
        Linters linters = new Linters(null);
        // Both orders: what was worked out for one file of a/ must not be handed to the other.
        assertTrue(runs(linters.forFile(files.get(1)), "EN"));
        assertFalse(runs(linters.forFile(files.get(0)), "EN"));
        assertTrue(runs(linters.forFile(files.get(1)), "EN"));
        assertFalse(runs(linters.forFile(files.get(0)), "EN"));
        assertTrue(runs(linters.forFile(files.get(2)), "EN"));
    }

    /** A linter handed out before learning finished must not stand in for one that uses the learned index. */
    @Test
    void aFilesLinterUsesTheIndexOnceLearningIsDone() throws Exception {
        site();
        Files.delete(dir.resolve(".corpuslint.yaml"));
        Linters linters = new Linters(null);
        List<Path> files;
        try (var listed = Files.list(dir.resolve("site"))) {
            files = listed.sorted().toList();
        }
        List<FileCollector.Input> inputs = files.stream().map(f -> new FileCollector.Input(f, f.toString())).toList();
        dev.corpuslint.rules.document.CorpusDocument first = dev.corpuslint.rules.document.CorpusDocument.fromBytes(
                files.get(0).toString(), Files.readAllBytes(files.get(0)));
        assertFalse(linters.forFile(files.get(0)).lint(first).diagnostics().stream().anyMatch(d -> d.rule().code().equals("BP004")));
        Linters.Learning learning = linters.startLearning(inputs, dir);
        for (Path file : files) {
            learning.learner().add(dev.corpuslint.rules.document.CorpusDocument.fromBytes(file.toString(), Files.readAllBytes(file)));
        }
        linters.finishLearning(learning);
        assertTrue(linters.forFile(files.get(0)).lint(first).diagnostics().stream().anyMatch(d -> d.rule().code().equals("BP004")));
    }

    /**
     * Directories the walk listed without settings of their own take their parent's linter, found up the tree:
     * one with its own configuration (or index directory) stops that, for itself and what lies below it, and
     * per-file ignores keep each file's own. Each file's linter must be the one the usual look-up gives.
     */
    @Test
    void directoriesWithoutSettingsTakeTheLinterThatGovernsThem() throws Exception {
        for (String deep : List.of("a/x/y", "b/x/y", "c/x/y", "d/x", "e")) {
            Files.createDirectories(dir.resolve(deep));
            Files.writeString(dir.resolve(deep).resolve("post.md"), "x\n");
        }
        Files.writeString(dir.resolve(".corpuslint.yaml"), "ignore: [EN]\n");
        Files.writeString(dir.resolve("b/.corpuslint.yaml"), "select: [ALL]\n");   // its own: EN runs below b/
        Files.writeString(dir.resolve("c/x/.corpuslint.yaml"), "ignore: [FM]\n");  // its own, two levels down
        Files.createDirectories(dir.resolve("d/.corpuslint"));                      // an index directory, no index
        Files.writeString(dir.resolve("e/.corpuslint.yaml"), "per-file-ignores:\n  'post.md': [BP]\n");
        Linters walked = new Linters(null);
        List<FileCollector.Input> files = FileCollector.collect(List.of(dir.toString()), FileSelection.NONE, p -> { }, walked::withoutSettings);
        assertEquals(5, files.size());
        Linters usual = new Linters(null);
        for (FileCollector.Input file : files) {
            for (String family : List.of("EN", "FM", "BP", "DL")) {
                assertEquals(runs(usual.forFile(file.path()), family), runs(walked.forFile(file.path()), family), file.display() + " " + family);
            }
        }
        assertFalse(runs(walked.forFile(dir.resolve("a/x/y/post.md")), "EN"), "the root's configuration");
        assertTrue(runs(walked.forFile(dir.resolve("b/x/y/post.md")), "EN"), "b's own");
        assertFalse(runs(walked.forFile(dir.resolve("c/x/y/post.md")), "FM"), "c/x's own");
        assertFalse(runs(walked.forFile(dir.resolve("e/post.md")), "BP"), "a per-file ignore");
    }
}
