package dev.corpuslint.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
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
    private AtomicWriter() {}

    /**
     * @param expected the bytes the file had when it was read; if it changed since, nothing is written
     * @throws IOException with a message fit for the user
     */
    static void replace(Path file, byte[] expected, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        // A short name: the target's own name may already be near the file system's 255-byte limit.
        Path temp = Files.createTempFile(dir, ".corpuslint-", ".tmp");
        try {
            copyPermissions(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (!Arrays.equals(Files.readAllBytes(file), expected)) {
                throw new IOException("file changed on disk while it was being fixed; not overwritten");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }
}
