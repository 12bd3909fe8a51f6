package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {
    @TempDir
    Path dir;

    private List<String> collected(FileSelection selection, String... args) {
        List<String> out = new ArrayList<>();
        for (FileCollector.Input input : FileCollector.collect(List.of(args), selection, f -> out.add("!" + f.path()))) {
            out.add(dir.relativize(input.path().toAbsolutePath()).toString().replace('\\', '/'));
        }
        return out;
    }

    private void write(String... paths) throws Exception {
        for (String p : paths) {
            Files.createDirectories(dir.resolve(p).getParent());
            Files.writeString(dir.resolve(p), "正文。\n");
        }
    }

    @Test
    void gitignoreAndCorpuslintignoreAreRespectedWithGitsRules() throws Exception {
        write("keep.md", "drafts/a.md", "sub/b.md", "sub/c.md", "sub/deep/d.md", "build/e.md");
        Files.writeString(dir.resolve(".gitignore"), "drafts/\n/build\n");
        Files.writeString(dir.resolve("sub/.corpuslintignore"), "*.md\n!c.md\n");
        assertEquals(List.of("keep.md", "sub/c.md"), collected(FileSelection.NONE, dir.toString()));
    }

    @Test
    void excludePatternsAndForceExcludeForExplicitFiles() throws Exception {
        write("a.md", "skip/b.md", "c.md");
        FileSelection exclude = new FileSelection(List.of(dir.relativize(dir).toString().isEmpty() ? "skip/" : "skip/", "c.md"), false);
        assertEquals(List.of("a.md"), collected(exclude, dir.toString()));
        // Named explicitly, a file is checked anyway...
        assertEquals(List.of("c.md"), collected(exclude, dir.resolve("c.md").toString()));
        // ... unless --force-exclude asks for the same selection, as pre-commit hooks do.
        FileSelection force = new FileSelection(List.of("c.md"), true);
        assertEquals(List.of(), collected(force, dir.resolve("c.md").toString()));
        Files.writeString(dir.resolve(".gitignore"), "a.md\n");
        Files.createDirectories(dir.resolve(".git"));
        assertEquals(List.of(), collected(new FileSelection(List.of(), true), dir.resolve("a.md").toString()));
    }

    @Test
    void theCommandLineTakesExclude() throws Exception {
        write("a.md", "skip/b.md");
        Files.writeString(dir.resolve("a.md"), "中文,中文\n");
        Files.writeString(dir.resolve("skip/b.md"), "中文,中文\n");
        Cli.Result r = Cli.run("check", "--no-cache", "--exclude", "skip", dir.toString());
        assertEquals(true, r.out().contains("Checked 1 file"), r.out());
    }

    @Test
    void filesOverTheSizeLimitAreSkippedWithANoteAndTheOthersChecked() throws Exception {
        Files.writeString(dir.resolve("small.md"), "中文,中文\n");
        Files.write(dir.resolve("big.md"), new byte[2 * 1024 * 1024 + 1]);
        Cli.Result r = Cli.run("check", "--no-cache", "--max-file-size", "1", dir.toString());
        assertEquals(true, r.err().contains("big.md: skipped: file is 2 MB, over the 1 MB limit (--max-file-size)"), r.err());
        assertEquals(true, r.out().contains("small.md:1:3: EN009"), r.out());
        assertEquals(1, r.exit(), "a skipped file is a note, not an error");
    }

    /**
     * The walk (a task per directory, on several threads) finds every corpus file a one-thread walk finds,
     * in display order, with the size it read: names that sort differently as paths and as directory entries
     * (`a-b` before `a/`), hidden directories, other file types and a link to a directory, which is not followed.
     */
    @Test
    void theWalkFindsWhatAOneThreadWalkFindsInDisplayOrder() throws Exception {
        java.util.Random random = new java.util.Random(37);
        String[] names = {"a", "a-b", "a.b", "中", "z", ".hidden", "x y"};
        for (int k = 0; k < 400; k++) {
            StringBuilder path = new StringBuilder();
            for (int depth = random.nextInt(4); depth >= 0; depth--) {
                path.append(names[random.nextInt(names.length)]).append('/');
            }
            path.append("f").append(k).append(new String[] {".md", ".html", ".txt", ".png"}[random.nextInt(4)]);
            Files.createDirectories(dir.resolve(path.toString()).getParent());
            Files.writeString(dir.resolve(path.toString()), "正文".repeat(random.nextInt(5)) + "\n");
        }
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("a"));
        List<String> expected;
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            expected = all.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && FileCollector.hasCorpusExtension(p)
                            && java.util.stream.StreamSupport.stream(dir.relativize(p).spliterator(), false)
                                    .noneMatch(part -> part.toString().startsWith(".")))
                    .map(p -> dir + "/" + dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<FileCollector.Input> found = FileCollector.collect(List.of(dir.toString()), FileSelection.NONE, f -> out(f));
        assertEquals(expected, found.stream().map(FileCollector.Input::display).toList());
        for (FileCollector.Input input : found) {
            assertEquals(Files.size(input.path()), input.size(), input.display());
        }
        org.junit.jupiter.api.Assertions.assertTrue(found.size() > 150, "found " + found.size());
        // Given as `dir/`, the directory keeps its one slash in every file's name.
        assertEquals(expected, FileCollector.collect(List.of(dir + "/"), FileSelection.NONE, f -> out(f)).stream()
                .map(FileCollector.Input::display).toList());
    }

    private static void out(FileOutcome.Failed failed) {
        throw new AssertionError("nothing here fails to be read: " + failed.path() + ": " + failed.message());
    }
}
