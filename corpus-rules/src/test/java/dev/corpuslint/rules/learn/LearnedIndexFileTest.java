package dev.corpuslint.rules.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedIndexFileTest {
    @TempDir
    Path corpus;

    @Test
    void roundTripsSourcesWithTabsAndBackslashes() throws Exception {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.of(corpus));
        for (int i = 0; i < 5; i++) {
            learner.add(BoilerplateLearnerTest.doc("站\\点", i, "带\t制表符的一行宣传语"));
        }
        LearnedIndex learned = learner.build();
        LearnedIndexFile.write(learned, corpus);
        LearnedIndex read = LearnedIndexFile.read(LearnedIndexFile.locationFor(corpus));
        assertEquals(learned.all(), read.all());
        assertEquals(5, read.sourceDocuments("source:站\\点"));
        assertEquals(Optional.of(corpus.toAbsolutePath().normalize()), read.root());
        try (var files = Files.list(corpus.resolve(".corpuslint"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedIndexIsAnErrorWithItsLine() throws Exception {
        Path file = LearnedIndexFile.locationFor(corpus);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# corpuslint learned boilerplate v1\nsource:甲\tmany\t3\tkey\tline\n");
        ConfigException e = assertThrows(ConfigException.class, () -> LearnedIndexFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2:1: malformed boilerplate index row"), e.getMessage());
        Files.writeString(file, "hello\n");
        assertTrue(assertThrows(ConfigException.class, () -> LearnedIndexFile.read(file)).getMessage()
                .contains("not a corpuslint boilerplate index"));
    }
}
