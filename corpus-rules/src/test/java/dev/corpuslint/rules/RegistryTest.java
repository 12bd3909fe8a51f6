package dev.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.packs.PackRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the registry honest: unique codes and names, sorted, and a doc and a test for every rule. */
class RegistryTest {
    @Test
    void codesAndNamesAreUnique() {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Rule rule : BuiltInRules.ALL) {
            assertTrue(codes.add(rule.metadata().code()), "duplicate code " + rule.metadata().code());
            assertTrue(names.add(rule.metadata().name()), "duplicate name " + rule.metadata().name());
        }
    }

    @Test
    void registryIsSortedByCode() {
        List<String> coded = BuiltInRules.coded(CorpusConfig.DEFAULT, LearnedIndex.EMPTY).stream().map(r -> r.metadata().code()).toList();
        assertEquals(coded.stream().sorted().toList(), coded, "the Java rules are listed in code order");
        List<String> codes = BuiltInRules.ALL.stream().map(r -> r.metadata().code()).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void nameIsTheClassNameInKebabCase() {
        for (Rule rule : BuiltInRules.coded(CorpusConfig.DEFAULT, LearnedIndex.EMPTY)) {
            String kebab = rule.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            assertEquals(kebab, rule.metadata().name(), rule.getClass().getName());
        }
    }

    @Test
    void everyRuleHasADocWithTheFourSections() {
        for (Rule rule : BuiltInRules.ALL) {
            String code = rule.metadata().code();
            String doc = RuleDocs.of(code).orElseThrow(() -> new AssertionError("no doc for " + code));
            assertTrue(doc.startsWith("# " + code + " " + rule.metadata().name() + "\n"), code + " doc title");
            for (String section : List.of("## What it does", "## Why is this bad?", "## Example", "## Fix safety")) {
                assertTrue(doc.contains("\n" + section + "\n"), code + " doc lacks " + section);
            }
        }
    }

    @Test
    void everyRuleHasATestClass() {
        for (Rule rule : BuiltInRules.ALL) {
            // A pack rule is tested by its pack's test class (and its own example, in BundledPacksTest).
            String test = rule instanceof PackRule pr
                    ? "dev.corpuslint.rules.packs." + toCamel(pr.pack()) + "PackTest"
                    : rule.getClass().getName() + "Test";
            try {
                Class.forName(test);
            } catch (ClassNotFoundException e) {
                fail("no test class " + test);
            }
        }
    }

    private static String toCamel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    @Test
    void findsRulesByCodeOrName() {
        assertEquals("DL001", BuiltInRules.find("dl001").orElseThrow().metadata().code());
        assertEquals("DL001", BuiltInRules.find("front-matter-not-at-start").orElseThrow().metadata().code());
        assertTrue(BuiltInRules.find("nope").isEmpty());
    }
}
