package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * A key given twice in one mapping. YAML forbids it, and tools disagree on which value wins (Ruby's Psych
 * keeps the last, js-yaml fails), so the same file means different things to different tools.
 */
public final class DuplicateFrontMatterKey implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM002", "duplicate-front-matter-key", Family.FRONT_MATTER,
            "A front-matter key must appear only once in its mapping",
            Severity.ERROR, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null) {
            return;
        }
        fm.yaml().ifPresent(root -> YamlNodes.forEachMapping(root, mapping -> checkMapping(document, fm, mapping, sink)));
    }

    private static void checkMapping(CorpusDocument document, FrontMatter fm, MappingNode mapping, DiagnosticSink sink) {
        Map<String, NodeTuple> seen = new HashMap<>();
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple tuple = tuples.get(i);
            String key = YamlNodes.scalarText(tuple.getKeyNode()).orElse(null);
            if (key == null) {
                continue;
            }
            NodeTuple first = seen.putIfAbsent(key, tuple);
            if (first == null) {
                continue;
            }
            TextRange keyRange = fm.rangeOf(tuple.getKeyNode());
            Diagnostic.Related related = new Diagnostic.Related(fm.rangeOf(first.getKeyNode()), "first `" + key + "` is here");
            Node next = i + 1 < tuples.size() ? tuples.get(i + 1).getKeyNode() : null;
            TextRange entry = wholeLineEntry(document, fm, tuple, next);
            if (entry == null) {
                sink.report(keyRange, "Duplicate front-matter key `" + key + "`", related);
                continue;
            }
            boolean sameValue = sameText(document, fm, first.getValueNode(), tuple.getValueNode());
            Fix fix = new Fix("Remove the second `" + key + "` entry", List.of(TextEdit.delete(entry)),
                    sameValue ? Applicability.SAFE : Applicability.UNSAFE);
            sink.report(keyRange, "Duplicate front-matter key `" + key + "`"
                    + (sameValue ? " with the same value" : " with a different value"), related, fix);
        }
    }

    private static boolean sameText(CorpusDocument document, FrontMatter fm, Node a, Node b) {
        return document.text(fm.rangeOf(a)).strip().equals(document.text(fm.rangeOf(b)).strip());
    }

    /**
     * The whole lines holding one block-mapping entry, or null when the entry shares a line with another
     * (flow style), where deleting lines would take the neighbour too.
     */
    private static TextRange wholeLineEntry(CorpusDocument document, FrontMatter fm, NodeTuple tuple, Node next) {
        LineIndex lines = document.lines();
        TextRange key = fm.rangeOf(tuple.getKeyNode());
        TextRange value = fm.rangeOf(tuple.getValueNode());
        int firstLine = lines.lineOf(key.start());
        if (!document.text().substring(lines.lineStart(firstLine), key.start()).isBlank()) {
            return null;
        }
        // A block value's end mark sits at the start of the line after it.
        int endOffset = value.end() > value.start() && value.end() == lines.lineStart(lines.lineOf(value.end()))
                ? value.end() - 1
                : value.end();
        int lastLine = lines.lineOf(Math.max(endOffset, key.start()));
        if (next != null && lines.lineOf(fm.rangeOf(next).start()) <= lastLine) {
            return null;
        }
        return lines.wholeLines(firstLine, lastLine);
    }
}
