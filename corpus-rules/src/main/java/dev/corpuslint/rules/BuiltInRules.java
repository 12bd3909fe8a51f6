package dev.corpuslint.rules;

import dev.corpuslint.rules.boilerplate.LearnedBoilerplateLine;
import dev.corpuslint.rules.boilerplate.PunctuationOnlyLine;
import dev.corpuslint.rules.boilerplate.RepeatedParagraph;
import dev.corpuslint.rules.boilerplate.RepetitiveDocument;
import dev.corpuslint.rules.delimiter.FrontMatterFenceVariant;
import dev.corpuslint.rules.delimiter.FrontMatterInBody;
import dev.corpuslint.rules.delimiter.FrontMatterNotAtStart;
import dev.corpuslint.rules.delimiter.UnbalancedHtmlTag;
import dev.corpuslint.rules.delimiter.UnbalancedCjkPunctuation;
import dev.corpuslint.rules.delimiter.UnclosedFrontMatter;
import dev.corpuslint.rules.delimiter.UnusedSuppression;
import dev.corpuslint.rules.encoding.ByteOrderMark;
import dev.corpuslint.rules.encoding.CrlfLineEndings;
import dev.corpuslint.rules.encoding.FullWidthAlphanumeric;
import dev.corpuslint.rules.encoding.HalfWidthPunctuationInCjk;
import dev.corpuslint.rules.encoding.HtmlEntityInMarkdown;
import dev.corpuslint.rules.encoding.Mojibake;
import dev.corpuslint.rules.encoding.ReplacementCharacter;
import dev.corpuslint.rules.encoding.IdeographicSpaceIndent;
import dev.corpuslint.rules.encoding.MissingFinalNewline;
import dev.corpuslint.rules.encoding.MixedChineseScripts;
import dev.corpuslint.rules.encoding.PinyinAnnotationLeak;
import dev.corpuslint.rules.encoding.TrailingWhitespace;
import dev.corpuslint.rules.encoding.InvalidUtf8;
import dev.corpuslint.rules.encoding.InvisibleCharacter;
import dev.corpuslint.rules.encoding.LegacyCharset;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.frontmatter.DuplicateFrontMatterKey;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.config.FrontMatterSchema;
import dev.corpuslint.rules.frontmatter.DateWithoutTimeZone;
import dev.corpuslint.rules.frontmatter.DuplicateHeading;
import dev.corpuslint.rules.frontmatter.FrontMatterKeyType;
import dev.corpuslint.rules.frontmatter.MissingFrontMatterKey;
import dev.corpuslint.rules.frontmatter.MissingRecommendedKey;
import dev.corpuslint.rules.frontmatter.UnknownFrontMatterKey;
import dev.corpuslint.rules.frontmatter.HeadingRepeatsTitle;
import dev.corpuslint.rules.frontmatter.MisreadYamlValue;
import dev.corpuslint.rules.frontmatter.TitleWhitespace;
import dev.corpuslint.rules.frontmatter.TrackingParameterInUrl;
import dev.corpuslint.rules.frontmatter.InvalidFrontMatterYaml;
import dev.corpuslint.rules.frontmatter.NonIsoDate;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.packs.BundledPacks;
import dev.corpuslint.rules.packs.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of built-in rules: the rules written in Java, sorted by code (family prefixes in alphabetical
 * order: BP, DL, EN, FM), and the rules of the bundled packs. A new Java rule is one class, one line here, its
 * doc under {@code docs/} and its test; a new pack rule is one entry in a pack. RegistryTest checks both.
 */
public final class BuiltInRules {
    /** The packs shipped with corpuslint, loaded once; their codes never clash with the Java rules' (checked on load). */
    public static final List<RulePack> BUNDLED_PACKS = BundledPacks.load(idsOf(coded(CorpusConfig.DEFAULT, LearnedIndex.EMPTY)));
    public static final List<Rule> ALL = configured(CorpusConfig.DEFAULT);

    /** The built-in rules with a corpus's settings (front-matter schema, its own packs), without learned boilerplate. */
    public static List<Rule> configured(CorpusConfig config) {
        return configured(config, LearnedIndex.EMPTY);
    }

    /** Every rule that applies under {@code config}, using {@code learned} for corpus-learned boilerplate; sorted by code. */
    public static List<Rule> configured(CorpusConfig config, LearnedIndex learned) {
        List<Rule> rules = new ArrayList<>(coded(config, learned));
        BUNDLED_PACKS.forEach(pack -> rules.addAll(pack.rules()));
        config.packs().forEach(pack -> rules.addAll(pack.rules()));
        // Not Comparator.comparing, whose lambda is spun anew at each start (see Linter's ORDER).
        rules.sort((a, b) -> a.metadata().code().compareTo(b.metadata().code()));
        return List.copyOf(rules);
    }

    /**
     * The linter for a file: the rules {@code config} selects (minus the file's per-file ignores,
     * {@code perFileIgnored}), at the severities it sets, with {@code learned} for corpus-learned boilerplate.
     */
    public static Linter linter(CorpusConfig config, LearnedIndex learned, List<String> perFileIgnored) {
        List<Rule> all = configured(config, learned);
        return new Linter(config.selection().enabled(all, perFileIgnored), config.selection().severities(all));
    }

    /** The codes and names of every built-in rule, with where each is defined: what a user's pack may not reuse. */
    public static Map<String, String> takenIds() {
        Map<String, String> taken = idsOf(coded(CorpusConfig.DEFAULT, LearnedIndex.EMPTY));
        for (RulePack pack : BUNDLED_PACKS) {
            pack.rules().forEach(rule -> {
                taken.put(rule.metadata().code(), "the bundled `" + pack.name() + "` pack");
                taken.put(rule.metadata().name(), "the bundled `" + pack.name() + "` pack");
            });
        }
        return taken;
    }

    private static Map<String, String> idsOf(List<Rule> rules) {
        Map<String, String> taken = new HashMap<>();
        for (Rule rule : rules) {
            taken.put(rule.metadata().code(), "built-in rule " + rule.metadata().code());
            taken.put(rule.metadata().name(), "built-in rule " + rule.metadata().code());
        }
        return taken;
    }

    /** The rules written in Java, in code order. */
    static List<Rule> coded(CorpusConfig config, LearnedIndex learned) {
        FrontMatterSchema schema = config.frontMatter();
        return List.of(
                new PunctuationOnlyLine(),
                new LearnedBoilerplateLine(learned, config.learning()),
                new RepeatedParagraph(),
                new RepetitiveDocument(),
                new FrontMatterNotAtStart(),
                new UnclosedFrontMatter(),
                new UnbalancedCjkPunctuation(),
                new FrontMatterFenceVariant(),
                new FrontMatterInBody(),
                new UnbalancedHtmlTag(),
                new UnusedSuppression(),
                new ByteOrderMark(),
                new LegacyCharset(),
                new InvalidUtf8(),
                new CrlfLineEndings(),
                new InvisibleCharacter(),
                new TrailingWhitespace(),
                new MissingFinalNewline(),
                new IdeographicSpaceIndent(),
                new HalfWidthPunctuationInCjk(),
                new FullWidthAlphanumeric(),
                new PinyinAnnotationLeak(),
                new HtmlEntityInMarkdown(),
                new ReplacementCharacter(),
                new Mojibake(),
                new MixedChineseScripts(),
                new InvalidFrontMatterYaml(),
                new DuplicateFrontMatterKey(),
                new NonIsoDate(schema),
                new HeadingRepeatsTitle(),
                new DuplicateHeading(),
                new TitleWhitespace(),
                new TrackingParameterInUrl(),
                new MisreadYamlValue(),
                new MissingFrontMatterKey(schema),
                new FrontMatterKeyType(schema),
                new UnknownFrontMatterKey(schema),
                new DateWithoutTimeZone(schema),
                new MissingRecommendedKey(schema));
    }

    private BuiltInRules() {}

    /** A rule by its code or its kebab-case name. */
    public static Optional<Rule> find(String codeOrName) {
        for (Rule rule : ALL) {
            if (rule.metadata().code().equalsIgnoreCase(codeOrName) || rule.metadata().name().equals(codeOrName)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
