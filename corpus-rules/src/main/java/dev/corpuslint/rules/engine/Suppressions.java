package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.config.RuleSelection;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The suppressions a document asks for, in the style of markdownlint: HTML comments
 * {@code <!-- corpuslint-disable CODE... -->} (to the matching {@code corpuslint-enable} or the end),
 * {@code <!-- corpuslint-enable CODE... -->} and {@code <!-- corpuslint-disable-next-line CODE... -->}, and
 * the front-matter key {@value #FRONT_MATTER_KEY} (a list of codes, or {@code all}) for the whole file.
 * Codes may be any selector the configuration accepts (code, prefix, name, family); none means every rule.
 * Each suppression remembers whether it suppressed something, so an unused one can be reported (DL007).
 */
public final class Suppressions {
    public static final String FRONT_MATTER_KEY = "corpuslint-disable";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*corpuslint-(disable-next-line|disable|enable)((?:\\s+[A-Za-z0-9_-]+(?:\\s*,)?)*)\\s*-->");

    /** One suppressing comment or key: the lines it covers and the selectors it names (empty: all rules). */
    public static final class Suppression {
        private final TextRange directive;
        private final List<String> selectors;
        private final int fromLine;
        private int toLine;
        private final boolean frontMatter;
        private boolean used;

        Suppression(TextRange directive, List<String> selectors, int fromLine, int toLine, boolean frontMatter) {
            this.directive = directive;
            this.selectors = selectors;
            this.fromLine = fromLine;
            this.toLine = toLine;
            this.frontMatter = frontMatter;
        }

        /** The comment or front-matter entry, for reporting it. */
        public TextRange directive() {
            return directive;
        }

        public List<String> selectors() {
            return selectors;
        }

        public boolean frontMatter() {
            return frontMatter;
        }

        public boolean used() {
            return used;
        }

        boolean covers(Diagnostic d, int line) {
            if (line < fromLine || line > toLine) {
                return false;
            }
            return selectors.isEmpty() || selectors.stream().anyMatch(s -> RuleSelection.matches(s, d.rule()));
        }
    }

    private final List<Suppression> all;

    private Suppressions(List<Suppression> all) {
        this.all = all;
    }

    public List<Suppression> all() {
        return all;
    }

    public static Suppressions of(CorpusDocument document) {
        List<Suppression> out = new ArrayList<>();
        LineIndex lines = document.lines();
        document.frontMatter().ifPresent(fm -> fromFrontMatter(fm, lines, out));
        String text = document.text();
        int bodyStart = document.body().range().start();
        // The body's pair filter (made for the pack rules anyway) rules the search out for nearly every document.
        if (!dev.corpuslint.rules.document.BigramFilter.ofBody(document).mayContain("corpuslint-")
                || text.indexOf("corpuslint-", bodyStart) < 0) {
            return new Suppressions(out);
        }
        List<Suppression> open = new ArrayList<>();
        Matcher m = DIRECTIVE.matcher(text);
        m.region(bodyStart, text.length());
        while (m.find()) {
            if (document.body().codeRanges().stream().anyMatch(r -> r.start() <= m.start() && m.start() < r.end())) {
                continue;
            }
            TextRange range = new TextRange(m.start(), m.end());
            List<String> selectors = Arrays.stream(m.group(2).split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
            int line = lines.lineOf(m.start());
            switch (m.group(1)) {
                case "disable-next-line" -> out.add(new Suppression(range, selectors, line + 1, line + 1, false));
                case "disable" -> {
                    Suppression s = new Suppression(range, selectors, line, Integer.MAX_VALUE, false);
                    out.add(s);
                    open.add(s);
                }
                default -> {
                    // enable: ends the open disables it names (all of them when it names none).
                    for (Suppression s : List.copyOf(open)) {
                        if (selectors.isEmpty() || selectors.stream().anyMatch(e -> s.selectors.stream().anyMatch(e::equalsIgnoreCase))) {
                            s.toLine = line;
                            open.remove(s);
                        }
                    }
                }
            }
        }
        return new Suppressions(out);
    }

    private static void fromFrontMatter(FrontMatter fm, LineIndex lines, List<Suppression> out) {
        if (!(fm.yaml().orElse(null) instanceof MappingNode mapping)) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(FRONT_MATTER_KEY)) {
                List<String> selectors = switch (tuple.getValueNode()) {
                    case ScalarNode scalar when scalar.getValue().toLowerCase(Locale.ROOT).matches("all|true") -> List.of();
                    case ScalarNode scalar -> List.of(scalar.getValue().split("[\\s,]+"));
                    case SequenceNode seq -> seq.getValue().stream()
                            .filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).getValue()).toList();
                    default -> List.of();
                };
                TextRange range = new TextRange(fm.rangeOf(key).start(), fm.rangeOf(tuple.getValueNode()).end());
                out.add(new Suppression(range, selectors, 0, Integer.MAX_VALUE, true));
            }
        }
    }

    /** Whether {@code d} is suppressed; marks the suppressions that cover it as used. */
    boolean suppresses(Diagnostic d, LineIndex lines) {
        int line = lines.lineOf(d.range().start());
        boolean suppressed = false;
        for (Suppression s : all) {
            if (s.covers(d, line)) {
                s.used = true;
                suppressed = true;
            }
        }
        return suppressed;
    }
}
