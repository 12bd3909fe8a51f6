package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.RuleMetadata;

/** One check. Implementations are stateless and thread-safe: one instance serves every document. */
public interface Rule {
    RuleMetadata metadata();

    void check(CorpusDocument document, DiagnosticSink sink);

    /**
     * A deferential rule's finding is dropped where a non-deferential rule of the same family already reports
     * a range that contains it: learned boilerplate inside a WeChat chrome block is one finding, not forty.
     */
    default boolean deferential() {
        return false;
    }
}
