package dev.corpuslint.cli;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Findings of unchanged files, kept between runs in {@code .corpuslint/cache} of the working directory. A
 * cached result is used only when the file's content hash and the fingerprint of everything that decided its
 * findings (this build of corpuslint, the configuration files, the user's packs, the boilerplate index and
 * the file's per-file ignores) are the same as when it was stored, so a configuration or version change can
 * never bring back a stale result. The cache is one file, read at start and replaced atomically at the end;
 * a damaged or foreign cache is ignored.
 */
final class ResultCache {
    private static final int FORMAT = 1;
    private static final String FILE = "results.bin";

    record Entry(String fingerprint, String contentHash, List<Diagnostic> diagnostics) {}

    /** Cached diagnostics before their rules are known: the rule is only a code until a Linter resolves it. */
    private record Stored(String fingerprint, String contentHash, byte[] payload) {}

    private final Path dir;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    private final Map<String, Stored> fresh = new ConcurrentHashMap<>();
    private volatile boolean changed;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger misses = new java.util.concurrent.atomic.AtomicInteger();

    ResultCache(Path dir) {
        this.dir = dir;
        load();
    }

    /**
     * A 96-bit fingerprint of a file's content: CRC32C (a CPU instruction) and a 64-bit multiply-xor hash
     * over 8-byte words. Not SHA-256: the launcher runs the JVM with C1 only, where SHA-256 has no intrinsic
     * and hashing the corpus took half of a cached run. Change detection needs no cryptographic strength; a
     * changed file keeps its fingerprint with a chance of about 2^-96.
     */
    static String contentHash(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        long h = 0x9E3779B97F4A7C15L ^ bytes.length;
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            h = (h ^ buffer.getLong(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        for (; i < bytes.length; i++) {
            h = (h ^ bytes[i]) * 0x94D049BB133111EBL;
        }
        h ^= h >>> 29;
        return Long.toHexString(h) + "-" + Long.toHexString(crc.getValue());
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
        }
        return sha256(bytes);
    }

    /** The cached result for {@code key}, when its fingerprint and content hash match; null otherwise. */
    LintResult lookup(String key, String fingerprint, String contentHash, CorpusDocument document, Linter linter) {
        Stored s = stored.get(key);
        if (s == null || !s.fingerprint().equals(fingerprint) || !s.contentHash().equals(contentHash)) {
            misses.incrementAndGet();
            return null;
        }
        try {
            List<Diagnostic> diagnostics = decode(s.payload(), linter);
            if (diagnostics == null) {
                misses.incrementAndGet();
                return null;
            }
            fresh.put(key, s);
            hits.incrementAndGet();
            return new LintResult(document, diagnostics, List.of());
        } catch (IOException | RuntimeException e) {
            misses.incrementAndGet();
            return null;
        }
    }

    /**
     * Whether a result is kept for {@code key} with this content, whatever decided it: a check that learns
     * as it reads leaves such a file to the cache, since its fingerprint (which includes the learned index)
     * is known only after every file was read, and is most often unchanged.
     */
    boolean holds(String key, String contentHash) {
        Stored s = stored.get(key);
        return s != null && s.contentHash().equals(contentHash);
    }

    /** Counts a file linted without a lookup: one a check that learns as it reads did not leave to the cache. */
    void linted() {
        misses.incrementAndGet();
    }

    /** For --verbose: how many files came from the cache and how many were linted. */
    String describe() {
        return hits.get() + " files from the cache, " + misses.get() + " linted";
    }

    /** Remembers a result; results with rule failures are not cached, so the failure shows again. */
    void store(String key, String fingerprint, String contentHash, LintResult result) {
        if (!result.failures().isEmpty()) {
            return;
        }
        try {
            fresh.put(key, new Stored(fingerprint, contentHash, encode(result.diagnostics())));
            changed = true;
        } catch (IOException e) {
            // not cached; the next run lints the file again
        }
    }

    /**
     * Where the boilerplate learned from exactly these files (paths and contents) with these settings is
     * kept: learning reads every file, so a corpus that did not change is not learned again.
     */
    Path learnedIndexFile(List<FileCollector.Input> files, String settings) {
        List<String> parts = new ArrayList<>();
        parts.add(CorpuslintCommand.build());
        parts.add(settings);
        for (FileCollector.Input input : files) {
            try {
                parts.add(input.display() + "=" + contentHash(Files.readAllBytes(input.path())));
            } catch (IOException | OutOfMemoryError e) {
                parts.add(input.display() + "=unreadable");
            }
        }
        return dir.resolve("learned-" + sha256(parts.toArray(String[]::new)).substring(0, 32) + ".tsv");
    }

    /** Keeps the one learned index for the current corpus state, replacing older ones. */
    void storeLearnedIndex(dev.corpuslint.rules.learn.LearnedIndex index, Path file) {
        try {
            Files.createDirectories(dir);
            ignoredByGit();
            try (var old = Files.newDirectoryStream(dir, "learned-*.tsv")) {
                for (Path p : old) {
                    Files.deleteIfExists(p);
                }
            }
            dev.corpuslint.rules.learn.LearnedIndexFile.writeTo(index, file);
        } catch (IOException e) {
            // not cached; the next run learns again
        }
    }

    /** Writes the entries used or made in this run (entries of files not seen again are dropped). */
    void save() throws IOException {
        if (!changed && fresh.size() == stored.size()) {
            return;
        }
        Files.createDirectories(dir);
        ignoredByGit();
        Path temp = Files.createTempFile(dir, ".results", ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(FORMAT);
                out.writeInt(fresh.size());
                for (Map.Entry<String, Stored> e : fresh.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue().fingerprint());
                    out.writeUTF(e.getValue().contentHash());
                    out.writeInt(e.getValue().payload().length);
                    out.write(e.getValue().payload());
                }
            }
            Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** As ruff does for its cache: a `.gitignore` inside keeps the cache out of commits and `git status`. */
    private void ignoredByGit() throws IOException {
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# Automatically created by corpuslint.\n*\n");
        }
    }

    private void load() {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                return;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                String fingerprint = in.readUTF();
                String hash = in.readUTF();
                byte[] payload = new byte[in.readInt()];
                in.readFully(payload);
                stored.put(key, new Stored(fingerprint, hash, payload));
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            stored.clear(); // a damaged cache is as good as none
        }
    }

    private static byte[] encode(List<Diagnostic> diagnostics) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                out.writeUTF(d.rule().code());
                writeString(out, d.message());
                out.writeInt(d.range().start());
                out.writeInt(d.range().end());
                out.writeByte(d.severity().ordinal());
                out.writeBoolean(d.related() != null);
                if (d.related() != null) {
                    out.writeInt(d.related().range().start());
                    out.writeInt(d.related().range().end());
                    writeString(out, d.related().message());
                }
                out.writeInt(d.fixes().size());
                for (Fix fix : d.fixes()) {
                    writeString(out, fix.title());
                    out.writeBoolean(fix.isSafe());
                    writeString(out, fix.encodeAs() == null ? "" : fix.encodeAs().name());
                    out.writeInt(fix.edits().size());
                    for (TextEdit edit : fix.edits()) {
                        out.writeInt(edit.range().start());
                        out.writeInt(edit.range().end());
                        writeString(out, edit.newText());
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    /** The diagnostics, with their rules from {@code linter}; null if a rule is no longer among them. */
    private static List<Diagnostic> decode(byte[] payload, Linter linter) throws IOException {
        Map<String, RuleMetadata> rules = new java.util.HashMap<>();
        for (Rule rule : linter.rules()) {
            rules.put(rule.metadata().code(), rule.metadata());
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
            int n = in.readInt();
            List<Diagnostic> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RuleMetadata rule = rules.get(in.readUTF());
                String message = readString(in);
                TextRange range = new TextRange(in.readInt(), in.readInt());
                Severity severity = Severity.values()[in.readByte()];
                Diagnostic.Related related = in.readBoolean()
                        ? new Diagnostic.Related(new TextRange(in.readInt(), in.readInt()), readString(in)) : null;
                int fixCount = in.readInt();
                List<Fix> fixes = new ArrayList<>(fixCount);
                for (int f = 0; f < fixCount; f++) {
                    String title = readString(in);
                    Applicability applicability = in.readBoolean() ? Applicability.SAFE : Applicability.UNSAFE;
                    String charset = readString(in);
                    int editCount = in.readInt();
                    List<TextEdit> edits = new ArrayList<>(editCount);
                    for (int e = 0; e < editCount; e++) {
                        edits.add(new TextEdit(new TextRange(in.readInt(), in.readInt()), readString(in)));
                    }
                    fixes.add(new Fix(title, edits, applicability, charset.isEmpty() ? null : Charset.forName(charset)));
                }
                if (rule == null) {
                    return null;
                }
                out.add(new Diagnostic(rule, message, range, severity, fixes, related));
            }
            return out;
        }
    }

    /** writeUTF is limited to 64 KB; messages and replacement texts can be longer. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
