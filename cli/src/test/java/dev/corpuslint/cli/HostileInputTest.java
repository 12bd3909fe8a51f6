package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs meant to break a linter, in one tree with an ordinary file: each gets a clear outcome and the
 * ordinary file is still checked. (Permission denied needs a non-root process: see {@code ProcessSafetyIT}.)
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private static final String GOOD = "---\ntitle: 好\ndate: 2024-01-01T00:00:00Z\nurl: https://example.com/a\n---\n正文。\n";

    @Test
    void aTreeOfHostileFilesIsCheckedFileByFile() throws Exception {
        Files.writeString(dir.resolve("good.md"), GOOD + "　缩进\n");
        Files.writeString(dir.resolve("empty.md"), "");
        Files.write(dir.resolve("nul.md"), "---\ntitle: a\n---\nab\0cd\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("deep.md"), "---\nk: " + "[".repeat(200_000) + "\n---\nbody\n");
        StringBuilder laughs = new StringBuilder("---\na0: &a0 {k: v}\n");
        for (int i = 1; i <= 24; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" {x: *a").append(i - 1).append(", y: *a").append(i - 1).append("}\n");
        }
        Files.writeString(dir.resolve("aliases.md"), laughs + "---\nbody\n");
        Path loop = Files.createDirectories(dir.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("up"), dir);
        Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));
        Path cjk = Files.createDirectories(dir.resolve("新 闻 dir"));
        Files.writeString(cjk.resolve("报 道.md"), GOOD + "　缩进\n");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: costs no disk, and must not be read
        }

        Cli.Result r = Cli.run("check", "--no-cache", "--format", "json", dir.toString());
        assertEquals(1, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("good.md") && out.contains("EN008"), "the ordinary file is still checked: " + out);
        assertTrue(out.contains("deep.md") && out.contains("nested more than 64 levels"), out);
        assertTrue(out.contains("aliases.md"), out);
        assertTrue(out.contains("报 道.md"), "CJK and spaces in paths: " + out);
        assertTrue(r.err().contains("nul.md: skipped: binary file"), r.err());
        assertTrue(r.err().contains("huge.md: skipped: file is 200 MB, over the 64 MB limit"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(out.contains("loop/up"), "links are not followed, so the loop is never entered: " + out);
    }

    @Test
    void aSymbolicLinkLoopNamedOnTheCommandLineIsAnErrorForThatArgumentOnly() throws Exception {
        Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));
        Files.writeString(dir.resolve("good.md"), GOOD);
        Cli.Result r = Cli.run("check", "--no-cache", dir.resolve("self.md").toString(), dir.resolve("good.md").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("self.md: error: not a regular file or directory"), r.err());
        assertTrue(r.out().contains("Checked 1 file"), r.out());
    }

    @Test
    void invalidUtf8AtEveryPositionIsReportedAndNeverWritten() throws Exception {
        // A Chinese paragraph: enough valid UTF-8 around the broken byte that it reads as damaged UTF-8
        // (EN003), not as a legacy charset (a tiny file with one broken byte may honestly be either).
        byte[] clean = (GOOD + "今天的新闻报道了城市的变化，记者走访了多个街区。\n").getBytes(StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (int at = 0; at <= clean.length; at++) {
            byte[] bytes = new byte[clean.length + 1];
            System.arraycopy(clean, 0, bytes, 0, at);
            bytes[at] = (byte) 0xC3; // a lead byte with no continuation where it lands
            System.arraycopy(clean, at, bytes, at + 1, clean.length - at);
            Path file = dir.resolve("f" + at + ".md");
            Files.write(file, bytes);
            Cli.Result check = Cli.run("check", "--no-cache", file.toString());
            if (check.exit() != 1 || !check.out().contains("EN003")) {
                problems.add(at + ": " + check.out() + check.err());
            }
            Cli.Result fix = Cli.run("fix", "--unsafe-fixes", "--no-cache", file.toString());
            if (!java.util.Arrays.equals(bytes, Files.readAllBytes(file)) || fix.err().contains("internal error")) {
                problems.add(at + ": fix changed the file or failed: " + fix.err());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aFailureInOneFileIsReportedAndTheOthersGoOn() {
        FileCollector.Input bad = new FileCollector.Input(Path.of("bad.md"), "bad.md");
        FileCollector.Input good = new FileCollector.Input(Path.of("good.md"), "good.md");
        var work = InputOptions.isolated(input -> {
            if (input == bad) {
                throw new StackOverflowError();
            }
            return new FileOutcome.Skipped(input.display(), "fine");
        });
        FileOutcome failed = work.apply(bad);
        assertTrue(failed instanceof FileOutcome.Failed f && f.message().startsWith("internal error: java.lang.StackOverflowError"),
                failed.toString());
        assertTrue(work.apply(good) instanceof FileOutcome.Skipped);
    }

    @Test
    void learningLeavesOutFilesOverTheSizeLimitToo() throws Exception {
        // The line is in five files over the limit and in one that is checked: learnt from all six it would
        // be boilerplate (BP004) in the small one; learnt only from files that are checked, it is not.
        String line = "每日早知道栏目由本站编辑部整理发布\n";
        String filler = "正文内容。\n".repeat(80_000); // about 1.2 MB
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("big" + i + ".md"), GOOD + line + "这是第" + i + "篇文章自己的正文段落。\n" + filler); // not duplicates, which count once
        }
        Files.writeString(dir.resolve("small.md"), GOOD + line);
        Cli.Result r = Cli.run("check", "--no-cache", "--max-file-size", "1", dir.toString());
        assertTrue(r.err().contains("big0.md: skipped: file is 1 MB, over the 1 MB limit"), r.err());
        assertFalse(r.out().contains("BP004"), r.out());
    }

    @Test
    void anEmptyFileHasNoFindingsAndFixLeavesItEmpty() throws Exception {
        Path file = dir.resolve("empty.md");
        Files.write(file, new byte[0]);
        Cli.Result fix = Cli.run("fix", "--unsafe-fixes", file.toString());
        assertEquals("", fix.err());
        assertArrayEquals(new byte[0], Files.readAllBytes(file));
    }
}
