package dev.corpuslint.rules.learn;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Learned lines written as a user rule pack, for a curator to review and adopt: each phrase carries a
 * comment with its source and how many documents it appeared in, and the rule's fix is unsafe.
 */
public final class LearnedPack {
    /** The code the promoted rule takes: the first one reserved for users' packs. */
    public static final String CODE = "BP900";

    private LearnedPack() {}

    public static String render(LearnedIndex index, String corpus) {
        StringBuilder out = new StringBuilder();
        out.append("# Boilerplate learned by `corpuslint learn --promote` from ").append(corpus).append(".\n");
        out.append("# Review every phrase: delete those that are article text, then list this file under `packs:`\n");
        out.append("# in .corpuslint.yaml. Phrases match whole lines after folding width, case and spacing.\n");
        out.append("pack: learned-boilerplate\n");
        out.append("description: ").append(quote("Lines repeated across documents of one source in " + corpus)).append('\n');
        out.append("rules:\n");
        out.append("  - code: ").append(CODE).append('\n');
        out.append("    name: learned-site-line\n");
        out.append("    kind: phrase\n");
        out.append("    summary: Lines learned from the corpus are site boilerplate\n");
        out.append("    message: Learned boilerplate `{match}`\n");
        out.append("    safety: unsafe\n");
        out.append("    phrases:\n");
        Set<String> written = new LinkedHashSet<>();
        for (LearnedIndex.Line line : index.all()) {
            if (written.add(line.key())) {
                out.append("      # ").append(line.source().replace('\n', ' ')).append(": ").append(line.documents())
                        .append(" of ").append(index.sourceDocuments(line.source())).append(" documents\n");
                out.append("      - ").append(quote(line.example())).append('\n');
            }
        }
        if (written.isEmpty()) {
            out.append("      # nothing was learned; add phrases by hand or lower the thresholds under `learning:`\n");
            out.append("      - ").append(quote("(replace me)")).append('\n');
        }
        return out.toString();
    }

    /** A YAML single-quoted scalar: only the quote itself needs escaping. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
