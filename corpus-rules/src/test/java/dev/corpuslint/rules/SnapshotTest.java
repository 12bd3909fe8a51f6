package dev.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.learn.LearnedIndexFile;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic documents with reviewed expected output: the findings, then the text after every fix
 * (unsafe included). Run with -Dcorpuslint.snapshots.update=true to rewrite the snapshots, then review
 * the diff before committing.
 */
class SnapshotTest {
    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
    private static final Path EXAMPLES = Path.of("../examples/corpus");
    /** The examples carry a boilerplate index learned from ../shared/corpus, so their snapshots show BP004 too. */
    private static final Linter EXAMPLES_LINTER = examplesLinter();
    private static final Linter FIXTURES_LINTER = new Linter(BuiltInRules.ALL);

    private static Linter examplesLinter() {
        try {
            return new Linter(BuiltInRules.configured(CorpusConfig.DEFAULT,
                    LearnedIndexFile.read(LearnedIndexFile.locationFor(EXAMPLES))));
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(EXAMPLES, Path.of("src/test/resources/fixtures"))) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertFalse(files.isEmpty(), "no fixture documents found");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void matchesReviewedSnapshot(Path file) throws IOException {
        CorpusDocument document = CorpusDocument.fromBytes(file.getFileName().toString(), Files.readAllBytes(file));
        String actual = render(document, file.startsWith(EXAMPLES) ? EXAMPLES_LINTER : FIXTURES_LINTER);
        Path snapshot = SNAPSHOTS.resolve(file.getFileName() + ".snapshot");
        if (Boolean.getBoolean("corpuslint.snapshots.update")) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(snapshot), "missing snapshot " + snapshot + "; run with -Dcorpuslint.snapshots.update=true and review it");
        assertEquals(Files.readString(snapshot, StandardCharsets.UTF_8), actual);
    }

    private static String render(CorpusDocument document, Linter linter) {
        StringBuilder out = new StringBuilder("# findings\n");
        LintResult result = linter.lint(document);
        LineIndex lines = document.lines();
        for (Diagnostic d : result.diagnostics()) {
            out.append(lines.lineOf(d.range().start()) + 1).append(':').append(lines.codePointColumn(d.range().start()) + 1)
                    .append('-').append(lines.lineOf(d.range().end()) + 1).append(':').append(lines.codePointColumn(d.range().end()) + 1)
                    .append(' ').append(d.rule().code()).append(' ').append(d.message());
            Fix fix = d.fix();
            if (fix != null) {
                out.append(" [").append(fix.applicability().label()).append(": ").append(fix.title()).append(']');
            }
            out.append('\n');
        }
        if (!document.encoding().isWritable()) {
            // The CLI leaves such a file alone: writing it would change bytes no fix touched.
            return out.append("# not fixed: the file's bytes cannot be written back exactly\n").toString();
        }
        FixResult fixed = new FixEngine(linter).fix(document, true);
        assertTrue(fixed.converged());
        assertFalse(new FixEngine(linter).fix(fixed.fixed(), true).changed(), "fixing twice changes nothing");
        out.append("# fixed with unsafe fixes, written as ").append(fixed.fixed().encoding().charset().name()).append('\n');
        out.append(fixed.fixed().text().replace("\r", "␍"));
        return out.toString();
    }
}
