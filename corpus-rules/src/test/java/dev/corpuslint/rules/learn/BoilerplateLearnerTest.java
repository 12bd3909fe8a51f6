package dev.corpuslint.rules.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoilerplateLearnerTest {
    static final String SLOGAN = "分享网络安全知识 强化网络安全意识";

    /** Document {@code i} of {@code source}: its own article line, and the lines given. */
    static CorpusDocument doc(String source, int i, String... lines) {
        StringBuilder text = new StringBuilder("---\nsource: " + source + "\n---\n第" + i + "篇文章的正文，内容各不相同。\n\n");
        for (String line : lines) {
            text.append(line).append("\n\n");
        }
        return CorpusDocument.fromText("d" + i + ".md", text.toString());
    }

    @Test
    void learnsLinesRepeatedAcrossASourceAboveBothThresholds() {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < 20; i++) {
            learner.add(doc("甲", i, "**" + SLOGAN + "**", i < 4 ? "只在四篇里出现的一句话" : "第" + i + "篇独有的结尾"));
        }
        LearnedIndex index = learner.build();
        assertEquals(20, index.sourceDocuments("source:甲"));
        LearnedIndex.Line line = index.lookup("source:甲", "分享网络安全知识强化网络安全意识").orElseThrow();
        assertEquals(20, line.documents());
        assertEquals(SLOGAN, line.example());
        assertTrue(index.lookup("source:甲", "只在四篇里出现的一句话").isEmpty(), "4 documents is under min-documents");
        assertEquals(1, index.size());
    }

    /** A line repeated within a document counts once for it, among many other lines (the table of seen lines grows). */
    @Test
    void aLineRepeatedInOneDocumentCountsOnce() {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < 10; i++) {
            List<String> lines = new java.util.ArrayList<>();
            for (int k = 0; k < 40; k++) {
                lines.add("第" + i + "篇第" + k + "段的独有内容");
                lines.add(SLOGAN);
            }
            learner.add(doc("乙", i, lines.toArray(String[]::new)));
        }
        LearnedIndex index = learner.build();
        assertEquals(10, index.lookup("source:乙", "分享网络安全知识强化网络安全意识").orElseThrow().documents());
        assertEquals(1, index.size(), "the lines of one document are not learned, however many");
    }

    @Test
    void sourcesAreCountedApartAndShareMatters() {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < 100; i++) {
            learner.add(doc("乙", i, i < 6 ? "这句话在一百篇里只出现六次" : "第" + i + "篇的另一句"));
        }
        for (int i = 0; i < 5; i++) {
            learner.add(doc("丙", 100 + i, "这句话在一百篇里只出现六次"));
        }
        LearnedIndex index = learner.build();
        assertTrue(index.lookup("source:乙", "这句话在一百篇里只出现六次").isEmpty(), "6 of 100 is under min-share 0.1");
        assertTrue(index.lookup("source:丙", "这句话在一百篇里只出现六次").isPresent());
    }

    @Test
    void exactCopiesOfADocumentCountOnce() {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < 10; i++) {
            learner.add(doc("丁", 7, "同一篇文章被抓取了十次的一句话"));
        }
        assertEquals(1, learner.build().sourceDocuments("source:丁"));
    }

    @Test
    void headingsShortLinesAndCodeAreNeverLearnedButBannerImagesAre() {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < 10; i++) {
            learner.add(doc("戊", i, "## 漏洞描述与影响范围", "影响范围", "```\nnpm install left-pad --save\n```",
                    "![](https://img.example/banner.png)", "![]()"));
        }
        List<LearnedIndex.Line> all = learner.build().all();
        assertEquals(List.of("image:https://img.example/banner.png"), all.stream().map(LearnedIndex.Line::key).toList());
    }
}
