package dev.corpuslint.rules.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.packs.PackLoader;
import dev.corpuslint.rules.packs.RulePack;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearnedPackTest {
    @Test
    void promotedLinesLoadAsAUserPackThatFindsThem() throws Exception {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < 6; i++) {
            learner.add(BoilerplateLearnerTest.doc("甲", i, "**it's 每篇都有的宣传语**"));
        }
        String yaml = LearnedPack.render(learner.build(), "corpus");
        assertTrue(yaml.contains("# source:甲: 6 of 6 documents"), yaml);
        RulePack pack = PackLoader.load("learned.yaml", yaml, false, BuiltInRules.takenIds());
        assertEquals(1, Lint.run(pack.rules().get(0), "正文。\n\nit's 每篇都有的宣传语\n").size());
    }
}
