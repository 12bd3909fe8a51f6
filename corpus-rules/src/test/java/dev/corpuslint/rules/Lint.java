package dev.corpuslint.rules;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;

/** Test helpers: lint or fix inline text with one rule. */
public final class Lint {
    private Lint() {}

    /** A built-in rule (Java or bundled pack) by code. */
    public static Rule rule(String code) {
        return BuiltInRules.find(code).orElseThrow(() -> new AssertionError("no rule " + code));
    }

    public static List<Diagnostic> run(Rule rule, String text) {
        return run(rule, "test.md", text);
    }

    public static List<Diagnostic> run(Rule rule, String path, String text) {
        LintResult result = new Linter(List.of(rule)).lint(CorpusDocument.fromText(path, text));
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.failures().get(0).describe(), result.failures().get(0).error());
        }
        return result.diagnostics();
    }

    public static List<Diagnostic> runBytes(Rule rule, byte[] bytes) {
        return new Linter(List.of(rule)).lint(CorpusDocument.fromBytes("test.md", bytes)).diagnostics();
    }

    public static String fix(Rule rule, String text, boolean unsafe) {
        return fix(rule, "test.md", text, unsafe);
    }

    public static String fix(Rule rule, String path, String text, boolean unsafe) {
        FixResult result = new FixEngine(new Linter(List.of(rule))).fix(CorpusDocument.fromText(path, text), unsafe);
        if (!result.converged()) {
            throw new AssertionError("fix did not converge");
        }
        return result.fixed().text();
    }

    /** The text a diagnostic points at. */
    public static String at(String text, Diagnostic d) {
        return text.substring(d.range().start(), d.range().end());
    }
}
