package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;

/** Where a rule reports; bound to the rule, so the rule's identity and severity are filled in for it. */
public interface DiagnosticSink {
    void report(TextRange range, String message, Diagnostic.Related related, List<Fix> fixes);

    default void report(TextRange range, String message, Fix... fixes) {
        report(range, message, null, List.of(fixes));
    }

    default void report(TextRange range, String message, Diagnostic.Related related, Fix... fixes) {
        report(range, message, related, List.of(fixes));
    }
}
