package dev.corpuslint.rules.packs;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts a pattern that is nothing but literal prefixes matches at the start of a line: {@code ^!\[cover_image\]\(}
 * or {@code ^(?:欢迎关注|关注我们|…)}. A line matches such a pattern exactly when it starts with one of them, which
 * {@link String#startsWith} tells at a fraction of what a call into RE2/J costs: these patterns were handed seven
 * thousand short lines per corpus check, each paying the automaton's set-up for a test of a few characters.
 *
 * <p>Read from the pattern's source (RE2 syntax, compiled without flags). Only {@code ^} followed by one literal,
 * or by one non-capturing group of literals separated by {@code |}, is understood; a literal is characters of the
 * Basic Multilingual Plane that are not metacharacters, and metacharacters escaped with a backslash. Anything
 * else (a class, a quantifier, a nested group, a letter escape such as {@code \s}, a trailing part) gives null,
 * and the pattern is run as before.
 */
final class LiteralPrefixes {
    private static final String META = "\\.+*?()|[]{}^$";

    private LiteralPrefixes() {}

    /** The literals a line must start with to match {@code pattern}, or null when it is not of that shape. */
    static List<String> of(String pattern) {
        if (!pattern.startsWith("^") || pattern.length() < 2) {
            return null;
        }
        boolean group = pattern.startsWith("(?:", 1);
        if (group && !pattern.endsWith(")")) {
            return null;
        }
        int from = group ? 4 : 1;
        int to = group ? pattern.length() - 1 : pattern.length();
        List<String> literals = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            if (c == '|' && group) {
                if (literal.isEmpty()) {
                    return null; // an empty alternative matches every line
                }
                literals.add(literal.toString());
                literal.setLength(0);
            } else if (c == '\\') {
                char escaped = i + 1 < to ? pattern.charAt(i + 1) : 0;
                if (escaped == 0 || escaped >= 0x80 || Character.isLetterOrDigit(escaped) || Character.isWhitespace(escaped)) {
                    return null; // \s, \d, \x41, \Q… and the like: not a literal character
                }
                literal.append(escaped);
                i++;
            } else if (META.indexOf(c) >= 0) {
                return null;
            } else {
                literal.append(c);
            }
        }
        if (literal.isEmpty()) {
            return null;
        }
        literals.add(literal.toString());
        return List.copyOf(literals);
    }

    /** Whether {@code line} starts with one of {@code literals}: whether the pattern they came from finds a match. */
    static boolean matches(List<String> literals, String line) {
        for (String literal : literals) {
            if (line.startsWith(literal)) {
                return true;
            }
        }
        return false;
    }
}
