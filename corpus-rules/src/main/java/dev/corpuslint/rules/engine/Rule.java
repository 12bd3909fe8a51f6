package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.RuleMetadata;

/** One check. Implementations are stateless and thread-safe: one instance serves every document. */
public interface Rule {
    RuleMetadata metadata();

    void check(CorpusDocument document, DiagnosticSink sink);
}
