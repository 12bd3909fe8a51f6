package dev.corpuslint.rules;

import dev.corpuslint.rules.boilerplate.EditorCreditLine;
import dev.corpuslint.rules.boilerplate.PunctuationOnlyLine;
import dev.corpuslint.rules.boilerplate.WechatPageChrome;
import dev.corpuslint.rules.delimiter.FrontMatterFenceVariant;
import dev.corpuslint.rules.delimiter.FrontMatterInBody;
import dev.corpuslint.rules.delimiter.FrontMatterNotAtStart;
import dev.corpuslint.rules.delimiter.UnbalancedHtmlTag;
import dev.corpuslint.rules.delimiter.UnbalancedCjkPunctuation;
import dev.corpuslint.rules.delimiter.UnclosedFrontMatter;
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
import java.util.List;
import java.util.Optional;

/**
 * The one list of built-in rules, sorted by code (family prefixes in alphabetical order: BP, DL, EN, FM).
 * A new rule is one class, one line here, its doc under {@code docs/} and its test; RegistryTest checks all four.
 */
public final class BuiltInRules {
    public static final List<Rule> ALL = configured(CorpusConfig.DEFAULT);

    /** The built-in rules with a corpus's settings (the front-matter schema, its time zone). */
    public static List<Rule> configured(CorpusConfig config) {
        FrontMatterSchema schema = config.frontMatter();
        return List.of(
                new WechatPageChrome(),
                new EditorCreditLine(),
                new PunctuationOnlyLine(),
                new FrontMatterNotAtStart(),
                new UnclosedFrontMatter(),
                new UnbalancedCjkPunctuation(),
                new FrontMatterFenceVariant(),
                new FrontMatterInBody(),
                new UnbalancedHtmlTag(),
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
