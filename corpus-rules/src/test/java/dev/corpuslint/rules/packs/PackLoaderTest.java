package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Severity;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackLoaderTest {
    private static final String RULE_HEAD = """
            pack: mine
            rules:
              - code: BP901
                name: my-slogan
                summary: My site's slogan is boilerplate
                message: Slogan `{match}`
            """;

    static RulePack load(String yaml) throws ConfigException {
        return PackLoader.load("mine.yaml", yaml, false, BuiltInRules.takenIds());
    }

    @Test
    void aUserPackRuleReportsAndFixesWithItsDeclaredSafety() throws Exception {
        RulePack pack = load(RULE_HEAD + """
                    kind: phrase
                    phrases: ['海量资讯，尽在本站']
                    severity: info
                    safety: unsafe
                """);
        PackRule rule = pack.rules().get(0);
        assertEquals("BP901", rule.metadata().code());
        assertEquals(Severity.INFO, rule.metadata().defaultSeverity());
        // Width and spacing variants of the phrase match too.
        List<Diagnostic> found = Lint.run(rule, "正文。\n\n**海量资讯, 尽在本站**\n");
        assertEquals(1, found.size());
        assertEquals("Slogan `海量资讯, 尽在本站`", found.get(0).message());
        assertEquals(Applicability.UNSAFE, found.get(0).fix().applicability());
        assertEquals("正文。\n", Lint.fix(rule, "正文。\n\n**海量资讯, 尽在本站**\n", true));
        assertTrue(rule.doc().startsWith("# BP901 my-slogan\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "kind: pattern\\npatterns: ['^a']\\nsafety: unsafe\\ncolour: red => mine.yaml:10:5: unknown key `colour` in a `pattern` pack rule",
        "kind: regex\\nsafety: unsafe => mine.yaml:7:11: unknown kind `regex`",
        "kind: pattern\\npatterns: ['(a']\\nsafety: unsafe => mine.yaml:8:16: invalid pattern in `patterns` (RE2 syntax)",
        "kind: pattern\\npatterns: ['(?=a)b']\\nsafety: unsafe => mine.yaml:8:16: invalid pattern in `patterns` (RE2 syntax)",
        "kind: pattern\\npatterns: ['^a'] => mine.yaml:3:5: pack rule BP901 deletes but does not state its `safety`",
        "kind: pattern\\npatterns: ['^a']\\nsafety: maybe => mine.yaml:9:13: `safety` must be safe or unsafe",
        "kind: html-selector\\nselector: 'div[[['\\nsafety: safe => mine.yaml:8:15: `selector` is not a valid CSS selector",
        "kind: pattern\\npatterns: ['^a']\\nsafety: safe\\nposition: {middle: 3} => mine.yaml:10:16: unknown key `middle` in `position`",
        "kind: pattern\\npatterns: ['^a']\\nsafety: safe\\nmax-length: -1 => mine.yaml:10:17: `max-length` must be a whole number from 1 to 100000",
        "kind: tail-block\\nsafety: safe => mine.yaml:3:5: a `tail-block` rule needs `markers`",
        "kind: tail-block\\nmarkers: [扫一扫, '']\\nsafety: safe => mine.yaml:8:14: `markers` must not hold an empty marker",
    })
    void aMalformedPackNamesFileLineColumnAndKey(String rest, String expected) {
        String indented = "    " + rest.replace("\\n", "\n    ") + "\n";
        ConfigException e = assertThrows(ConfigException.class, () -> load(RULE_HEAD + indented));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void codesAreCheckedAgainstBuiltInRulesAndTheUserRange() {
        String pattern = "    kind: pattern\n    patterns: ['^a']\n    safety: safe\n";
        ConfigException reserved = assertThrows(ConfigException.class, () -> load(RULE_HEAD.replace("BP901", "BP120") + pattern));
        assertTrue(reserved.getMessage().contains("mine.yaml:3:11: `code` BP120 is reserved for built-in rules"), reserved.getMessage());
        ConfigException name = assertThrows(ConfigException.class, () -> load(RULE_HEAD.replace("my-slogan", "editor-credit-line") + pattern));
        assertTrue(name.getMessage().contains("`editor-credit-line` is already used by the bundled `generic-news` pack"), name.getMessage());
        ConfigException twice = assertThrows(ConfigException.class, () -> load(RULE_HEAD + pattern
                + "  - {code: BP901, name: other, summary: s, message: m, kind: pattern, patterns: ['^b'], safety: safe}\n"));
        assertTrue(twice.getMessage().contains("mine.yaml:10:12: `BP901` is already used by mine.yaml:3"), twice.getMessage());
    }

    @Test
    void aPackWithoutRulesOrNameIsAnError() {
        assertTrue(assertThrows(ConfigException.class, () -> load("pack: mine\nrules: []\n")).getMessage()
                .startsWith("mine.yaml:2:8: `rules` is empty"));
        assertTrue(assertThrows(ConfigException.class, () -> load("rules: []\n")).getMessage()
                .startsWith("mine.yaml:1:1: the rule pack has no `pack`"));
        assertTrue(assertThrows(ConfigException.class, () -> load("")).getMessage().startsWith("mine.yaml:1:1: the rule pack is empty"));
    }

    /** (a+)+$ backtracks exponentially in java.util.regex on "aaa…b"; RE2/J answers in linear time. */
    @Test
    void aCatastrophicPatternRunsInLinearTime() throws Exception {
        PackRule rule = load(RULE_HEAD + """
                    kind: pattern
                    patterns: ['(a+)+$']
                    max-length: 100000
                    safety: unsafe
                """).rules().get(0);
        String line = "a".repeat(50_000) + "b";
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Lint.run(rule, line + "\n"));
        assertEquals(List.of(), found);
    }

    @Test
    void codesOfBundledPacksStayBelowTheUserRange() {
        assertThrows(ConfigException.class, () -> PackLoader.load("p.yaml", RULE_HEAD
                + "    kind: pattern\n    patterns: ['^a']\n    safety: safe\n    why: w\n    example: e\n", true, new HashMap<>()));
    }
}
