package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.Encoding;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Applies fixes: lint, take every applicable fix that does not touch another one, apply them back to
 * front, and lint again, until nothing is left to apply or the pass bound is reached.
 */
public final class FixEngine {
    /** Enough for fixes that uncover other fixes; a document still changing after this many passes is a bug. */
    public static final int MAX_PASSES = 10;

    private final Linter linter;

    public FixEngine(Linter linter) {
        this.linter = linter;
    }

    /**
     * @param includeUnsafe apply unsafe fixes too
     * @param wanted which findings may be fixed (e.g. only one rule's); safety is checked separately
     */
    public FixResult fix(CorpusDocument document, boolean includeUnsafe, Predicate<Diagnostic> wanted) {
        CorpusDocument current = document;
        List<Diagnostic> applied = new ArrayList<>();
        LintResult result = linter.lint(current);
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            Pass next = choose(current, result, includeUnsafe, wanted);
            if (next == null) {
                return new FixResult(current, applied, result, pass - 1, true);
            }
            current = next.document();
            applied.addAll(next.chosen());
            result = linter.lint(current);
        }
        boolean converged = choose(current, result, includeUnsafe, wanted) == null;
        return new FixResult(current, applied, result, MAX_PASSES, converged);
    }

    private record Pass(List<Diagnostic> chosen, CorpusDocument document) {}

    /**
     * One pass's fixes and the document they give, or null when there is nothing to apply. Deleting what
     * stood before a `---` line (a script, a comment, a BOM) would turn the text between it and the next
     * `---` into front matter: body text would vanish into YAML. Such fixes are held back (their findings
     * stay) and the pass is chosen again without them. Holds last for this pass only: after it the offsets,
     * and what a fix would do, have changed, so every held fix is judged again against the new text. That
     * makes the outcome depend on the text alone, so a second `fix` holds back exactly what the first left.
     */
    private Pass choose(CorpusDocument current, LintResult result, boolean includeUnsafe, Predicate<Diagnostic> wanted) {
        java.util.Set<Diagnostic> held = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (true) {
            List<Diagnostic> chosen = chooseNonOverlapping(result.diagnostics(), includeUnsafe, d -> wanted.test(d) && !held.contains(d));
            if (chosen.isEmpty()) {
                return null;
            }
            CorpusDocument next = apply(current, chosen);
            List<Diagnostic> exposing = exposingFrontMatter(current, next, chosen);
            if (exposing.isEmpty()) {
                return new Pass(chosen, next);
            }
            held.addAll(exposing); // never empty and never already held, so this loop ends
        }
    }

    /**
     * Rules whose fix is meant to make a block front matter: blank lines before it (DL001), a missing closing
     * fence (DL002), a fence variant (DL004).
     */
    private static final java.util.Set<String> FRONT_MATTER_REPAIRS = java.util.Set.of("DL001", "DL002", "DL004");

    /**
     * When applying the chosen fixes gives a document that had no complete front matter one (a deleted
     * script before a `---` line, a BOM removed from a closing fence), the fixes to hold back: taking the
     * others in order, each one that would open front matter together with those already taken. Only the
     * fixes that complete the opening are held, never an unrelated one that happens to share the pass (a
     * script conversion elsewhere in the text was held with them, and a second `fix` then applied it).
     * Rules whose purpose is to make front matter are never held. Empty when the pass opens no front matter.
     */
    private static List<Diagnostic> exposingFrontMatter(CorpusDocument before, CorpusDocument after, List<Diagnostic> chosen) {
        if (hasFrontMatter(before) || !hasFrontMatter(after)) {
            return List.of();
        }
        List<Diagnostic> others = chosen.stream().filter(d -> !FRONT_MATTER_REPAIRS.contains(d.rule().code())).toList();
        if (others.isEmpty() || !hasFrontMatter(apply(before, others))) {
            return List.of(); // a front-matter repair in the pass opens it, as it is meant to
        }
        List<Diagnostic> taken = new ArrayList<>();
        List<Diagnostic> held = new ArrayList<>();
        for (Diagnostic d : others) {
            taken.add(d);
            if (hasFrontMatter(apply(before, taken))) {
                taken.remove(taken.size() - 1);
                held.add(d);
            }
        }
        return held; // not empty: taking every other fix would have opened it, and the last one taken did not
    }

    private static boolean hasFrontMatter(CorpusDocument document) {
        return document.frontMatter().map(dev.corpuslint.rules.document.FrontMatter::isClosed).orElse(false);
    }

    public FixResult fix(CorpusDocument document, boolean includeUnsafe) {
        return fix(document, includeUnsafe, d -> true);
    }

    static List<Diagnostic> chooseNonOverlapping(
            List<Diagnostic> diagnostics, boolean includeUnsafe, Predicate<Diagnostic> wanted) {
        List<Diagnostic> candidates = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Fix fix = d.fix();
            if (fix != null && (includeUnsafe || fix.isSafe()) && wanted.test(d)) {
                candidates.add(d);
            }
        }
        candidates.sort(Comparator.comparingInt((Diagnostic d) -> firstOffset(d.fix())).thenComparing(d -> d.rule().code()));
        List<Diagnostic> chosen = new ArrayList<>();
        List<TextRange> taken = new ArrayList<>();
        for (Diagnostic d : candidates) {
            List<TextRange> ranges = d.fix().edits().stream().map(TextEdit::range).toList();
            boolean clash = false;
            for (TextRange r : ranges) {
                for (TextRange t : taken) {
                    if (conflict(r, t)) {
                        clash = true;
                        break;
                    }
                }
                if (clash) {
                    break;
                }
            }
            if (!clash) {
                chosen.add(d);
                taken.addAll(ranges);
            }
        }
        return chosen;
    }

    /** Two edits conflict when they overlap or when an insertion lands on or inside the other edit. */
    static boolean conflict(TextRange a, TextRange b) {
        if (a.isEmpty() || b.isEmpty()) {
            return (a.start() >= b.start() && a.start() <= b.end()) || (b.start() >= a.start() && b.start() <= a.end());
        }
        return a.start() < b.end() && b.start() < a.end();
    }

    private static int firstOffset(Fix fix) {
        return fix.edits().stream().mapToInt(e -> e.range().start()).min().orElse(Integer.MAX_VALUE);
    }

    /** Applies the chosen fixes' edits back to front, so earlier offsets stay valid. */
    static CorpusDocument apply(CorpusDocument document, List<Diagnostic> chosen) {
        List<TextEdit> edits = new ArrayList<>();
        Charset encodeAs = null;
        for (Diagnostic d : chosen) {
            edits.addAll(d.fix().edits());
            if (d.fix().encodeAs() != null) {
                encodeAs = d.fix().encodeAs();
            }
        }
        String text = applyEdits(document.text(), edits);
        Encoding before = document.encoding();
        Encoding after = encodeAs == null
                ? before
                : new Encoding(encodeAs, false, before.malformedOffsets(), true);
        return document.withText(text, after);
    }

    /** Applies non-overlapping edits to a text. */
    public static String applyEdits(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing(TextEdit::range).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (TextEdit edit : sorted) {
            TextRange r = edit.range();
            if (r.end() > text.length() || r.end() > limit) {
                throw new IllegalArgumentException("overlapping or out-of-range edit " + r);
            }
            out.replace(r.start(), r.end(), edit.newText());
            limit = r.start();
        }
        return out.toString();
    }
}
