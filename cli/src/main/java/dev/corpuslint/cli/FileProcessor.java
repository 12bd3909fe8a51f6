package dev.corpuslint.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.Encoding;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/** Reads one file and lints or fixes it. Decides nothing about rules: that is the core's job. */
final class FileProcessor {
    /** Why a binary file is skipped ({@link dev.corpuslint.rules.document.TextDecoder#isBinary}). */
    private static final String BINARY = "binary file (contains NUL bytes)";

    /** Files above this size are skipped with a note rather than read whole into memory. */
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Linters linters;
    private final long maxBytes;
    /**
     * Whether a result held until the corpus is known keeps its document's text (see {@link
     * Linter#lintDeferring(CorpusDocument, boolean)}): only for a reporter that reads more of the document than
     * positions.
     */
    private final boolean keepTexts;

    FileProcessor(Linters linters) {
        this(linters, DEFAULT_MAX_BYTES);
    }

    FileProcessor(Linters linters, long maxBytes) {
        this(linters, maxBytes, false);
    }

    FileProcessor(Linters linters, long maxBytes, boolean keepTexts) {
        this.linters = linters;
        this.maxBytes = maxBytes;
        this.keepTexts = keepTexts;
    }

    /**
     * A note when the file is over the size limit, else null (a file whose size cannot be read is read anyway).
     * The size the walk read is used when there is one: asking the file system again cost every file a call.
     */
    private FileOutcome tooLarge(FileCollector.Input input) {
        try {
            long size = input.size() >= 0 ? input.size() : Files.size(input.path());
            if (size > maxBytes) {
                return new FileOutcome.Skipped(input.display(), "file is " + (size / (1024 * 1024)) + " MB, over the "
                        + (maxBytes / (1024 * 1024)) + " MB limit (--max-file-size)");
            }
        } catch (IOException e) {
            // reading reports it
        }
        return null;
    }

    /** The file's linter, or the configuration error that stops it from being linted. */
    private Object linterFor(java.nio.file.Path file) {
        try {
            return linters.forFile(file);
        } catch (dev.corpuslint.rules.config.ConfigException e) {
            return new FileOutcome.Failed(file.toString(), "configuration error: " + e.getMessage());
        }
    }

    FileOutcome check(FileCollector.Input input) {
        FileOutcome skip = tooLarge(input);
        if (skip != null) {
            return skip;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (IOException e) {
            return new FileOutcome.Failed(input.display(), FileCollector.describe(e));
        } catch (OutOfMemoryError e) {
            return new FileOutcome.Failed(input.display(), "file too large to read");
        }
        return checkBytes(input.path(), input.display(), bytes);
    }

    /** What the result cache keeps a file's result under: its absolute, normalised path. */
    private static String cacheKey(java.nio.file.Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** @param file where the text lives (or would live), which decides its configuration */
    FileOutcome checkBytes(java.nio.file.Path file, String display, byte[] bytes) {
        // The bytes are only read from here on (hashed for the cache): the document may keep them. Decoded
        // before the linter is found, as the binary test is made while decoding and a binary file is skipped
        // whatever its configuration.
        CorpusDocument document = CorpusDocument.fromOwnBytesUnlessBinary(display, bytes);
        if (document == null) {
            return new FileOutcome.Skipped(display, BINARY);
        }
        Object linter = linterFor(file);
        if (linter instanceof FileOutcome.Failed failed) {
            return new FileOutcome.Failed(display, failed.message());
        }
        ResultCache cache = linters.cache();
        if (cache == null) {
            return new FileOutcome.Linted(display, ((Linter) linter).lint(document));
        }
        String key = cacheKey(file);
        String fingerprint;
        try {
            fingerprint = linters.fingerprint(file);
        } catch (dev.corpuslint.rules.config.ConfigException e) {
            return new FileOutcome.Failed(display, "configuration error: " + e.getMessage());
        }
        String contentHash = ResultCache.contentHash(bytes);
        LintResult cached = cache.lookup(key, fingerprint, contentHash, document, (Linter) linter);
        if (cached != null) {
            return new FileOutcome.Linted(display, cached);
        }
        LintResult result = ((Linter) linter).lint(document);
        cache.store(key, fingerprint, contentHash, result);
        return new FileOutcome.Linted(display, result);
    }

    /**
     * The first half of {@link #check} in a check that learns as it reads ({@link LearningCheck}): reads the
     * file, feeds it to {@code learner}, and when {@code lint}, lints it with every rule but the corpus rules,
     * whose index does not exist yet. Null when the file is only learned from and is to be checked afresh once
     * the index is built: when not {@code lint}, when it is skipped or cannot be read or linted (the check
     * reports why), or when the cache holds a result for this content (most likely still valid).
     */
    Held readAndLearn(FileCollector.Input input, BoilerplateLearner learner, boolean lint) {
        if (tooLarge(input) != null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
        CorpusDocument document;
        try {
            document = CorpusDocument.fromOwnBytesUnlessBinary(input.display(), bytes);
            if (document == null) {
                return null; // binary: skipped, and reported so by the check
            }
            learner.add(document);
        } catch (OutOfMemoryError | RuntimeException | StackOverflowError e) {
            return null; // a document the learner cannot take is not learned from, as in the learning pass
        }
        if (!lint) {
            return null;
        }
        Object linter = linterFor(input.path());
        if (linter instanceof FileOutcome.Failed) {
            return null;
        }
        ResultCache cache = linters.cache();
        String contentHash = null;
        if (cache != null) {
            contentHash = ResultCache.contentHash(bytes);
            if (cache.holds(cacheKey(input.path()), contentHash)) {
                return null;
            }
        }
        try {
            return new Held(((Linter) linter).lintDeferring(document, !keepTexts), contentHash);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** A file's result waiting for the learned index, and its content hash when results are cached. */
    record Held(Linter.Deferred deferred, String contentHash) {}

    /** The second half of {@link #check} for a file {@link #readAndLearn} held: its result, now the index is known. */
    FileOutcome complete(FileCollector.Input input, Held held) {
        Object linter = linterFor(input.path());
        if (linter instanceof FileOutcome.Failed failed) {
            return new FileOutcome.Failed(input.display(), failed.message());
        }
        LintResult result = ((Linter) linter).complete(held.deferred());
        ResultCache cache = linters.cache();
        if (cache != null) {
            cache.linted();
            try {
                cache.store(cacheKey(input.path()), linters.fingerprint(input.path()),
                        held.contentHash(), result);
            } catch (dev.corpuslint.rules.config.ConfigException e) {
                return new FileOutcome.Failed(input.display(), "configuration error: " + e.getMessage());
            }
        }
        return new FileOutcome.Linted(input.display(), result);
    }

    /**
     * @param write replace the file on disk; otherwise compute a unified diff of what would change
     */
    FileOutcome fix(FileCollector.Input input, boolean unsafe, boolean write) {
        FileOutcome skip = tooLarge(input);
        if (skip != null) {
            return skip;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (IOException e) {
            return new FileOutcome.Failed(input.display(), FileCollector.describe(e));
        }
        Fixed fixed = fixBytes(input.path(), input.display(), bytes, unsafe);
        if (fixed.outcome() instanceof FileOutcome.Linted linted && fixed.newBytes() != null) {
            if (!write) {
                return withDiff(linted, fixed.oldText(), fixed.newText());
            }
            try {
                AtomicWriter.replace(input.path(), bytes, fixed.newBytes());
            } catch (IOException e) {
                return new FileOutcome.Failed(input.display(), "not fixed: " + FileCollector.describe(e));
            }
        }
        return fixed.outcome();
    }

    /** The outcome of fixing, and the new bytes when there is something to write. */
    record Fixed(FileOutcome outcome, byte[] newBytes, String oldText, String newText) {}

    Fixed fixBytes(java.nio.file.Path file, String display, byte[] bytes, boolean unsafe) {
        if (isBinary(bytes)) {
            return new Fixed(new FileOutcome.Skipped(display, BINARY), null, null, null);
        }
        Object found = linterFor(file);
        if (found instanceof FileOutcome.Failed failed) {
            return new Fixed(new FileOutcome.Failed(display, failed.message()), null, null, null);
        }
        Linter linter = (Linter) found;
        CorpusDocument document = CorpusDocument.fromBytes(display, bytes);
        if (!document.encoding().malformedOffsets().isEmpty()) {
            LintResult result = linter.lint(document);
            return new Fixed(new FileOutcome.Linted(display, result, 0, List.of(), null,
                    "not fixed: the file has invalid UTF-8 bytes that writing would replace"), null, null, null);
        }
        FixResult result = new FixEngine(linter).fix(document, unsafe);
        if (!result.converged()) {
            return new Fixed(new FileOutcome.Failed(display, "fixes did not converge after "
                    + FixEngine.MAX_PASSES + " passes; file not changed (please report this)"), null, null, null);
        }
        FileOutcome.Linted linted = new FileOutcome.Linted(display, result.remaining(), result.applied().size(),
                result.applied(), null, null);
        if (!result.changed()) {
            return new Fixed(linted, null, null, null);
        }
        Encoding encoding = result.fixed().encoding();
        byte[] newBytes;
        try {
            newBytes = encodeStrictly(result.fixed().text(), encoding);
        } catch (CharacterCodingException e) {
            return new Fixed(new FileOutcome.Linted(display, linter.lint(document), 0, List.of(), null,
                    "not fixed: the fixed text cannot be encoded in " + encoding.charset().name()), null, null, null);
        }
        if (!encoding.roundTrips()) {
            return new Fixed(new FileOutcome.Linted(display, linter.lint(document), 0, List.of(), null,
                    "not fixed: " + encoding.charset().name() + " does not round-trip this file exactly; convert it to UTF-8 first (--unsafe-fixes)"),
                    null, null, null);
        }
        if (Arrays.equals(newBytes, bytes)) {
            return new Fixed(linted, null, null, null);
        }
        return new Fixed(linted, newBytes, document.text(), result.fixed().text());
    }

    private static byte[] encodeStrictly(String text, Encoding encoding) throws CharacterCodingException {
        ByteBuffer buffer = encoding.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    static FileOutcome.Linted withDiff(FileOutcome.Linted linted, String oldText, String newText) {
        List<String> oldLines = Arrays.asList(oldText.split("\n", -1));
        List<String> newLines = Arrays.asList(newText.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                "a/" + linted.path(), "b/" + linted.path(), oldLines, patch, 3);
        String text = diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
        return new FileOutcome.Linted(linted.path(), linted.result(), linted.fixedCount(), linted.fixed(), text, linted.note());
    }

    static boolean isBinary(byte[] bytes) {
        return dev.corpuslint.rules.document.TextDecoder.isBinary(bytes);
    }
}
