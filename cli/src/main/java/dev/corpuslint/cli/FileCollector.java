package dev.corpuslint.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands the paths given on the command line. A file named explicitly is always checked (unless
 * `--force-exclude`); inside a directory only corpus file types are, hidden directories and what
 * `.gitignore`, `.corpuslintignore` and `--exclude` leave out are skipped, and links are not followed so a
 * walk cannot loop or leave the tree it was given.
 */
final class FileCollector {
    record Input(Path path, String display) {}

    private FileCollector() {}

    /** @param problems receives "path: message" for arguments that do not exist or cannot be walked */
    static List<Input> collect(List<String> arguments, Consumer<FileOutcome.Failed> problems) {
        return collect(arguments, FileSelection.NONE, problems);
    }

    static List<Input> collect(List<String> arguments, FileSelection selection, Consumer<FileOutcome.Failed> problems) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isRegularFile(path)) {
                if (!selection.explicitlyExcluded(path)) {
                    inputs.add(new Input(path, argument));
                }
            } else if (Files.isDirectory(path)) {
                walk(path, argument, selection, inputs, problems);
            } else {
                problems.accept(new FileOutcome.Failed(argument, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "not a regular file or directory"
                        : "no such file or directory"));
            }
        }
        return inputs;
    }

    private static void walk(Path root, String display, FileSelection selection, List<Input> inputs,
            Consumer<FileOutcome.Failed> problems) {
        List<Input> found = new ArrayList<>();
        // The ignore files in force: those above the root, then one level per directory entered.
        java.util.Deque<Integer> pushed = new java.util.ArrayDeque<>();
        List<FileSelection.Level> levels = new ArrayList<>(FileSelection.ancestorsOf(root));
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (isHidden(dir) || FileSelection.ignoredBy(levels, dir, true) || selection.excluded(dir, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    FileSelection.Level level = dir.equals(root) ? null : FileSelection.levelOf(dir);
                    if (level != null) {
                        levels.add(level);
                    }
                    pushed.push(level == null ? 0 : 1);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (pushed.pop() == 1) {
                        levels.remove(levels.size() - 1);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && hasCorpusExtension(file)
                            && !FileSelection.ignoredBy(levels, file, false) && !selection.excluded(file, false)) {
                        found.add(new Input(file, display(root, display, file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(new FileOutcome.Failed(display(root, display, file), describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new FileOutcome.Failed(display, describe(e)));
        }
        found.sort((a, b) -> a.display().compareTo(b.display()));
        inputs.addAll(found);
    }

    private static String display(Path root, String rootDisplay, Path file) {
        String relative = root.relativize(file).toString();
        if (relative.isEmpty()) {
            return rootDisplay;
        }
        return rootDisplay.endsWith("/") ? rootDisplay + relative : rootDisplay + "/" + relative;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
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
