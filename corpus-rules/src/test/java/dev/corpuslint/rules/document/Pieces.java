package dev.corpuslint.rules.document;

import java.util.Random;

/** Generated text for the tests that compare a hand-written scan with the pattern it replaces. */
public final class Pieces {
    private Pieces() {}

    /**
     * {@code prefix}, then random {@code pieces} (characters and fragments of the form under test, so that many
     * texts come close to it) until the text is at least a random length below {@code maxLength}.
     */
    public static String text(Random random, String prefix, String[] pieces, int maxLength) {
        StringBuilder text = new StringBuilder(prefix);
        for (int length = random.nextInt(maxLength); text.length() < length; ) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
