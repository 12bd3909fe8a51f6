package dev.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.LearningSettings;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearnedBoilerplateLineTest {
    private static final String FOOTER = "[登录](https://a.example/login)\n\n[注册](https://a.example/register)\n";

    private static LearnedIndex learned() {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < 10; i++) {
            learner.add(dev.corpuslint.rules.document.CorpusDocument.fromText("d" + i + ".md",
                    "---\nsource: 甲\n---\n第" + i + "篇文章。\n\n" + FOOTER));
        }
        return learner.build();
    }

    private final LearnedBoilerplateLine rule = new LearnedBoilerplateLine(learned(), LearningSettings.DEFAULT);

    @Test
    void consecutiveLearnedLinesOfTheDocumentsSourceAreOneFinding() {
        String text = "---\nsource: 甲\n---\n新的文章。\n\n" + FOOTER;
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("2 lines appear in up to 10 of 10 documents from 甲 (learned boilerplate)", found.get(0).message());
        assertEquals("---\nsource: 甲\n---\n新的文章。\n", Lint.fix(rule, text, true));
        assertEquals(text, Lint.fix(rule, text, false), "the fix is unsafe");
    }

    @Test
    void anotherSourcesDocumentIsNotJudgedByThisSourcesLines() {
        assertEquals(List.of(), Lint.run(rule, "---\nsource: 乙\n---\n新的文章。\n\n" + FOOTER));
        assertEquals(List.of(), Lint.run(new LearnedBoilerplateLine(LearnedIndex.EMPTY, LearningSettings.DEFAULT),
                "---\nsource: 甲\n---\n" + FOOTER));
    }
}
