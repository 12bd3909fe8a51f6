package dev.corpuslint.rules.document;

/**
 * {@link Character#isLetter(char)} with the characters of Chinese text answered first. The JDK's test looks the
 * character up in its tables; C1, the launcher's compiler, calls through for every character, and the lines the
 * boilerplate rules count letters in are mostly ideographs, CJK punctuation and ASCII (LettersTest checks every
 * character against the JDK's answer).
 */
public final class Letters {
    private Letters() {}

    public static boolean isLetter(char c) {
        // ASCII here, the rest in a method of its own: small enough for C1 to inline into per-character loops.
        if (c < 0x80) {
            return (char) ((c | 0x20) - 'a') < 26; // a-z in either case: below 'a' wraps around to a large char
        }
        return isOtherLetter(c);
    }

    private static boolean isOtherLetter(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return true; // CJK Unified Ideographs
        }
        if (c >= '\u2000' && c <= '\u206F' || c >= '\uFF00' && c <= '\uFF20') {
            return false; // general punctuation; full-width punctuation and digits
        }
        if (c >= '\u3000' && c <= '\u303F') {
            // CJK symbols and punctuation: only the iteration and closing marks are letters.
            return c == '\u3005' || c == '\u3006' || c >= '\u3031' && c <= '\u3035' || c == '\u303B' || c == '\u303C';
        }
        return Character.isLetter(c);
    }
}
