package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;

/**
 * A rule that judges a document by what the whole corpus holds (the learned boilerplate index), which a
 * directory check knows only after it has read every file. Splitting the rule's work lets that check read
 * each file once instead of twice: it takes what the rule needs from the document while the file is read
 * ({@link #evidence}), and the rule reports from that alone ({@link #report}) once the corpus is known.
 * {@link #check} does both at once, for callers that know the corpus already.
 */
public interface CorpusRule extends Rule {
    /**
     * What this rule needs of {@code document} to report later, holding no reference to the document or its
     * views (it is kept for many documents at once). It depends on the rule's settings, not on the corpus.
     */
    Object evidence(CorpusDocument document);

    /**
     * Reports from evidence taken by {@link #evidence} (of this rule, or of the same rule built with the
     * same settings and another index); {@code lines} is the document's line index.
     */
    void report(Object evidence, LineIndex lines, DiagnosticSink sink);
}
