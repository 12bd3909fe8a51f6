package dev.corpuslint.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

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
        Path temp = Files.createTempFile(dir, ".corpuslint-", ".tmp");
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
            try (FileChannel original = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = original.lock()) {
                if (!Arrays.equals(readAll(original), expected)) {
                    throw new IOException("file changed on disk while it was being fixed; not overwritten");
                }
                beforeRename.run();
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
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

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }
}
