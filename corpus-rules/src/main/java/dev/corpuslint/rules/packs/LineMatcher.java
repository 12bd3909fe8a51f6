package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;
import java.util.function.Consumer;

/**
 * The kinds that judge one body line at a time. Blank lines, lines inside code and lines longer than
 * {@code maxLength} visible characters are never boilerplate: a long line is a paragraph that merely contains
 * a boilerplate phrase, and deleting it would delete article text.
 */
abstract class LineMatcher implements Matcher {
    private final int maxLength;
    private String[] literals = {};
    /** Each literal's {@link BodyLines#pairMask}, or null for one too short to have a pair. */
    private long[][] masks = {};
    /** One pair of every literal, when all have one (else null): a line with none of these has no literal. */
    private long[] anyMask;

    LineMatcher(int maxLength) {
        this.maxLength = maxLength;
    }

    /** For line kinds, {@code if-contains} also filters lines: a line without any of the literals is not matched. */
    void requireLiterals(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        this.masks = literals.stream().map(l -> l.length() < 2 ? null : BodyLines.pairMask(l)).toArray(long[][]::new);
        if (!literals.isEmpty() && literals.stream().allMatch(l -> l.length() >= 2)) {
            anyMask = BodyLines.anyPairMask(literals);
        }
    }

    /** The matched text when {@code line} is boilerplate of this kind, else null. */
    abstract String match(CorpusDocument document, BodyLines body, int line);

    @Override
    public final void find(CorpusDocument document, LineScope scope, Consumer<Hit> hits) {
        BodyLines body = document.bodyLines();
        LineIndex lines = document.lines();
        for (int line = scope.from(body), to = scope.to(body); line < to; line++) {
            String visible = body.readable(line);
            // length() bounds the code points from above: they are counted only for a line that may be too long,
            // and once per line for all the rules (BodyLines keeps the count).
            if (visible.isEmpty() || visible.length() > maxLength && body.readableLength(line) > maxLength
                    || !hasLiteral(body, line, visible)) {
                continue;
            }
            String matched = match(document, body, line);
            if (matched == null) {
                continue;
            }
            int start = lines.contentStart(line);
            if (document.body().isCodeOrInvisible(start)) {
                continue;
            }
            hits.accept(new Hit(new TextRange(start, lines.lineEnd(line)), LineDeletion.ofLine(lines, line), matched));
        }
    }

    private boolean hasLiteral(BodyLines body, int line, String text) {
        if (literals.length == 0) {
            return true;
        }
        if (anyMask != null && !body.mayContainAny(line, anyMask)) {
            return false;
        }
        for (int k = 0; k < literals.length; k++) {
            // The line's pair filter rules most literals out without searching the line.
            if ((masks[k] == null || body.mayContain(line, masks[k])) && text.contains(literals[k])) {
                return true;
            }
        }
        return false;
    }
}
