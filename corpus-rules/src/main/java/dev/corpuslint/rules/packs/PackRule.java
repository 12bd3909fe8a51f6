package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.BigramFilter;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.TextEdit;
import java.util.List;

/**
 * A rule defined as data in a rule pack: a matcher of one kind, a position constraint, a cheap literal
 * prefilter, and a delete fix with the safety the pack declares. Its documentation is generated from the
 * pack entry, so {@code explain} and hover work for pack rules as for built-in ones.
 */
public final class PackRule implements Rule {
    private static final int SHOWN_MATCH = 40;

    private final RuleMetadata metadata;
    private final String pack;
    private final String message;
    private final String fixTitle;
    private final Matcher matcher;
    private final LineScope scope;
    private final List<String> ifContains;
    /** Each {@code if-contains} literal's pair hashes ({@link BigramFilter#pairsOf}), by position in ifContains. */
    private final int[][] ifContainsPairs;
    /** Rendered when asked (`explain`, `rules --docs`): a check never reads it, and every run loads every pack rule. */
    private final java.util.function.Supplier<String> doc;

    PackRule(RuleMetadata metadata, String pack, String message, String fixTitle, Matcher matcher, LineScope scope,
            List<String> ifContains, java.util.function.Supplier<String> doc) {
        this.metadata = metadata;
        this.pack = pack;
        this.message = message;
        this.fixTitle = fixTitle;
        this.matcher = matcher;
        this.scope = scope;
        this.ifContains = ifContains;
        this.ifContainsPairs = ifContains.stream().map(BigramFilter::pairsOf).toArray(int[][]::new);
        this.doc = doc;
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    Matcher matcher() {
        return matcher;
    }

    /** The pack that defines this rule. */
    public String pack() {
        return pack;
    }

    /** The rule's documentation in the four-section form of the built-in rule docs. */
    public String doc() {
        return doc.get();
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        // A line kind's literals are found line by line, for all the rules loaded with it at once; the other
        // kinds look at markup too, so their literals are searched in the raw body.
        if (!ifContains.isEmpty() && !(matcher instanceof LineMatcher lines ? lines.mentionedIn(document) : mentions(document))) {
            return;
        }
        matcher.find(document, scope, hit -> {
            String text = message.replace("{match}", clip(hit.matched()));
            if (fixTitle != null && hit.deletion() != null) {
                sink.report(hit.range(), text, new Fix(fixTitle, List.of(TextEdit.delete(hit.deletion())), metadata.fixSafety()));
            } else {
                sink.report(hit.range(), text);
            }
        });
    }

    private boolean mentions(CorpusDocument document) {
        String text = document.text();
        int from = document.body().range().start();
        BigramFilter filter = BigramFilter.ofBody(document);
        for (int k = 0; k < ifContainsPairs.length; k++) {
            if (filter.mayContain(ifContainsPairs[k]) && text.indexOf(ifContains.get(k), from) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String matched) {
        String oneLine = matched.replace('\n', ' ');
        return oneLine.codePointCount(0, oneLine.length()) <= SHOWN_MATCH
                ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, SHOWN_MATCH)) + "…";
    }
}
