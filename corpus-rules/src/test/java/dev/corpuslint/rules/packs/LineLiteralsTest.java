package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.config.ConfigLoader;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineLiteralsTest {
    /** Characters literals and lines are made of: CJK, ASCII, both halves of a surrogate pair, and prefixes that overlap. */
    private static final String ALPHABET = "编辑责任关注微信aAbB©( )\uD83D\uDE00当前";

    private static String word(Random random, int max) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(max + 1); k > 0; k--) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** What the search must answer: the matchers with a literal the text contains. */
    private static long expected(List<List<String>> literals, String text) {
        long found = 0;
        for (int m = 0; m < literals.size(); m++) {
            for (String literal : literals.get(m)) {
                if (text.contains(literal)) {
                    found |= 1L << m;
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theAutomatonFindsExactlyTheMatchersWhoseLiteralsTheTextHolds(int seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            List<List<String>> literals = new ArrayList<>();
            for (int m = random.nextInt(LineLiterals.GROUP) + 1; m > 0; m--) {
                List<String> own = new ArrayList<>();
                for (int k = random.nextInt(4) + 1; k > 0; k--) {
                    // Now and then an empty literal, which every text contains.
                    own.add(random.nextInt(50) == 0 ? "" : word(random, 4).isEmpty() ? "编" : word(random, 4));
                }
                literals.add(own);
            }
            LineLiterals.Automaton automaton = LineLiterals.Automaton.of(literals);
            assertInstanceOf(LineLiterals.Dense.class, automaton);
            LineLiterals.Searches searches = new LineLiterals.Searches(literals);
            for (int line = 0; line < 20; line++) {
                String text = word(random, 30);
                assertEquals(expected(literals, text), automaton.find(text), () -> literals + " in " + text);
                assertEquals(expected(literals, text), searches.find(text), () -> literals + " in " + text);
            }
        }
    }

    @Test
    void overlappingLiteralsAreAllFound() {
        // Each ends inside another or shares its start: the automaton's fallbacks must find every one.
        List<List<String>> literals = List.of(List.of("he"), List.of("she"), List.of("his"), List.of("hers"), List.of("责任编辑"), List.of("编辑"));
        LineLiterals.Automaton automaton = LineLiterals.Automaton.of(literals);
        assertEquals(0b001011L, automaton.find("ushers"));
        assertEquals(0b000100L, automaton.find("ahis"));
        assertEquals(0b110000L, automaton.find("责任编辑：张三"));
        assertEquals(0b100000L, automaton.find("图片编辑"));
        assertEquals(0L, automaton.find("责任编"));
    }

    @Test
    void aGroupTooLargeForATableSearchesEachLiteral() {
        Random random = new Random(3);
        List<List<String>> literals = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            List<String> own = new ArrayList<>();
            for (int k = 0; k < 1200; k++) {
                StringBuilder literal = new StringBuilder();
                for (int c = 0; c < 8; c++) {
                    literal.append((char) ('\u4E00' + random.nextInt(2000)));
                }
                own.add(literal.toString());
            }
            literals.add(own);
        }
        LineLiterals.Automaton automaton = LineLiterals.Automaton.of(literals);
        assertInstanceOf(LineLiterals.Searches.class, automaton);
        assertEquals(0b10L, automaton.find("前" + literals.get(1).get(700) + "后"));
    }

    private static String pack(int rules) {
        StringBuilder yaml = new StringBuilder("pack: many\nrules:\n");
        for (int r = 0; r < rules; r++) {
            yaml.append("  - {code: BP").append(900 + r).append(", name: rule-").append(r)
                    .append(", summary: s, message: m, kind: pattern, patterns: ['^标记'], if-contains: ['词")
                    .append(r).append("号'], safety: unsafe}\n");
        }
        return yaml.toString();
    }

    @Test
    void moreRulesThanOneSearchHoldsEachFindTheirOwnLines() throws Exception {
        RulePack pack = PackLoaderTest.load(pack(70));
        StringBuilder text = new StringBuilder("正文。\n\n");
        for (int r = 0; r < 70; r += 3) {
            text.append("标记词").append(r).append("号。\n\n");
        }
        Linter linter = new Linter(List.copyOf(pack.rules()));
        List<Diagnostic> found = linter.lint(CorpusDocument.fromText("a.md", text.toString())).diagnostics();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 70; r += 3) {
            expected.add("BP" + (900 + r));
        }
        assertEquals(expected, found.stream().map(d -> d.rule().code()).toList());
        LineMatcher first = (LineMatcher) pack.rules().get(0).matcher();
        LineMatcher last = (LineMatcher) pack.rules().get(69).matcher();
        assertNotNull(first.linked());
        assertEquals(false, first.linked() == last.linked(), "64 rules to a search");
    }

    @Test
    void aLineKindsLiteralIsLookedForInTheTextAReaderSees() throws Exception {
        RulePack pack = PackLoaderTest.load("""
                pack: mine
                rules:
                  - {code: BP901, name: follow, summary: s, message: m, kind: pattern, patterns: ['^欢迎关注'], if-contains: ['关注'], safety: unsafe}
                """);
        Rule rule = pack.rules().get(0);
        // The markup splits the literal in the file, not in what the line reads.
        assertEquals(1, Lint.run(rule, "正文。\n\n欢迎关<span>注</span>我们\n").size());
        assertEquals(1, Lint.run(rule, "正文。\n\n欢迎关<b>注</b>\n").size());
        // A line without the literal is not matched, even where the pattern would be: here only an empty literal
        // (which every line holds) lets the pattern run.
        RulePack loose = PackLoaderTest.load("""
                pack: mine
                rules:
                  - {code: BP901, name: follow, summary: s, message: m, kind: pattern, patterns: ['^欢迎'], if-contains: ['关注'], safety: unsafe}
                  - {code: BP902, name: any, summary: s, message: m, kind: pattern, patterns: ['^欢迎'], if-contains: ['', '关注'], safety: unsafe}
                """);
        assertEquals(List.of(), Lint.run(loose.rules().get(0), "正文。\n\n欢迎光临\n\n关注我们\n"));
        assertEquals(1, Lint.run(loose.rules().get(0), "正文。\n\n欢迎关注\n\n欢迎光临\n").size());
        assertEquals(2, Lint.run(loose.rules().get(1), "正文。\n\n欢迎光临\n\n欢迎关注\n").size());
    }

    @Test
    void theBundledPacksShareOneSearch() {
        List<LineMatcher> matchers = BuiltInRules.BUNDLED_PACKS.stream().flatMap(pack -> pack.rules().stream())
                .map(PackRule::matcher).filter(m -> m instanceof LineMatcher lines && !lines.literals().isEmpty())
                .map(m -> (LineMatcher) m).toList();
        assertEquals(true, matchers.size() > 10, matchers.size() + " line rules with literals");
        assertEquals(true, BuiltInRules.BUNDLED_PACKS.stream().map(RulePack::name).distinct().count() > 1);
        for (LineMatcher matcher : matchers) {
            assertSame(matchers.get(0).linked(), matcher.linked());
        }
    }

    @Test
    void aConfigurationsPacksShareOneSearch(@TempDir Path dir) throws Exception {
        for (String name : List.of("one", "two")) {
            Files.writeString(dir.resolve(name + ".yaml"), "pack: " + name + "\nrules:\n  - {code: BP" + (name.equals("one") ? 901 : 902)
                    + ", name: rule-" + name + ", summary: s, message: m, kind: pattern, patterns: ['^x'], if-contains: ['x'], safety: unsafe}\n");
        }
        Files.writeString(dir.resolve(".corpuslint.yaml"), "packs: [one.yaml, two.yaml]\n");
        CorpusConfig config = new ConfigLoader().forFile(dir.resolve("a.md"));
        LineMatcher one = (LineMatcher) config.packs().get(0).rules().get(0).matcher();
        LineMatcher two = (LineMatcher) config.packs().get(1).rules().get(0).matcher();
        assertNotNull(one.linked());
        assertSame(one.linked(), two.linked());
    }
}
