package dev.corpuslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corpuslint.rules.boilerplate.LearnedBoilerplateLine;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.LearningSettings;
import dev.corpuslint.rules.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A directory check that learns as it reads lints each document before the learned index exists and
 * completes the result afterwards ({@link Linter#lintDeferring}, {@link Linter#complete}): the result must be
 * the one {@link Linter#lint} gives with the index, finding for finding.
 */
class DeferredLintTest {
    private static final Path CORPUS = Path.of(System.getProperty("corpuslint.shared", "../../shared"), "corpus");
    private static final String FOOTER = "本站所有文章均为原创，欢迎分享到朋友圈";
    private static final String CHROME = "预览时标签不可点\n\n阅读原文\n\n微信扫一扫\n关注该公众号\n";

    private static LearnedIndex learnedFrom(List<CorpusDocument> documents) {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        documents.forEach(learner::add);
        return learner.build();
    }

    /**
     * Learns from {@code documents}, then compares both ways of linting each, the deferred one also with the
     * document held without its text where it can be (from the document's UTF-8 bytes, as a check reads a
     * file); returns the codes found.
     */
    private static Set<String> assertDeferredEqualsLint(List<CorpusDocument> documents) {
        return assertDeferredEqualsLint(documents, new int[1]);
    }

    /** As above, counting in {@code withoutText[0]} the results held without their text. */
    private static Set<String> assertDeferredEqualsLint(List<CorpusDocument> documents, int[] withoutText) {
        LearnedIndex index = learnedFrom(documents);
        assertTrue(!index.isEmpty(), "the documents must teach something");
        Linter before = BuiltInRules.linter(CorpusConfig.DEFAULT, LearnedIndex.EMPTY, List.of());
        Linter after = BuiltInRules.linter(CorpusConfig.DEFAULT, index, List.of());
        Set<String> codes = new TreeSet<>();
        for (CorpusDocument document : documents) {
            // Each way gets a fresh document, as the check does: the views a lint builds must not decide anything.
            CorpusDocument again = CorpusDocument.fromText(document.path(), document.text());
            LintResult expected = after.lint(again);
            LintResult deferred = after.complete(before.lintDeferring(CorpusDocument.fromText(document.path(), document.text())));
            assertEquals(expected.diagnostics(), deferred.diagnostics(), document.path());
            assertEquals(expected.failures().size(), deferred.failures().size(), document.path());
            assertEquals(document.text(), deferred.document().text());
            byte[] bytes = document.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Linter.Deferred held = before.lintDeferring(CorpusDocument.fromBytes(document.path(), bytes), true);
            LintResult completed = after.complete(held);
            assertEquals(after.lint(CorpusDocument.fromBytes(document.path(), bytes)).diagnostics(), completed.diagnostics(), document.path());
            if (completed.document().lines().isWithoutText()) {
                withoutText[0]++;
                assertThrows(IllegalStateException.class, () -> completed.document().text(), document.path());
            }
            expected.diagnostics().forEach(d -> codes.add(d.rule().code()));
        }
        return codes;
    }

    @Test
    void learnedLinesSuppressionsAndDeferenceComeOutAsTheyDoInOnePass() {
        List<CorpusDocument> documents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String body = "第" + i + "篇文章的正文，内容各不相同。\n\n";
            String text = switch (i % 4) {
                case 0 -> body + FOOTER + "\n";
                // BP004 suppressed on its line: the suppression is used.
                case 1 -> body + "<!-- corpuslint-disable-next-line BP004 -->\n" + FOOTER + "\n";
                // The WeChat chrome (BP001) covers the learned lines inside it: BP004 defers to it.
                case 2 -> body + FOOTER + "\n\n" + CHROME;
                // A suppression that only BP004 could have used, on a line it does not report: DL007.
                default -> body + "<!-- corpuslint-disable-next-line BP004 -->\n另一段不重复的文字" + i + "。\n\n" + FOOTER + "\n\n" + CHROME;
            };
            documents.add(CorpusDocument.fromText("site/a" + i + ".md", "---\ntitle: t" + i + "\nsource: 甲\n---\n" + text));
        }
        int[] withoutText = {0};
        Set<String> codes = assertDeferredEqualsLint(documents, withoutText);
        assertTrue(codes.containsAll(List.of("BP001", "BP004", "DL007")), "every path was taken: " + codes);
        // Those without suppressions (and so without a `<`) were held without their text, BP001's deference included.
        assertEquals(6, withoutText[0]);
        // The chrome's last learned line (关注该公众号) is a run of its own inside BP001's block: BP004 defers to
        // BP001 there. The footer and the chrome's first line, a blank line apart, are one run BP001 does not cover.
        Linter linter = BuiltInRules.linter(CorpusConfig.DEFAULT, learnedFrom(documents), List.of());
        List<Diagnostic> found = linter.lint(documents.get(2)).diagnostics();
        assertEquals(List.of("BP004", "BP001"), found.stream().map(d -> d.rule().code()).filter(c -> c.startsWith("BP")).toList(), found.toString());
        assertTrue(learnedFrom(documents).lookup("source:甲", "预览时标签不可点").isPresent(), "the chrome was learned too");
    }

    @Test
    void corpusDocumentsComeOutAsTheyDoInOnePass() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        List<CorpusDocument> documents = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith("SOURCES.md")).sorted().toList();
            for (int i = 0; i < files.size(); i += 6) {
                documents.add(CorpusDocument.fromBytes(files.get(i).toString(), Files.readAllBytes(files.get(i))));
            }
        }
        int[] withoutText = {0};
        Set<String> codes = assertDeferredEqualsLint(documents, withoutText);
        assertTrue(codes.contains("BP004"), "learned lines were reported: " + codes);
        assertTrue(withoutText[0] > documents.size() / 2, withoutText[0] + " of " + documents.size() + " held without their text");
    }

    @Test
    void completingWithOtherRulesIsRefused() {
        CorpusDocument document = CorpusDocument.fromText("a.md", "正文。\n");
        Linter.Deferred deferred = BuiltInRules.linter(CorpusConfig.DEFAULT, LearnedIndex.EMPTY, List.of()).lintDeferring(document);
        Linter fewer = BuiltInRules.linter(CorpusConfig.DEFAULT, LearnedIndex.EMPTY, List.of("BP004"));
        assertThrows(IllegalArgumentException.class, () -> fewer.complete(deferred));
    }

    @Test
    void evidenceForOneIndexRootIsNotReportedAgainstAnother() {
        CorpusDocument document = CorpusDocument.fromText("/corpus/site/a.md", "正文。\n");
        LearnedIndex rooted = new LearnedIndex(Optional.of(Path.of("/corpus")), LearningSettings.DEFAULT, java.util.Map.of(), java.util.Map.of());
        Object evidence = new LearnedBoilerplateLine(rooted, LearningSettings.DEFAULT).evidence(document);
        LearnedBoilerplateLine unrooted = new LearnedBoilerplateLine(LearnedIndex.EMPTY, LearningSettings.DEFAULT);
        List<Diagnostic> found = new ArrayList<>();
        assertThrows(IllegalArgumentException.class, () -> unrooted.report(evidence, document.lines(),
                (range, message, related, fixes) -> found.add(null)));
    }
}
