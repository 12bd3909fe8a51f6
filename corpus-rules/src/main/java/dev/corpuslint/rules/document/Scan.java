package dev.corpuslint.rules.document;

import java.util.regex.Matcher;

/** Regular-expression search helped by {@code indexOf}, for the rules that scan whole bodies. */
public final class Scan {
    private Scan() {}

    /**
     * Moves {@code m} to the first match at or after {@code from} that starts before {@code end}, for a
     * pattern whose every match starts with {@code first}; false when there is none. The matcher is tried only
     * where {@code indexOf} finds that character, with {@code lookingAt}: {@code find()} tries every position,
     * and over every body of a corpus that was the top of the profile. It finds what {@code find()} in the
     * region would (the leftmost match), given the matcher's bounds settings for lookarounds and anchors.
     */
    public static boolean find(Matcher m, String text, char first, int from, int end) {
        for (int at = text.indexOf(first, from); at >= 0 && at < end; at = text.indexOf(first, at + 1)) {
            m.region(at, end);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS, for scans that stand in for a pattern. */
    public static boolean isRegexSpace(char c) {
        // A space, or tab, line feed, vertical tab, form feed and carriage return, which are U+0009-U+000D: two
        // comparisons, small enough for C1 to inline into the scans that call it.
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
