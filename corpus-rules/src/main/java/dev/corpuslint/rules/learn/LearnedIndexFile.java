package dev.corpuslint.rules.learn;

import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.files.CorpusFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The persisted index: {@code .corpuslint/boilerplate.tsv} in the corpus root. Tab-separated text rather than
 * JSON so a curator can read it, diff it in review and grep it; fields escape tab, newline and backslash.
 * The format is versioned in its first line.
 */
public final class LearnedIndexFile {
    public static final String DIRECTORY = ".corpuslint";
    public static final String FILE_NAME = "boilerplate.tsv";
    private static final String MAGIC = "# corpuslint learned boilerplate v1";

    private LearnedIndexFile() {}

    public static Path locationFor(Path corpusRoot) {
        return corpusRoot.resolve(DIRECTORY).resolve(FILE_NAME);
    }

    /** Writes atomically: a temporary file beside the index, then a rename, so a reader never sees half an index. */
    public static void write(LearnedIndex index, Path corpusRoot) throws IOException {
        writeTo(index, locationFor(corpusRoot));
    }

    /** Writes the index to {@code file} (atomically), wherever it is. */
    public static void writeTo(LearnedIndex index, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        out.append("# ").append(index.settings().describe()).append('\n');
        out.append("# source\tdocuments\tsource-documents\tkey\tline\n");
        for (LearnedIndex.Line line : index.all()) {
            out.append(escape(line.source())).append('\t').append(line.documents()).append('\t')
                    .append(index.sourceDocuments(line.source())).append('\t').append(escape(line.key())).append('\t')
                    .append(escape(line.example())).append('\n');
        }
        CorpusFiles.writeAtomically(file, out);
    }

    /** Reads a corpus's index; directory-based sources are relative to the corpus (two levels above the file). */
    public static LearnedIndex read(Path file) throws ConfigException {
        return read(file, Optional.of(file.toAbsolutePath().normalize().getParent().getParent()));
    }

    /** Reads an index whose directory-based sources are relative to {@code root} (absolute when empty). */
    public static LearnedIndex read(Path file, Optional<Path> root) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(file.toString(), 1, 1, "cannot read the boilerplate index: " + e.getMessage());
        }
        String[] rows = text.split("\n", -1);
        if (!rows[0].equals(MAGIC)) {
            throw new ConfigException(file.toString(), 1, 1, "not a corpuslint boilerplate index (rebuild it with `corpuslint learn`)");
        }
        Map<String, Integer> documents = new HashMap<>();
        Map<String, Map<String, LearnedIndex.Line>> lines = new TreeMap<>();
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i];
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t", -1);
            try {
                if (f.length != 5) {
                    throw new NumberFormatException("expected 5 fields, found " + f.length);
                }
                String source = unescape(f[0]);
                int docs = Integer.parseInt(f[1]);
                documents.put(source, Integer.parseInt(f[2]));
                String key = unescape(f[3]);
                lines.computeIfAbsent(source, s -> new HashMap<>()).put(key, new LearnedIndex.Line(source, key, docs, unescape(f[4])));
            } catch (NumberFormatException e) {
                throw new ConfigException(file.toString(), i + 1, 1, "malformed boilerplate index row: " + e.getMessage()
                        + " (rebuild it with `corpuslint learn`)");
            }
        }
        return new LearnedIndex(root, LearningSettings.DEFAULT, documents, lines);
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
