package dev.corpuslint.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FrozenDiagnosticsTest {
    private static final RuleMetadata RULE = new RuleMetadata("EN998", "packed", Family.ENCODING, "p", Severity.WARNING,
            FixAvailability.SOMETIMES, Applicability.SAFE);

    /** Every shape a finding can take: with and without fixes, edits, a target encoding and a related location. */
    @Test
    void unpacksWhatWasPacked() {
        List<Diagnostic> found = List.of(
                new Diagnostic(RULE, "plain", new TextRange(0, 3), Severity.ERROR, List.of(), null),
                new Diagnostic(RULE, "two fixes", new TextRange(4, 4), Severity.INFO, List.of(
                        Fix.safe("first", TextEdit.replace(4, 5, "x"), TextEdit.delete(7, 9)),
                        new Fix("to GB18030", List.of(), Applicability.UNSAFE, java.nio.charset.Charset.forName("GB18030"))),
                        new Diagnostic.Related(new TextRange(1, 2), "there")),
                new Diagnostic(RULE, "related without a range", new TextRange(10, 12), Severity.WARNING,
                        List.of(Fix.unsafe("insert", TextEdit.insert(12, "\n"))), new Diagnostic.Related(null, null)));
        FrozenDiagnostics frozen = FrozenDiagnostics.of(found);
        assertEquals(3, frozen.size());
        assertEquals(found, frozen.thaw());
        assertEquals(found, frozen.thaw(), "unpacked twice, the same");
        assertEquals(List.of(), FrozenDiagnostics.of(List.of()).thaw());
    }

    /** The findings of every rule on the sample files, as a check holds them. */
    @Test
    void unpacksTheSampleFilesFindings() throws Exception {
        Linter linter = new Linter(BuiltInRules.ALL);
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("../examples/corpus"))) {
            samples = files.filter(Files::isRegularFile).sorted().toList();
        }
        int total = 0;
        for (Path sample : samples) {
            CorpusDocument document = CorpusDocument.fromBytes(sample.toString(), Files.readAllBytes(sample));
            List<Diagnostic> found = new ArrayList<>(linter.lint(document).diagnostics());
            total += found.size();
            assertEquals(found, FrozenDiagnostics.of(found).thaw(), sample.toString());
        }
        assertTrue(total > 50, "findings " + total);
    }
}
