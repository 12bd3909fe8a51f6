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
    private List<String> literals = List.of();
    /** What finds this matcher's literals with the others loaded with it ({@link LineLiterals}), and its bit there. */
    private LineLiterals linked;
    private long bit;

    LineMatcher(int maxLength) {
        this.maxLength = maxLength;
    }

    /** For line kinds, {@code if-contains} also filters lines: a line without any of the literals is not matched. */
    void requireLiterals(List<String> literals) {
        this.literals = List.copyOf(literals);
        LineLiterals.linkMatchers(List.of(this)); // until the pack's rules are linked together
    }

    List<String> literals() {
        return literals;
    }

    int maxLength() {
        return maxLength;
    }

    LineLiterals linked() {
        return linked;
    }

    /** From now on this matcher's literals are found by {@code linked}, where its bit is {@code bit}. */
    void linkTo(LineLiterals linked, long bit) {
        this.linked = linked;
        this.bit = bit;
    }

    /**
     * Whether some line of the body that this matcher could look at holds one of its literals (true when it
     * has none): the rule's {@code if-contains} test for the document, answered from the same search.
     */
    boolean mentionedIn(CorpusDocument document) {
        if (linked == null) {
            return true;
        }
        long[] found = linked.lines(document);
        return (found[found.length - 1] & bit) != 0;
    }

    /** The matched text when {@code line} is boilerplate of this kind, else null. */
    abstract String match(CorpusDocument document, BodyLines body, int line);

    @Override
    public final void find(CorpusDocument document, LineScope scope, Consumer<Hit> hits) {
        BodyLines body = document.bodyLines();
        LineIndex lines = document.lines();
        long[] found = linked == null ? null : linked.lines(document);
        for (int line = scope.from(body), to = scope.to(body); line < to; line++) {
            // The literal test first: one bit, and most lines hold none of a rule's literals.
            if (found != null && (found[line - body.first()] & bit) == 0) {
                continue;
            }
            String visible = body.readable(line);
            // length() bounds the code points from above: they are counted only for a line that may be too long,
            // and once per line for all the rules (BodyLines keeps the count).
            if (visible.isEmpty() || visible.length() > maxLength && body.readableLength(line) > maxLength) {
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
}
