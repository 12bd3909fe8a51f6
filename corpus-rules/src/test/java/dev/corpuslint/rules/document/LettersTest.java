package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void answersAsTheJdkDoesForEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertEquals(Character.isLetter((char) c), Letters.isLetter((char) c), Integer.toHexString(c));
        }
    }
}
