package dev.corpuslint.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replaces a file's content so that a crash leaves either the old or the new file, never half of one:
 * write a temporary file beside it, flush it to disk, then rename it over the original.
 */
final class AtomicWriter {
    /**
     * Runs while the lock is held, just before the rename. A test seam only: tests use it to check, from
     * another process, that the lock is still held at that point.
     */
    static volatile Runnable beforeRename = () -> {};

    /**
     * Runs after the file to be replaced was opened and before it is locked. A test seam only: tests use
     * it to replace the file at that moment, as another fixer would.
     */
    static volatile Runnable beforeLock = () -> {};

    /** How often a file replaced between opening and locking it is opened again before giving up. */
    private static final int ATTEMPTS = 10;

    /**
     * Temporary files written and not yet renamed. A run interrupted between the two (Ctrl-C, SIGTERM from a
     * hook runner or CI timeout) removes them on its way out, so it leaves no `.corpuslint-*.tmp` beside the
     * user's files; the originals are untouched either way. Only SIGKILL can still leave one.
     */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    /** The shutdown hook is added at the first write, at run time (not while a native image is built). */
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private AtomicWriter() {}

    /**
     * @param expected the bytes the file had when it was read; if it changed since, nothing is written
     * @throws IOException with a message fit for the user
     */
    static void replace(Path file, byte[] expected, byte[] content) throws IOException {
        // A link named on the command line is fixed where it points, and stays a link; renaming over it
        // would replace the link with a copy.
        Path target = file.toRealPath();
        Path dir = target.getParent();
        // A short name: the target's own name may already be near the file system's 255-byte limit.
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicWriter::removePending, "corpuslint-cleanup"));
        }
        Path temp = Files.createTempFile(dir, ".corpuslint-", ".tmp");
        PENDING.add(temp);
        try {
            copyPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // The comparison and the rename happen under a lock on the file being replaced, so that a second
            // corpuslint fixing the same file waits, then sees the first one's result and leaves it alone.
            // The current content is read through the locked channel itself: POSIX drops all of a process's
            // locks on a file when it closes any descriptor of that file, so reading it with a second
            // channel (Files.readAllBytes) and closing that one silently gave up the lock, and two fixers
            // could then both pass the comparison and the later rename undid the earlier one's fixes.
            for (int attempt = 1; ; attempt++) {
                // The lock belongs to the file (inode) that was opened, not to its name. A fixer that waited
                // for the lock while another renamed its result over the name holds, once it gets the lock,
                // the old file, unlinked and still as it was read: the comparison would pass and the rename
                // would undo the other's fixes (ProcessSafetyIT found this). So the name must still refer to
                // the same file after the lock is taken; if not, open the new one and compare with that.
                // The identity is taken before opening, as Java cannot stat an open channel; the name could
                // only fool this by pointing elsewhere and then back to a reused inode number within the
                // microseconds between that stat and the open.
                Object identity = identity(target);
                try (FileChannel original = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    beforeLock.run();
                    try (FileLock lock = original.lock()) {
                        if (identity != null && !identity.equals(identity(target))) {
                            if (attempt < ATTEMPTS) {
                                continue;
                            }
                            throw changedOnDisk();
                        }
                        if (!Arrays.equals(readAll(original), expected)) {
                            throw changedOnDisk();
                        }
                        beforeRename.run();
                        try {
                            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        } catch (AtomicMoveNotSupportedException e) {
                            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        return;
                    }
                }
            }
        } finally {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }

    /**
     * Deletes the temporary files of writes still in progress. If the writing thread renames one in the
     * meantime, the file is either already renamed (nothing to delete) or gone before the rename, which
     * then fails and leaves the original as it was.
     */
    private static void removePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the process is ending; nothing else to do
            }
        }
    }

    private static IOException changedOnDisk() {
        return new IOException("file changed on disk while it was being fixed; not overwritten");
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("file too large to compare");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        long position = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        if (channel.size() != size) {
            return null; // grew or shrank while being read: it is being written to, so it changed
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /**
     * The file system's identity of the file the name refers to now (device and inode on Linux), or null
     * where the file system has none.
     */
    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }
}
