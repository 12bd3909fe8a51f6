package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private static final String CLEAN = "---\ntitle: 标题\ndate: 2024-07-03\nurl: https://example.com/a\n---\n正文。\n";
    private static final String DIRTY = "\n---\ntitle: 标题\ndate: 2024-07-03\nurl: https://example.com/a\n---\n正文。\n";

    @Test
    void exitsZeroWithoutFindings() throws Exception {
        Files.writeString(dir.resolve("a.md"), CLEAN);
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Checked 1 file: no findings.\n", r.out());
    }

    @Test
    void printsPathLineColumnCodeAndFixHint() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, DIRTY);
        Cli.Result r = Cli.run("check", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(file + ":1:1: DL001 Front matter does not start on the first line (1 blank line before `---`) [fix: Remove blank lines before front matter]\n"), r.out());
        assertTrue(r.out().endsWith("Checked 1 file: 1 finding (1 error). 1 fixable with `corpuslint fix`.\n"), r.out());
    }

    @Test
    void aMissingPathIsAnErrorButTheOtherFilesAreChecked() throws Exception {
        Files.writeString(dir.resolve("a.md"), DIRTY);
        Cli.Result r = Cli.run("check", dir.resolve("nope.md").toString(), dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.md: error: no such file or directory"), r.err());
        assertTrue(r.out().contains("a.md:1:1: DL001"), r.out());
    }

    @Test
    void walksDirectoriesForCorpusFilesOnlySkippingHiddenOnes() throws Exception {
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("sub/deeper/a.txt"), DIRTY);
        Files.writeString(dir.resolve("sub/b.html"), DIRTY);
        Files.writeString(dir.resolve("sub/c.json"), DIRTY);
        Files.writeString(dir.resolve(".git/d.md"), DIRTY);
        Cli.Result r = Cli.run("check", dir.toString());
        assertTrue(r.out().contains("sub/deeper/a.txt:1:1"), r.out());
        assertTrue(r.out().contains("sub/b.html:1:1"), r.out());
        assertFalse(r.out().contains("c.json"), r.out());
        assertFalse(r.out().contains(".git"), r.out());
        assertTrue(r.out().contains("Checked 2 files"), r.out());
    }

    @Test
    void skipsBinaryFilesWithANote() throws Exception {
        Files.write(dir.resolve("img.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("img.md: skipped: binary file"), r.err());
    }

    @Test
    void readsStandardInputUnderTheGivenName() {
        Cli.Result r = Cli.runWithStdin(DIRTY, "check", "-", "--stdin-filename", "post.md");
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("post.md:1:1: DL001"), r.out());
        assertTrue(r.out().endsWith("Checked 1 file: 1 finding (1 error). 1 fixable with `corpuslint fix`.\n"),
                "only standard input is read, not the current directory: " + r.out());
    }

    @Test
    void checksFileNamesWithSpacesAndCjk() throws Exception {
        Path file = dir.resolve("中国信息安全_关注 _ 会议.md");
        Files.writeString(file, DIRTY);
        Cli.Result r = Cli.run("check", file.toString());
        assertTrue(r.out().startsWith(file + ":1:1: DL001"), r.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, Cli.run("check", "--bogus").exit());
        assertEquals(2, Cli.run("check", "--format", "xml").exit());
    }

    @Test
    void reportsTheSameFindingsWithOneOrManyThreads() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve(String.format("f%02d.md", i)), i % 2 == 0 ? DIRTY : CLEAN);
        }
        Cli.Result one = Cli.run("check", "--threads", "1", dir.toString());
        Cli.Result many = Cli.run("check", "--threads", "4", dir.toString());
        assertEquals(one.out(), many.out());
        assertTrue(one.out().contains("Checked 40 files: 20 findings"), one.out());
    }
}
