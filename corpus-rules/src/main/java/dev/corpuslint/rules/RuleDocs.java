package dev.corpuslint.rules;

import dev.corpuslint.rules.packs.PackRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Each rule's documentation, read by explain and hover: a Markdown file named for its code next to this class,
 * or, for a pack rule without one, the doc generated from its pack entry.
 */
public final class RuleDocs {
    private RuleDocs() {}

    public static Optional<String> of(String code) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("docs/" + code + ".md")) {
            if (in == null) {
                return BuiltInRules.find(code).filter(rule -> rule instanceof PackRule).map(rule -> ((PackRule) rule).doc());
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the doc of rule " + code, e);
        }
    }
}
