package dev.corpuslint.rules.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

/** What counts as a corpus file, and how corpuslint writes the files it creates, for every front end. */
public final class CorpusFiles {
    /** The extensions of corpus files: Markdown, plain text and HTML. */
    public static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdx", "txt", "text", "html", "htm", "xhtml");

    private CorpusFiles() {}

    public static boolean hasCorpusExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        return hasCorpusExtension(name.toString());
    }

    /** {@link #hasCorpusExtension(Path)} of a file name already read as text (a directory walk has it). */
    public static boolean hasCorpusExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Replaces {@code file} with {@code text} in UTF-8 atomically: a file beside it, then a rename, so a reader
     * never sees half of it. Not createTempFile, whose file only its owner may read: indexes, reports and
     * converted articles are shared, so they get the permissions of any file the user creates. (Fixes of
     * existing articles go through the CLI's AtomicWriter, which also keeps the original's permissions.)
     */
    public static void writeAtomically(Path file, CharSequence text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
