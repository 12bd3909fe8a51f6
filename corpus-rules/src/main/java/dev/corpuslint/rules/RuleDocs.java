package dev.corpuslint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Each rule's documentation, a Markdown file named for its code next to this class, read by explain and hover. */
public final class RuleDocs {
    private RuleDocs() {}

    public static Optional<String> of(String code) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("docs/" + code + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the doc of rule " + code, e);
        }
    }
}
