package dev.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.corpuslint.rules.engine.Rule;
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
        List<String> codes = BuiltInRules.ALL.stream().map(r -> r.metadata().code()).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void nameIsTheClassNameInKebabCase() {
        for (Rule rule : BuiltInRules.ALL) {
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
            String test = rule.getClass().getName() + "Test";
            try {
                Class.forName(test);
            } catch (ClassNotFoundException e) {
                fail("no test class " + test);
            }
        }
    }

    @Test
    void findsRulesByCodeOrName() {
        assertEquals("DL001", BuiltInRules.find("dl001").orElseThrow().metadata().code());
        assertEquals("DL001", BuiltInRules.find("front-matter-not-at-start").orElseThrow().metadata().code());
        assertTrue(BuiltInRules.find("nope").isEmpty());
    }
}
