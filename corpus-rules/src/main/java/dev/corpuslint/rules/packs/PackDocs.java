package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.RuleMetadata;
import java.util.Map;

/** The documentation of a pack rule, in the same four sections as a built-in rule's doc. */
final class PackDocs {
    private static final Map<String, String> KIND_TEXT = Map.of(
            "pattern", "Reports a body line whose visible text matches one of the rule's patterns.",
            "phrase", "Reports a body line that is one of the rule's phrases, compared after folding width, case and spacing.",
            "link-line", "Reports a line that holds nothing but promotional links.",
            "tail-block", "Reports a block of page chrome at the end of the body: every line from the first marker to the end is chrome, with several different markers.",
            "html-selector", "Reports HTML elements matched by a CSS selector, from the start tag to the end tag.",
            "html-comment", "Reports HTML comments that a site template left in the page.");

    private PackDocs() {}

    static String render(RuleMetadata metadata, String pack, String kind, String summary, String why, String example) {
        String fixSafety = metadata.fixSafety() == null
                ? "There is no fix: the finding needs a person to decide."
                : metadata.fixSafety() == Applicability.SAFE
                        ? "The fix is safe: it deletes only markup a reader never sees, so the visible text does not change."
                        : "The fix is unsafe: it deletes text a reader sees. Review the finding, or apply it with `fix --unsafe-fixes` once a sample of findings has been checked.";
        return "# " + metadata.code() + " " + metadata.name() + "\n\n"
                + "## What it does\n" + summary + ". " + KIND_TEXT.get(kind) + " Defined in the `" + pack + "` rule pack.\n\n"
                + "## Why is this bad?\n" + (why == null ? "Site boilerplate in an article pollutes the corpus." : why.strip()) + "\n\n"
                + "## Example\n```text\n" + (example == null ? "(no example given)" : example.strip()) + "\n```\n\n"
                + "## Fix safety\n" + fixSafety + "\n";
    }
}
