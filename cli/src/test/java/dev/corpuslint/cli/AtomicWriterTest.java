package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "edited by someone else\n");
        assertRefusedAsChanged(file, "edited by someone else\n");
    }

    @Test
    void waitsForAnotherWritersLockThenSeesItsChange() throws Exception {
        // Another process (here Python, with the same POSIX record lock Java's FileChannel.lock takes) holds
        // the file, and writes to it after we have read it. Without the lock, the comparison would run at
        // once, pass, and the rename would silently discard the other process's write.
        Path file = dir.resolve("a.md");
        Files.writeString(file, "as read\n");
        Process other = new ProcessBuilder("python3", "-c", String.join("\n",
                "import fcntl, sys, time",
                "f = open(sys.argv[1], 'r+')",
                "fcntl.lockf(f, fcntl.LOCK_EX)",
                "print('locked', flush=True)",
                "time.sleep(0.5)",
                "f.seek(0); f.truncate(); f.write('written by the other process\\n'); f.flush()",
                "fcntl.lockf(f, fcntl.LOCK_UN)"), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", lines.readLine());
            IOException e = assertThrows(IOException.class, () -> AtomicWriter.replace(file, utf8("as read\n"), utf8("fixed\n")));
            assertTrue(e.getMessage().contains("changed on disk"), e.getMessage());
        }
        assertEquals(0, other.waitFor());
        assertEquals("written by the other process\n", Files.readString(file));
        assertNoTemporaryFiles();
    }

    /**
     * The lock must still be held when the comparison is done and the file is renamed. POSIX releases a
     * process's locks on a file when any of its descriptors of that file is closed, so re-reading the file
     * through a second channel used to drop the lock before the rename, and two fixers could both pass the
     * comparison (ProcessSafetyIT found the lost update). Here another process tries the lock at that moment.
     */
    @Test
    void theLockIsStillHeldAtTheRename() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "as read\n");
        String[] seen = new String[1];
        AtomicWriter.beforeRename = () -> {
            try {
                Process probe = new ProcessBuilder("python3", "-c", String.join("\n",
                        "import fcntl, sys",
                        "f = open(sys.argv[1], 'r+')",
                        "try:",
                        "    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)",
                        "    print('free')",
                        "except OSError:",
                        "    print('held')"), file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                seen[0] = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                probe.waitFor();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        try {
            AtomicWriter.replace(file, utf8("as read\n"), utf8("fixed\n"));
        } finally {
            AtomicWriter.beforeRename = () -> {};
        }
        assertEquals("held", seen[0]);
        assertEquals("fixed\n", Files.readString(file));
    }

    /**
     * A fixer that opened the file and then waited for the lock while another fixer renamed its result over
     * the name gets the lock on the old file, which is unlinked and still holds what was read. It must
     * compare with the file the name refers to now, or its rename undoes the other's fixes (a lost update
     * ProcessSafetyIT found in CI). Here the other fixer runs at exactly that moment.
     */
    @Test
    void aFileReplacedWhileWaitingForTheLockIsComparedAsItIsNow() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "as read\n");
        AtomicWriter.beforeLock = () -> {
            AtomicWriter.beforeLock = () -> {};
            try {
                AtomicWriter.replace(file, utf8("as read\n"), utf8("fixed by the other fixer\n"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        try {
            assertRefusedAsChanged(file, "fixed by the other fixer\n");
        } finally {
            AtomicWriter.beforeLock = () -> {};
        }
    }

    /**
     * A fix interrupted between writing its temporary file and renaming it (Ctrl-C, or SIGTERM from a hook
     * runner or a CI timeout) leaves the original as it was and removes the temporary file on its way out.
     */
    @Test
    void aWriteInterruptedBeforeItsRenameLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "as read\n");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptedWriteProbe.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("before rename", lines.readLine());
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith(".corpuslint-")).count(),
                        "the temporary file is there while the write waits");
            }
            probe.destroy(); // SIGTERM
            probe.waitFor();
        }
        assertEquals("as read\n", Files.readString(file));
        assertNoTemporaryFiles();
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("real"));
        Path target = outside.resolve("a.md");
        Files.writeString(target, "old\n");
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path link = Files.createSymbolicLink(tree.resolve("a.md"), target);
        AtomicWriter.replace(link, utf8("old\n"), utf8("new\n"));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals("new\n", Files.readString(target));
    }

    @Test
    void aLinkInsideAWalkedTreeIsNeverFollowedOutOfIt() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path target = outside.resolve("a.md");
        String original = "---\ntitle: t\n---\ntext   \n";
        Files.writeString(target, original);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("a.md"), target);
        Files.createSymbolicLink(tree.resolve("out"), outside);
        Cli.Result r = Cli.run("fix", "--unsafe-fixes", "--no-cache", tree.toString());
        assertEquals(original, Files.readString(target), r.out() + r.err());
        assertTrue(r.out().contains("0 files") || r.out().contains("No files") || !r.out().contains("a.md"), r.out());
    }

    /** Fixing {@code file} as read ("as read") is refused as changed on disk; it keeps {@code content} and no temporary file is left. */
    private void assertRefusedAsChanged(Path file, String content) throws IOException {
        IOException e = assertThrows(IOException.class, () -> AtomicWriter.replace(file, utf8("as read\n"), utf8("fixed\n")));
        assertTrue(e.getMessage().contains("changed on disk"), e.getMessage());
        assertEquals(content, Files.readString(file));
        assertNoTemporaryFiles();
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".corpuslint-")).count());
        }
    }
}
