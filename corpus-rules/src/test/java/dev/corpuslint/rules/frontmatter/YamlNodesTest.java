package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class YamlNodesTest {
    @Test
    void aliasChainsAreWalkedOnceNotOncePerPath() {
        // 24 doubling levels stay under the alias limit, yet reach 2^24 paths to the innermost mapping.
        StringBuilder yaml = new StringBuilder("---\na0: &a0 {k: v}\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" {x: *a").append(i - 1)
                    .append(", y: *a").append(i - 1).append("}\n");
        }
        yaml.append("---\nbody\n");
        CorpusDocument document = CorpusDocument.fromText("t.md", yaml.toString());
        AtomicLong visits = new AtomicLong();
        YamlNodes.forEachMapping(document.frontMatter().orElseThrow().yaml().orElseThrow(), m -> visits.incrementAndGet());
        assertEquals(26, visits.get(), "the root and the 25 anchored mappings, each once");
    }

    @Test
    void aVeryLongValueIsNotReparsedByMisreadYamlValue() {
        // `'a' b…` is misread (YAML rejects it), but a 5,000-character value is pasted prose and not re-parsed.
        String shortValue = "---\ntitle: 'a' b\n---\n";
        assertEquals(1, Lint.run(new MisreadYamlValue(), shortValue).size());
        String longValue = "---\ntitle: 'a' " + "b".repeat(MisreadYamlValue.MAX_VALUE_LENGTH) + "\n---\n";
        assertEquals(List.of(), Lint.run(new MisreadYamlValue(), longValue));
    }
}
