package dev.corpuslint.rules.engine;

/** A rule threw on a document; the other rules' findings still stand. */
public record RuleFailure(String ruleCode, String path, Throwable error) {
    public String describe() {
        return "rule " + ruleCode + " failed on " + path + ": " + error;
    }
}
