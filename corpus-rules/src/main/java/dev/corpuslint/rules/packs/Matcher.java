package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.CorpusDocument;
import java.util.function.Consumer;

/** The matching half of a pack rule kind; the rule adds message, severity and fix. */
interface Matcher {
    void find(CorpusDocument document, LineScope scope, Consumer<Hit> hits);
}
