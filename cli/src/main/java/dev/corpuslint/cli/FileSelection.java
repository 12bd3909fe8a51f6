package dev.corpuslint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Which files a walk leaves out: what `.gitignore` and `.corpuslintignore` files say (git's own matching,
 * from JGit, rather than a second implementation of its rules), and `--exclude` patterns in the same syntax,
 * relative to the working directory. Files named on the command line are checked anyway, unless
 * `--force-exclude` asks for the same selection (for pre-commit hooks, which always pass explicit names).
 */
final class FileSelection {
    static final List<String> IGNORE_FILES = List.of(".gitignore", ".corpuslintignore");

    private final IgnoreNode excludes;
    private final Path cwd = Path.of("").toAbsolutePath();
    final boolean forceExclude;

    FileSelection(List<String> excludePatterns, boolean forceExclude) {
        List<FastIgnoreRule> rules = new ArrayList<>();
        for (String pattern : excludePatterns) {
            rules.add(new FastIgnoreRule(pattern));
        }
        this.excludes = new IgnoreNode(rules);
        this.forceExclude = forceExclude;
    }

    static final FileSelection NONE = new FileSelection(List.of(), false);

    /** The ignore files of one directory, with the directory they are relative to. */
    record Level(Path dir, IgnoreNode node) {}

    /** Reads the ignore files of {@code dir}; null when it has none. */
    static Level levelOf(Path dir) {
        IgnoreNode node = null;
        for (String name : IGNORE_FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                if (node == null) {
                    node = new IgnoreNode();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    node.parse(file.toString(), in);
                } catch (IOException e) {
                    // An unreadable ignore file ignores nothing; the files are still checked.
                }
            }
        }
        return node == null ? null : new Level(dir, node);
    }

    /**
     * The ignore levels that apply above a walk root: its ancestors up to the enclosing git repository's top
     * (where `.git` is), or only the root itself outside a repository. Nearest last.
     */
    static List<Level> ancestorsOf(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        List<Path> chain = new ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            chain.add(0, d);
            if (Files.exists(d.resolve(".git"))) {
                break;
            }
        }
        if (!Files.exists(chain.get(0).resolve(".git"))) {
            chain = List.of(dir);
        }
        List<Level> out = new ArrayList<>();
        for (Path d : chain) {
            Level level = levelOf(d);
            if (level != null) {
                out.add(level);
            }
        }
        return out;
    }

    /**
     * Whether the levels (nearest last) ignore {@code path} or a directory it is in; for each, the nearest
     * level with an opinion decides.
     */
    static boolean ignoredBy(List<Level> levels, Path path, boolean directory) {
        if (levels.isEmpty()) {
            return false; // no ignore file above or along the walk: nothing to work out per path
        }
        Path absolute = path.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null && !levels.isEmpty() && dir.startsWith(levels.get(0).dir()); dir = dir.getParent()) {
            if (!dir.equals(levels.get(0).dir()) && decides(levels, dir, true)) {
                return true;
            }
        }
        return decides(levels, absolute, directory);
    }

    private static boolean decides(List<Level> levels, Path absolute, boolean directory) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Level level = levels.get(i);
            if (!absolute.startsWith(level.dir()) || absolute.equals(level.dir())) {
                continue;
            }
            String relative = level.dir().relativize(absolute).toString().replace('\\', '/');
            IgnoreNode.MatchResult result = level.node().isIgnored(relative, directory);
            if (result == IgnoreNode.MatchResult.IGNORED) {
                return true;
            }
            if (result == IgnoreNode.MatchResult.NOT_IGNORED) {
                return false;
            }
        }
        return false;
    }

    /** Whether an `--exclude` pattern matches {@code path} (relative to the working directory, or by name). */
    boolean excluded(Path path, boolean directory) {
        if (excludes.getRules().isEmpty()) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        String relative = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        relative = relative.replace('\\', '/');
        for (Path p = Path.of(relative); p != null; p = p.getParent()) {
            // A pattern that excludes a directory excludes everything below it, as in git.
            boolean isDir = directory || !p.toString().equals(relative);
            if (excludes.isIgnored(p.toString().replace('\\', '/'), isDir) == IgnoreNode.MatchResult.IGNORED) {
                return true;
            }
        }
        return false;
    }

    /** For an explicitly named file under `--force-exclude`: excluded, or ignored by the ignore files above it. */
    boolean explicitlyExcluded(Path file) {
        if (!forceExclude) {
            return false;
        }
        Path absolute = file.toAbsolutePath().normalize();
        List<Level> levels = ancestorsOf(absolute.getParent());
        return excluded(absolute, false) || ignoredBy(levels, absolute, false);
    }
}
