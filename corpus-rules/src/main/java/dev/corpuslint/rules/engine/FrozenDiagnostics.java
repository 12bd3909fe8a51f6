package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's findings packed into two arrays while its result waits for the corpus to be known
 * ({@link Linter.Deferred}): the offsets and counts in one array of ints, the rest (rules, messages, fix titles,
 * replacement texts, severities) in one array of references. A directory check holds thousands of results at
 * once, and a finding as objects is half a dozen of them (the finding, its range, its list of fixes, the fix,
 * its edits and their ranges), each of which the garbage collector copies when it promotes the held results:
 * a third of a corpus check's collection time. Unpacked, the findings are equal to those packed.
 */
final class FrozenDiagnostics {
    private static final FrozenDiagnostics NONE = new FrozenDiagnostics(0, new int[0], new Object[0]);

    private final int count;
    private final int[] numbers;
    private final Object[] objects;

    private FrozenDiagnostics(int count, int[] numbers, Object[] objects) {
        this.count = count;
        this.numbers = numbers;
        this.objects = objects;
    }

    /**
     * Per finding, in {@link #numbers}: the range's start and end, whether it has a related location (0: none,
     * 1: with a range, 2: without one) and that range, the number of fixes, then per fix the number of edits and
     * each edit's start and end. In {@link #objects}: the rule, the message, the severity, the related message,
     * then per fix its title, applicability and target encoding, and each edit's new text.
     */
    static FrozenDiagnostics of(List<Diagnostic> found) {
        if (found.isEmpty()) {
            return NONE;
        }
        int ints = 0;
        int refs = 0;
        for (Diagnostic d : found) {
            ints += 6;
            refs += 4;
            for (Fix fix : d.fixes()) {
                ints += 1 + 2 * fix.edits().size();
                refs += 3 + fix.edits().size();
            }
        }
        int[] numbers = new int[ints];
        Object[] objects = new Object[refs];
        int n = 0;
        int o = 0;
        for (Diagnostic d : found) {
            numbers[n++] = d.range().start();
            numbers[n++] = d.range().end();
            Diagnostic.Related related = d.related();
            numbers[n++] = related == null ? 0 : related.range() == null ? 2 : 1;
            numbers[n++] = related != null && related.range() != null ? related.range().start() : 0;
            numbers[n++] = related != null && related.range() != null ? related.range().end() : 0;
            numbers[n++] = d.fixes().size();
            objects[o++] = d.rule();
            objects[o++] = d.message();
            objects[o++] = d.severity();
            objects[o++] = related == null ? null : related.message();
            for (Fix fix : d.fixes()) {
                numbers[n++] = fix.edits().size();
                objects[o++] = fix.title();
                objects[o++] = fix.applicability();
                objects[o++] = fix.encodeAs();
                for (TextEdit edit : fix.edits()) {
                    numbers[n++] = edit.range().start();
                    numbers[n++] = edit.range().end();
                    objects[o++] = edit.newText();
                }
            }
        }
        return new FrozenDiagnostics(found.size(), numbers, objects);
    }

    int size() {
        return count;
    }

    /** The findings, as new objects equal to those packed, in a list the caller may change. */
    List<Diagnostic> thaw() {
        List<Diagnostic> found = new ArrayList<>(count + 4);
        int n = 0;
        int o = 0;
        for (int k = 0; k < count; k++) {
            TextRange range = new TextRange(numbers[n], numbers[n + 1]);
            int relatedKind = numbers[n + 2];
            TextRange relatedRange = relatedKind == 1 ? new TextRange(numbers[n + 3], numbers[n + 4]) : null;
            int fixCount = numbers[n + 5];
            n += 6;
            RuleMetadata rule = (RuleMetadata) objects[o];
            String message = (String) objects[o + 1];
            Severity severity = (Severity) objects[o + 2];
            String relatedMessage = (String) objects[o + 3];
            o += 4;
            List<Fix> fixes = new ArrayList<>(fixCount);
            for (int f = 0; f < fixCount; f++) {
                int editCount = numbers[n++];
                String title = (String) objects[o];
                Applicability applicability = (Applicability) objects[o + 1];
                Charset encodeAs = (Charset) objects[o + 2];
                o += 3;
                List<TextEdit> edits = new ArrayList<>(editCount);
                for (int e = 0; e < editCount; e++) {
                    edits.add(new TextEdit(new TextRange(numbers[n], numbers[n + 1]), (String) objects[o++]));
                    n += 2;
                }
                fixes.add(new Fix(title, edits, applicability, encodeAs));
            }
            Diagnostic.Related related = relatedKind == 0 ? null : new Diagnostic.Related(relatedRange, relatedMessage);
            found.add(new Diagnostic(rule, message, range, severity, fixes, related));
        }
        return found;
    }
}
