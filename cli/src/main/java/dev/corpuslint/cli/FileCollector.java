package dev.corpuslint.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import dev.corpuslint.rules.config.ConfigLoader;
import dev.corpuslint.rules.learn.LearnedIndexFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;

/**
 * Expands the paths given on the command line. A file named explicitly is always checked (unless
 * `--force-exclude`); inside a directory only corpus file types are, hidden directories and what
 * `.gitignore`, `.corpuslintignore` and `--exclude` leave out are skipped, and links are not followed so a
 * walk cannot loop or leave the tree it was given.
 */
final class FileCollector {
    /** A file to check: where it is, how reports name it, and its size when the walk read it (else -1). */
    record Input(Path path, String display, long size) {
        Input(Path path, String display) {
            this(path, display, -1);
        }
    }

    private FileCollector() {}

    /** @param problems receives "path: message" for arguments that do not exist or cannot be walked */
    static List<Input> collect(List<String> arguments, Consumer<FileOutcome.Failed> problems) {
        return collect(arguments, FileSelection.NONE, problems);
    }

    static List<Input> collect(List<String> arguments, FileSelection selection, Consumer<FileOutcome.Failed> problems) {
        return collect(arguments, selection, problems, dir -> { });
    }

    /**
     * {@link #collect}, also telling {@code withoutSettings} each directory the walk listed that holds neither a
     * {@value ConfigLoader#FILE_NAME} nor a {@value LearnedIndexFile#DIRECTORY} directory: its files are governed
     * by what governs its parent, which the caller may then find without looking again ({@link Linters}).
     */
    static List<Input> collect(List<String> arguments, FileSelection selection, Consumer<FileOutcome.Failed> problems,
            Consumer<Path> withoutSettings) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isRegularFile(path)) {
                if (!selection.explicitlyExcluded(path)) {
                    inputs.add(new Input(path, argument));
                }
            } else if (Files.isDirectory(path)) {
                walk(path, argument, selection, inputs, problems, withoutSettings);
            } else {
                problems.accept(new FileOutcome.Failed(argument, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "not a regular file or directory"
                        : "no such file or directory"));
            }
        }
        return inputs;
    }

    /**
     * Walks {@code root} with a thread per core. A corpus of thousands of directories took a fifth of a second
     * to walk on one thread, before the first file could be read, while the other core waited. Each directory
     * is a fork-join task that lists its entries, reads each one's attributes (links are not followed) and
     * forks its subdirectories. Files and the paths that could not be read are sorted by display path at the
     * end, so the order depends neither on the threads nor on the file system's listing order.
     */
    private static void walk(Path root, String display, FileSelection selection, List<Input> inputs,
            Consumer<FileOutcome.Failed> problems, Consumer<Path> withoutSettings) {
        Walk walk = new Walk(root, display, selection, withoutSettings);
        List<FileSelection.Level> ancestors = List.copyOf(FileSelection.ancestorsOf(root));
        try (ForkJoinPool pool = new ForkJoinPool(Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors())))) {
            pool.invoke(walk.directory(root, display, ancestors));
        }
        List<Input> found = new ArrayList<>(walk.found);
        found.sort((a, b) -> a.display().compareTo(b.display()));
        List<FileOutcome.Failed> failed = new ArrayList<>(walk.failed);
        failed.sort((a, b) -> a.path().compareTo(b.path()));
        failed.forEach(problems);
        inputs.addAll(found);
    }

    /** One walk's settings and what its tasks find, from any thread. */
    private static final class Walk {
        private final Path root;
        private final String display;
        private final FileSelection selection;
        private final ConcurrentLinkedQueue<Input> found = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<FileOutcome.Failed> failed = new ConcurrentLinkedQueue<>();
        private final Consumer<Path> withoutSettings;

        Walk(Path root, String display, FileSelection selection, Consumer<Path> withoutSettings) {
            this.root = root;
            this.display = display;
            this.selection = selection;
            this.withoutSettings = withoutSettings;
        }

        RecursiveAction directory(Path dir, String dirDisplay, List<FileSelection.Level> above) {
            return new RecursiveAction() {
                @Override
                protected void compute() {
                    visit(dir, dirDisplay, above);
                }
            };
        }

        /**
         * How reports name {@code name} in a directory the walk reports as {@code dirDisplay}: the display of
         * the root, then the path relative to it. Built from the parent's display rather than by relativising
         * every path against the root: that, and reading each entry's name several times, was half of a corpus
         * walk, which runs before any file can be read and mostly in the interpreter.
         */
        private String childDisplay(Path dir, String dirDisplay, String name) {
            if (dir.equals(root)) {
                return display.endsWith("/") ? display + name : display + "/" + name;
            }
            return dirDisplay + dir.getFileSystem().getSeparator() + name;
        }

        /**
         * Lists {@code dir}, adds its corpus files and walks its subdirectories. {@code above} are the ignore
         * levels in force for its entries' parents: those above the root, then one per directory entered.
         */
        private void visit(Path dir, String dirDisplay, List<FileSelection.Level> above) {
            List<Path> entries = new ArrayList<>();
            List<String> names = new ArrayList<>();
            boolean hasIgnoreFile = false;
            boolean hasSettings = false;
            boolean complete = true;
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path entry : stream) {
                    String name = String.valueOf(entry.getFileName());
                    entries.add(entry);
                    names.add(name);
                    hasIgnoreFile |= FileSelection.IGNORE_FILES.contains(name);
                    hasSettings |= name.equals(ConfigLoader.FILE_NAME) || name.equals(LearnedIndexFile.DIRECTORY);
                }
            } catch (IOException e) {
                failed.add(new FileOutcome.Failed(dirDisplay, describe(e)));
                return;
            } catch (DirectoryIteratorException e) {
                // Listing stopped part of the way: the entries read so far are still walked.
                complete = false;
            }
            if (complete && !hasSettings) {
                withoutSettings.accept(dir);
            }
            List<FileSelection.Level> levels = above;
            // The root's own ignore files are among the levels above it; a directory without one (by name, so
            // without a file-system call) adds nothing.
            if (!dir.equals(root) && hasIgnoreFile) {
                FileSelection.Level level = FileSelection.levelOf(dir);
                if (level != null) {
                    List<FileSelection.Level> more = new ArrayList<>(above);
                    more.add(level);
                    levels = List.copyOf(more);
                }
            }
            List<RecursiveAction> subdirectories = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Path entry = entries.get(i);
                String name = names.get(i);
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    failed.add(new FileOutcome.Failed(childDisplay(dir, dirDisplay, name), describe(e)));
                    continue;
                }
                boolean hidden = name.startsWith(".");
                if (attrs.isDirectory()) {
                    if (!hidden && !FileSelection.ignoredBy(levels, entry, true) && !selection.excluded(entry, true)) {
                        subdirectories.add(directory(entry, childDisplay(dir, dirDisplay, name), levels));
                    }
                } else if (attrs.isRegularFile() && !hidden && dev.corpuslint.rules.files.CorpusFiles.hasCorpusExtension(name)
                        && !FileSelection.ignoredBy(levels, entry, false) && !selection.excluded(entry, false)) {
                    found.add(new Input(entry, childDisplay(dir, dirDisplay, name), attrs.size()));
                }
            }
            ForkJoinTask.invokeAll(subdirectories);
        }
    }

    static boolean hasCorpusExtension(Path file) {
        return dev.corpuslint.rules.files.CorpusFiles.hasCorpusExtension(file);
    }

    static String describe(IOException e) {
        String kind = switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.NoSuchFileException n -> "no such file or directory";
            case java.nio.file.FileSystemLoopException l -> "symbolic link loop";
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
        return kind;
    }
}
