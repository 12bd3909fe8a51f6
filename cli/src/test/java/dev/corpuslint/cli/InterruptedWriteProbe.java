package dev.corpuslint.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that starts replacing {@code args[0]} and stops just before the rename, with its temporary file
 * written, until it is killed: AtomicWriterTest interrupts it there.
 */
public final class InterruptedWriteProbe {
    private InterruptedWriteProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        AtomicWriter.beforeRename = () -> {
            System.out.println("before rename");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        AtomicWriter.replace(file, Files.readAllBytes(file), "fixed\n".getBytes(StandardCharsets.UTF_8));
    }
}
