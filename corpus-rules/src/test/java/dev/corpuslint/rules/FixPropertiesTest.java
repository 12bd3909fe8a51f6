package dev.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fix engine's promises, over generated documents and (when ../shared/corpus is present) the real corpus:
 * no rule throws; fixing is idempotent and converges; the order rules run in does not change the result; and safe fixes
 * leave what a reader sees unchanged, apart from the rules whose purpose is to change it.
 */
class FixPropertiesTest {
    private static final Path CORPUS = Path.of(System.getProperty("corpuslint.shared", "../../shared"), "corpus");

    /**
     * Safe fixes that are meant to change visible text: punctuation width (EN009), letter width (EN010),
     * leaked pinyin (EN011), mojibake decoded back to what was written (EN014), punctuation-only lines (BP003),
     * a heading repeated twice in a row (FM005), and fences whose repair turns body text into front matter
     * (DL001, DL004).
     */
    private static final Set<String> VISIBLE_REPAIRS = Set.of("EN009", "EN010", "EN011", "EN014", "BP003", "FM005", "DL001", "DL004");

    private static final Linter ALL = new Linter(BuiltInRules.ALL);
    private static final FixEngine ENGINE = new FixEngine(ALL);
    private static final FixEngine SAFE_INVISIBLE = new FixEngine(new Linter(
            BuiltInRules.ALL.stream().filter(r -> !VISIBLE_REPAIRS.contains(r.metadata().code())).toList()));

    /** Pieces of scraped-news text with the defects the rules look for, combined at random. */
    private static final String[] FRAGMENTS = {
        "---\n", "－－－\n", "title: 新闻标题\n", "date: 2024-01-02 10:00\n", "title: '  a  '\n", "url: https://x.cn/a?utm_source=wx&id=1\n",
        "正文第一段，讲述今天的新闻。\n", "他说:\"你好\",然后走了.\n", "ＡＢＣ１２３\n", "　　缩进的段落。\n", "text   \n", "\r\n",
        "a\u200bb\u00adc\n", "&nbsp;&amp;&lt;b&gt;\n", "\uFEFF", "\uFFFD\n", "<p>段落</p>\n", "<div>\n", "</div>\n", "<!-- c -->\n",
        "<script>var a = 1;</script>\n", "<img src=\"https://t.cn/p.gif\" width=\"1\" height=\"1\">\n", "# 标题\n", "# 标题\n",
        "责任编辑：张三\n", "点击下方关注我们\n", "，，。\n", "“引号\n", "《书名\n", "【标题】\n", "（括号）\n", "「引」\n",
        "中(zhōng)国(guó)\n", "æ–°é—»\n", "<!-- corpuslint-disable EN006 -->\n", "\n", "\n\n\n", "- 列表\n", "```\ncode   \n```\n",
        "版权声明：本文版权归原作者所有\n", "来源：新华社\n", "分享到：微信 微博\n", "繁體中文的內容\n",
    };

    static String generate(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        if (random.nextInt(4) == 0) {
            text.setLength(Math.max(0, text.length() - random.nextInt(3))); // cut the last line short
        }
        return text.toString();
    }

    private static List<CorpusDocument> generated() {
        return IntStream.range(0, 3000).mapToObj(i -> CorpusDocument.fromText("gen" + i + (i % 3 == 0 ? ".html" : ".md"), generate(i))).toList();
    }

    private static List<CorpusDocument> corpus() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html")).sorted().map(p -> {
                try {
                    return CorpusDocument.fromBytes(p.toString(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static final java.util.regex.Pattern FRONT_MATTER =
            java.util.regex.Pattern.compile("\\A\uFEFF?(?:[ \\t]*\\r?\\n)*---\\r?\\n.*?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", java.util.regex.Pattern.DOTALL);
    private static final List<java.util.regex.Pattern> HIDDEN = Stream.of(
            "<!--.*?(?:-->|\\z)", "<(script|style)\\b.*?</\\1\\s*>", "<[^>]+>", "!\\[[^\\]]*\\]\\([^)]*\\)", "\\]\\([^)]*\\)")
            .map(p -> java.util.regex.Pattern.compile(p, java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.CASE_INSENSITIVE)).toList();

    /**
     * The text as a reader sees it, measured independently of corpuslint's own parser (whose view of where
     * the front matter ends is itself something fixes change): front matter (`---` at the start, after blank lines at most), comments, scripts,
     * styles, tags, image and link targets, entities, spacing, invisible characters and markup removed.
     */
    static String visible(CorpusDocument document) {
        String text = FRONT_MATTER.matcher(document.text()).replaceFirst("");
        for (java.util.regex.Pattern hidden : HIDDEN) {
            text = hidden.matcher(text).replaceAll("");
        }
        String decoded = org.jsoup.parser.Parser.unescapeEntities(text, false);
        return decoded.replaceAll("[\\s\u3000\u00a0\u200b-\u200d\u2060\ufeff\u00ad\\p{Cc}*_#>`\\[\\]|-]+", "");
    }

    private static List<String> violations(List<CorpusDocument> documents) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<Rule> shuffled = new ArrayList<>(BuiltInRules.ALL);
        Collections.shuffle(shuffled, new Random(7));
        FixEngine shuffledEngine = new FixEngine(new Linter(shuffled));
        documents.parallelStream().forEach(document -> {
            String name = document.path();
            ALL.lint(document).failures().forEach(f -> problems.add(f.describe()));
            FixResult fixed = ENGINE.fix(document, true);
            if (!fixed.converged()) {
                problems.add(name + ": fixes did not converge within " + FixEngine.MAX_PASSES + " passes");
                return;
            }
            if (ENGINE.fix(fixed.fixed(), true).changed()) {
                problems.add(name + ": fixing the fixed text changed it again");
            }
            if (!shuffledEngine.fix(document, true).fixed().text().equals(fixed.fixed().text())) {
                problems.add(name + ": another order of the rules gives another result");
            }
            FixResult safe = SAFE_INVISIBLE.fix(document, false);
            if (!visible(safe.fixed()).equals(visible(document))) {
                problems.add(name + ": safe fixes changed the visible text (" + safe.applied().stream()
                        .map(d -> d.rule().code()).distinct().sorted().toList() + ")");
            }
        });
        return problems;
    }

    @Test
    void generatedDocumentsKeepEveryFixProperty() {
        List<String> problems = violations(generated());
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " violations");
    }

    @Test
    void corpusDocumentsKeepEveryFixProperty() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        List<CorpusDocument> documents = corpus();
        assertTrue(documents.size() > 7000, "expected the whole corpus, found " + documents.size());
        List<String> problems = violations(documents);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " violations");
    }

    @Test
    void theVisibleTextMeasureSeesARealChange() {
        // The property above is only as good as this measure: it must notice a deleted word, not markup.
        CorpusDocument before = CorpusDocument.fromText("a.md", "---\ntitle: t\n---\n<p>正文&amp;内容</p>\n<!-- x -->\n");
        assertEquals(visible(before), visible(CorpusDocument.fromText("a.md", "---\ntitle: t\n---\n正文&内容\n")));
        assertTrue(!visible(before).equals(visible(CorpusDocument.fromText("a.md", "---\ntitle: t\n---\n正文\n"))));
    }
}
