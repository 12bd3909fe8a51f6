package dev.corpuslint.cli;

import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;

/** What happened to one input file. */
sealed interface FileOutcome {
    String path();

    /** Linted; for {@code fix}, {@code fixedCount} findings were fixed and {@code result} is what remains. */
    record Linted(String path, LintResult result, int fixedCount, List<Diagnostic> fixed, String diff, String note)
            implements FileOutcome {
        Linted(String path, LintResult result) {
            this(path, result, 0, List.of(), null, null);
        }
    }

    /** Not linted on purpose (binary file); a note, not an error. */
    record Skipped(String path, String reason) implements FileOutcome {}

    /** Could not be read or written: an error that makes the run exit 2. */
    record Failed(String path, String message) implements FileOutcome {}
}
