package dev.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties over the real corpus in ../shared/corpus (skipped when it is absent): no rule throws, and
 * fixing reaches a fixed point within the pass bound on every file.
 */
class CorpusPropertiesTest {
    private static final Path CORPUS = Path.of(System.getProperty("corpuslint.shared", "../../shared"), "corpus");

    @Test
    void everyFileLintsAndFixesToAFixedPoint() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(files.size() > 7000, "expected the whole corpus, found " + files.size());
        Linter linter = new Linter(BuiltInRules.ALL);
        FixEngine engine = new FixEngine(linter);
        List<String> problems = new ArrayList<>();
        files.parallelStream().forEach(file -> {
            try {
                CorpusDocument document = CorpusDocument.fromBytes(file.toString(), Files.readAllBytes(file));
                LintResult result = linter.lint(document);
                result.failures().forEach(f -> record(problems, f.describe()));
                FixResult fixed = engine.fix(document, true);
                if (!fixed.converged()) {
                    record(problems, "no fixed point: " + file);
                } else if (engine.fix(fixed.fixed(), true).changed()) {
                    record(problems, "second fix changed: " + file);
                }
            } catch (IOException e) {
                record(problems, file + ": " + e);
            }
        });
        assertEquals(List.of(), problems);
        assertFalse(files.isEmpty());
    }

    private static void record(List<String> problems, String problem) {
        synchronized (problems) {
            problems.add(problem);
        }
    }
}
