package dev.corpuslint.rules.model;

import java.util.List;
import java.util.Objects;

/**
 * One finding. {@code fixes} is ordered by preference; front ends offer the first one.
 * {@code related} is an optional second location (e.g. the first of two duplicate keys).
 */
public record Diagnostic(
        RuleMetadata rule, String message, TextRange range, Severity severity, List<Fix> fixes, Related related) {

    public record Related(TextRange range, String message) {}

    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(severity, "severity");
        fixes = List.copyOf(fixes);
    }

    public Fix fix() {
        return fixes.isEmpty() ? null : fixes.get(0);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, message, range, newSeverity, fixes, related);
    }
}
