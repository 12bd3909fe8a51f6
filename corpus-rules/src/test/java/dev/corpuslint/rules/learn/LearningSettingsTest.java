package dev.corpuslint.rules.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class LearningSettingsTest {
    /**
     * The written-out {@code toString} is the form a record's generated one has (the name, then each component
     * as name=value in order), so the keys of indexes cached before it was written out still match.
     */
    @Test
    void toStringIsTheRecordForm() throws ReflectiveOperationException {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int minLength = 1 + random.nextInt(20);
            LearningSettings settings = round == 0 ? LearningSettings.DEFAULT
                    : new LearningSettings(random.nextBoolean(), 2 + random.nextInt(50), (1 + random.nextInt(1000)) / 1000.0,
                            minLength, minLength + random.nextInt(200));
            StringJoiner form = new StringJoiner(", ", "LearningSettings[", "]");
            for (RecordComponent component : LearningSettings.class.getRecordComponents()) {
                form.add(component.getName() + "=" + component.getAccessor().invoke(settings));
            }
            assertEquals(form.toString(), settings.toString());
        }
    }
}
