package dev.corpuslint.rules.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity and description of a rule. {@code fixSafety} is the safety of the rule's fixes when it has
 * any (a rule whose fixes differ in safety per finding declares the more cautious one here).
 */
public record RuleMetadata(
        String code,
        String name,
        Family family,
        String summary,
        Severity defaultSeverity,
        FixAvailability fixAvailability,
        Applicability fixSafety) {

    private static final Pattern CODE = Pattern.compile("(DL|FM|EN|BP)\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMetadata {
        Objects.requireNonNull(family, "family");
        if (!CODE.matcher(code).matches() || !code.startsWith(family.prefix())) {
            throw new IllegalArgumentException("bad rule code " + code + " for family " + family);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(fixAvailability, "fixAvailability");
        if ((fixAvailability == FixAvailability.NONE) != (fixSafety == null)) {
            throw new IllegalArgumentException(code + ": fixSafety must be given exactly when a fix is available");
        }
    }
}
