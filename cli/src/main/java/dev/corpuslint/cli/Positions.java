package dev.corpuslint.cli;

import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.model.TextRange;

/** Core offsets to the 1-based lines and 1-based code-point columns of the CLI contract. */
record Positions(int line, int column, int endLine, int endColumn) {
    static Positions of(LineIndex lines, TextRange range) {
        return new Positions(
                lines.lineOf(range.start()) + 1,
                lines.codePointColumn(range.start()) + 1,
                lines.lineOf(range.end()) + 1,
                lines.codePointColumn(range.end()) + 1);
    }
}
