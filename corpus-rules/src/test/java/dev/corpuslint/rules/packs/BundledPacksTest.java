package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledPacksTest {
    static Stream<PackRule> rules() {
        return BuiltInRules.BUNDLED_PACKS.stream().flatMap(pack -> pack.rules().stream());
    }

    /** The packs for sites that publish in both scripts (Sina and Zaobao pages are simplified only). */
    static Stream<PackRule> bothScriptRules() {
        return rules().filter(rule -> rule.pack().equals("generic-news") || rule.pack().equals("cqtv"));
    }

    static Stream<PackRule> fixingRules() {
        return rules().filter(rule -> rule.metadata().fixSafety() != null);
    }

    @Test
    void theIndexListsEveryPackFileAndEachLoads() throws IOException {
        Path dir = Path.of("src/main/resources/dev/corpuslint/rules/packs");
        List<String> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        List<String> indexed = Files.readString(dir.resolve("index.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        assertEquals(files, indexed);
        assertEquals(files.size(), BuiltInRules.BUNDLED_PACKS.size());
        BuiltInRules.BUNDLED_PACKS.forEach(pack -> assertEquals(pack.name() + ".yaml", pack.origin().substring("packs/".length())));
    }

    /** Each rule's documented example is something the rule reports: the doc cannot drift from the rule. */
    @ParameterizedTest
    @MethodSource("rules")
    void reportsItsOwnExample(PackRule rule) {
        String example = example(rule);
        assertFalse(Lint.run(rule, "example.md", example).isEmpty(), rule.metadata().code() + " on its example:\n" + example);
        assertTrue(RuleDocs.of(rule.metadata().code()).isPresent());
    }

    /** Chinese phrases are listed in both scripts: the example written in traditional characters is reported too. */
    @ParameterizedTest
    @MethodSource("bothScriptRules")
    void reportsTheTraditionalFormOfItsExample(PackRule rule) {
        String traditional = ZhConverterUtil.toTraditional(example(rule));
        assertFalse(Lint.run(rule, "example.md", traditional).isEmpty(), rule.metadata().code() + " on:\n" + traditional);
        String halfWidth = example(rule).replace('：', ':').replace('，', ',');
        assertFalse(Lint.run(rule, "example.md", halfWidth).isEmpty(), rule.metadata().code() + " on:\n" + halfWidth);
    }

    @ParameterizedTest
    @MethodSource("fixingRules")
    void fixesItsExample(PackRule rule) {
        String example = example(rule);
        String fixed = Lint.fix(rule, "example.md", example, true);
        assertTrue(fixed.length() < example.length(), rule.metadata().code() + " deletes something");
        assertEquals(List.of(), Lint.run(rule, "example.md", fixed), rule.metadata().code() + " leaves nothing to report");
    }

    /** The example from the rule's generated doc. */
    static String example(PackRule rule) {
        String doc = rule.doc();
        int start = doc.indexOf("## Example\n```text\n") + "## Example\n```text\n".length();
        return doc.substring(start, doc.indexOf("\n```", start)) + "\n";
    }
}
