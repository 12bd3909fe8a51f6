package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Front matter written to hurt the parser: every case ends in an FM001 finding (or a clean parse) with
 * bounded work, and the whole rule set still runs on the document without a rule failing.
 */
class HostileYamlTest {
    private static FrontMatter.YamlError errorOf(String yaml) {
        CorpusDocument document = CorpusDocument.fromText("t.md", "---\n" + yaml + "\n---\nbody\n");
        FrontMatter fm = document.frontMatter().orElseThrow();
        fm.yaml();
        return fm.yamlError().orElse(null);
    }

    private static LintResult lintAll(String yaml) {
        return new Linter(BuiltInRules.ALL).lint(CorpusDocument.fromText("t.md", "---\n" + yaml + "\n---\nbody\n"));
    }

    /**
     * snakeyaml-engine 2.10 read past its buffer when a surrogate pair straddled its 1,024-character window
     * (found by Jazzer, `parseDocument`); 3.x reads such front matter like any other.
     */
    @ParameterizedTest
    @ValueSource(ints = {1022, 1023, 1024, 1025, 1026})
    void anEmojiAcrossTheReadersWindowParses(int padding) {
        assertNull(errorOf("title: " + "x".repeat(padding - 7) + "😀 " + "y".repeat(40)));
    }

    @Test
    void deepFlowNestingIsReportedInsteadOfOverflowingTheStack() {
        String yaml = "k: " + "[".repeat(100_000) + "]".repeat(100_000);
        FrontMatter.YamlError error = errorOf(yaml);
        assertTrue(error.message().contains("nested more than 64 levels"), error.message());
        assertEquals(4 + 3 + 64, error.offset(), "points at the bracket that goes one level too deep");
        LintResult result = lintAll(yaml);
        assertEquals(List.of(), result.failures());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.rule().code().equals("FM001")));
    }

    @Test
    void deepFlowMappingsAndBlockNestingAreReportedToo() {
        assertTrue(errorOf("k: " + "{a: ".repeat(5_000) + "1" + "}".repeat(5_000)).message().contains("nested"));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            block.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        FrontMatter.YamlError blockError = errorOf(block.toString().stripTrailing());
        assertTrue(blockError.message().contains("nested"), blockError.message());
        assertEquals(List.of(), lintAll(block.toString()).failures());
    }

    @Test
    void ordinaryNestingAndBracketsInsideStringsStillParse() {
        String yaml = "title: \"" + "[".repeat(200) + "\"\nsummary: it's [a] {b}\ntags: [a, [b, {c: [d]}]]\n"
                + "meta:\n  a:\n    - b: 1\n      c: [x]\n  # " + "[".repeat(200) + "\n";
        assertEquals(null, errorOf(yaml));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        block.append("  ".repeat(60)).append("v");
        assertEquals(null, errorOf(block.toString()), "60 levels is within the limit");
    }

    @Test
    void billionLaughsStopsAtTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            yaml.append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        assertTrue(errorOf(yaml.toString()).message().contains("aliases"), errorOf(yaml.toString()).message());
        assertEquals(List.of(), lintAll(yaml.toString()).failures());
    }

    @Test
    void aHugeFrontMatterIsReportedWithoutBeingParsed() {
        String yaml = "title: " + "x".repeat(FrontMatter.MAX_CODE_POINTS + 1);
        FrontMatter.YamlError error = errorOf(yaml);
        assertTrue(error.message().contains("longer than"), error.message());
        assertEquals(List.of(), lintAll(yaml).failures());
    }

    @Test
    void aTagNamingAClassNeverLoadsIt() {
        LintResult result = lintAll("title: !!dev.corpuslint.rules.document.Tripwire {}\n"
                + "date: !!dev.corpuslint.rules.document.Tripwire [x]");
        assertEquals(List.of(), result.failures());
        // Read through a property, since naming Tripwire's fields here would load the class itself.
        assertEquals(null, System.getProperty("corpuslint.test.tripwire.loaded"), "composing front matter must never load a class a tag names");
    }
}
