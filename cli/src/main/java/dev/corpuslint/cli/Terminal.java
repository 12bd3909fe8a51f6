package dev.corpuslint.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard output and standard error are terminals, for colours and the progress bar. Java has no
 * call for a given stream, so the launcher tells (CORPUSLINT_STDOUT_TTY / CORPUSLINT_STDERR_TTY, from
 * `[ -t 1 ]` and `[ -t 2 ]`); without it, the JVM's console is asked, which covers both streams at once.
 */
final class Terminal {
    private Terminal() {}

    static boolean stdout() {
        return fromEnvironment("CORPUSLINT_STDOUT_TTY");
    }

    static boolean stderr() {
        return fromEnvironment("CORPUSLINT_STDERR_TTY");
    }

    private static boolean fromEnvironment(String variable) {
        String value = System.getenv(variable);
        if (value != null) {
            return value.equals("1");
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+ returns a console even when redirected and says with isTerminal() whether it is one.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Colours unless NO_COLOR is set (https://no-color.org), when asked or when writing to a terminal. */
    static boolean colours(String mode) {
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> System.getenv("NO_COLOR") == null && stdout();
        };
    }
}
