package dev.corpuslint.rules.config;

import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules run, at which severity, for which files: `select`, `ignore`, `severity` and
 * `per-file-ignores` of the configuration. A selector is `ALL`, a family (`boilerplate`), a code prefix
 * (`BP`, `BP1`), a code (`BP104`) or a rule name (`follow-promo-line`). When a rule matches both `select`
 * and `ignore`, the more specific selector wins and `ignore` wins a tie (as in ruff): `ignore: [BP]` with
 * `select: [ALL, BP004]` runs BP004 and no other boilerplate rule.
 *
 * @param base the directory `per-file-ignores` globs are relative to (the configuration's)
 */
public record RuleSelection(List<String> select, List<String> ignore, Map<String, Severity> severity,
        List<PerFileIgnore> perFileIgnores, Path base) {

    public static final RuleSelection DEFAULT = new RuleSelection(List.of("ALL"), List.of(), Map.of(), List.of(), Path.of(""));

    /** Files matching {@code glob} (relative to the configuration's directory) do not run the {@code selectors}. */
    public record PerFileIgnore(String glob, List<String> selectors) {
        boolean matches(Path relative) {
            String pattern = glob.contains("/") ? glob : "**/" + glob;
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            PathMatcher direct = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return matcher.matches(relative) || direct.matches(relative);
        }
    }

    /** How specifically {@code selector} names {@code rule}: 0 for no match, higher for more specific. */
    static int specificity(String selector, RuleMetadata rule) {
        if (selector.equals("ALL")) {
            return 1;
        }
        if (selector.equals(rule.family().label())) {
            return 2;
        }
        String upper = selector.toUpperCase(Locale.ROOT);
        if (upper.equals(rule.code()) || selector.equals(rule.name())) {
            return 10;
        }
        if (rule.code().startsWith(upper) && upper.length() >= 2 && upper.matches("[A-Z]{2}\\d{0,2}")) {
            return 2 + upper.length();
        }
        return 0;
    }

    /** Whether {@code selector} names {@code rule}. */
    public static boolean matches(String selector, RuleMetadata rule) {
        return specificity(selector, rule) > 0;
    }

    /** Whether {@code selector} names at least one of {@code rules}. */
    public static boolean matchesAny(String selector, List<RuleMetadata> rules) {
        return rules.stream().anyMatch(rule -> specificity(selector, rule) > 0);
    }

    private static int best(List<String> selectors, RuleMetadata rule) {
        int best = 0;
        for (String selector : selectors) {
            best = Math.max(best, specificity(selector, rule));
        }
        return best;
    }

    /** The selectors of the per-file ignores that apply to {@code file}, in order. */
    public List<String> ignoredFor(Path file) {
        if (perFileIgnores.isEmpty()) {
            return List.of();
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return List.of();
        }
        Path relative = root.relativize(absolute);
        List<String> out = new ArrayList<>();
        for (PerFileIgnore entry : perFileIgnores) {
            if (entry.matches(relative)) {
                out.addAll(entry.selectors());
            }
        }
        return out;
    }

    /** Whether {@code rule} runs for a file that no per-file ignore applies to. */
    public boolean runs(RuleMetadata rule) {
        return runs(rule, ignore);
    }

    /** The more specific of select and {@code ignored} wins; a tie, or no selector, leaves the rule out. */
    private boolean runs(RuleMetadata rule, List<String> ignored) {
        return best(select, rule) > best(ignored, rule);
    }

    /** The rules that run for a file whose per-file ignores are {@code alsoIgnored}, in their given order. */
    public List<Rule> enabled(List<Rule> rules, List<String> alsoIgnored) {
        List<String> ignored = new ArrayList<>(ignore);
        ignored.addAll(alsoIgnored);
        List<Rule> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (runs(rule.metadata(), ignored)) {
                out.add(rule);
            }
        }
        return out;
    }

    /** Severity per rule code where the configuration overrides it (the most specific selector wins). */
    public Map<String, Severity> severities(List<Rule> rules) {
        Map<String, Severity> out = new HashMap<>();
        for (Rule rule : rules) {
            int best = 0;
            for (Map.Entry<String, Severity> entry : severity.entrySet()) {
                int s = specificity(entry.getKey(), rule.metadata());
                if (s > best) {
                    best = s;
                    out.put(rule.metadata().code(), entry.getValue());
                }
            }
        }
        return out;
    }
}
