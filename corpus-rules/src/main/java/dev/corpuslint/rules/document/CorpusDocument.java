package dev.corpuslint.rules.document;

import dev.corpuslint.rules.model.TextRange;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of the corpus: its bytes (when read from disk), how they were decoded, the text, and lazily
 * built views of it (line index, front matter, body). Not thread-safe: one document belongs to one
 * lint at a time.
 */
public final class CorpusDocument {
    private final String path;
    private final byte[] bytes;
    private final Encoding encoding;
    private final String text;
    private LineIndex lines;
    private FrontMatter frontMatter;
    private boolean frontMatterFound;
    private Body body;
    private BodyLines bodyLines;
    private java.util.Map<Object, Object> derived;
    private java.util.List<Heading> headings;
    private char[] chars;
    private CharPresence presence;

    private CorpusDocument(String path, byte[] bytes, Encoding encoding, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.bytes = bytes;
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** A document read from disk: byte-level checks (BOM, charset, invalid UTF-8) apply. */
    public static CorpusDocument fromBytes(String path, byte[] bytes) {
        return fromOwnBytes(path, bytes.clone());
    }

    /**
     * {@link #fromBytes} for a caller that hands the array over and never writes to it again (a file just
     * read): it is kept rather than copied, which a corpus check did for every file, 40 MB for the corpus.
     */
    public static CorpusDocument fromOwnBytes(String path, byte[] bytes) {
        return fromDecoded(path, bytes, TextDecoder.decode(bytes));
    }

    /**
     * {@link #fromOwnBytes}, or null when the bytes are a binary file's ({@link TextDecoder#isBinary}): the test
     * made as the bytes are decoded rather than in a pass of its own.
     */
    public static CorpusDocument fromOwnBytesUnlessBinary(String path, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decodeUnlessBinary(bytes);
        return decoded == null ? null : fromDecoded(path, bytes, decoded);
    }

    private static CorpusDocument fromDecoded(String path, byte[] bytes, TextDecoder.Decoded decoded) {
        CorpusDocument document = new CorpusDocument(path, bytes, decoded.encoding(), decoded.text());
        // What the decoder found on its way through the bytes is not looked for again.
        document.chars = decoded.chars();
        if (decoded.lineStarts() != null) {
            document.lines = new LineIndex(decoded.text(), decoded.lineStarts(), decoded.maySurrogates());
        }
        return document;
    }

    /** A document known only as text (an editor buffer): it is treated as UTF-8. */
    public static CorpusDocument fromText(String path, String text) {
        return new CorpusDocument(path, null, Encoding.UTF8_TEXT, text);
    }

    /** The same file after edits: the decoding facts carry over, minus those the new text no longer has. */
    public CorpusDocument withText(String newText, Encoding newEncoding) {
        return new CorpusDocument(path, null, newEncoding, newText);
    }

    /**
     * The same path, decoding facts, text and line index, without the bytes and the views the rules built:
     * what a result needs to report positions, at a fraction of the memory, for a check that holds many
     * results at once. Anything else asked of it is worked out again from the text.
     */
    public CorpusDocument detached() {
        CorpusDocument detached = new CorpusDocument(path, null, encoding, text());
        detached.lines = lines();
        return detached;
    }

    /**
     * {@link #detached}, and without the text as well when the line index can answer without it ({@link
     * LineIndex#withoutText}): for a result held until the corpus is known, whose completion and report ask
     * only for positions and blankness. Such a document answers its path, encoding and line index; asked for
     * its text or anything made from it, it throws {@link IllegalStateException}.
     */
    public CorpusDocument detachedWithoutText() {
        LineIndex held = lines().withoutText(chars());
        if (!held.isWithoutText()) {
            return detached();
        }
        return new CorpusDocument(path, encoding, held);
    }

    /** A document held without its text ({@link #detachedWithoutText}). */
    private CorpusDocument(String path, Encoding encoding, LineIndex lines) {
        this.path = path;
        this.bytes = null;
        this.encoding = encoding;
        this.text = null;
        this.lines = lines;
    }

    public String path() {
        return path;
    }

    /** The file name, for rules that look at the extension. */
    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    public Optional<byte[]> bytes() {
        return Optional.ofNullable(bytes);
    }

    public Encoding encoding() {
        return encoding;
    }

    public String text() {
        if (text == null) {
            throw new IllegalStateException(path + ": the document of a held result has no text");
        }
        return text;
    }

    /**
     * The text as a char array, made once and shared by the rules that scan every character. C1, the JIT the
     * launcher uses, compiles {@code String.charAt} to a coder test and a bounds check per character, and an
     * array read took about half the time in a loop over Chinese text. Callers must not write to it.
     */
    public char[] chars() {
        if (chars == null) {
            chars = text().toCharArray();
        }
        return chars;
    }

    /** Which characters the text holds, surveyed once: rules skip their walk for characters it lacks. */
    public CharPresence presence() {
        if (presence == null) {
            presence = CharPresence.of(chars(), body().range().start());
        }
        return presence;
    }

    public String text(TextRange range) {
        return text().substring(range.start(), range.end());
    }

    public LineIndex lines() {
        if (lines == null) {
            lines = new LineIndex(text());
        }
        return lines;
    }

    public Optional<FrontMatter> frontMatter() {
        if (!frontMatterFound) {
            frontMatter = FrontMatter.find(text(), lines());
            frontMatterFound = true;
        }
        return Optional.ofNullable(frontMatter);
    }

    /** The body's headings in order, found once. */
    public java.util.List<Heading> headings() {
        if (headings == null) {
            headings = java.util.List.copyOf(Heading.find(text(), lines(), body()));
        }
        return headings;
    }

    /**
     * A value computed from this document once and shared by the rules that need it (BP005 and BP006 both
     * need the repeated paragraphs). {@code key} identifies the computation; documents are used by one thread.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<CorpusDocument, T> compute) {
        if (derived == null) {
            derived = new java.util.HashMap<>();
        }
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }

    /** The body's lines with their visible text and normalised keys, computed line by line on first use. */
    public BodyLines bodyLines() {
        if (bodyLines == null) {
            bodyLines = new BodyLines(lines(), body(), presence());
        }
        return bodyLines;
    }

    public Body body() {
        if (body == null) {
            int start = frontMatter().map(FrontMatter::end).orElse(0);
            String text = text();
            TextRange range = new TextRange(start, text.length());
            body = new Body(text, range, Body.detect(text, range, fileName()), this::presence, this::lines);
        }
        return body;
    }
}
