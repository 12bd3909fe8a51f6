package dev.corpuslint.cli;

import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.Severity;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code path:line:column: CODE message [fix hint]}, one per line, then a summary line. */
final class TextReporter implements Reporter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean fixMode;
    private final boolean quiet;
    private final boolean colours;

    TextReporter(PrintWriter out, PrintWriter err, boolean fixMode) {
        this(out, err, fixMode, false, false);
    }

    /** @param colours ANSI colours: the path bold, the code by severity (red, yellow, blue), the fix hint dim */
    TextReporter(PrintWriter out, PrintWriter err, boolean fixMode, boolean quiet, boolean colours) {
        this.out = out;
        this.err = err;
        this.fixMode = fixMode;
        this.quiet = quiet;
        this.colours = colours;
    }

    private String paint(String code, String text) {
        return colours ? "\033[" + code + "m" + text + "\033[0m" : text;
    }

    @Override
    public void file(FileOutcome outcome) {
        file(outcome, render(outcome));
    }

    /**
     * The findings' lines of a linted file, written at once rather than a flushed write per finding: encoded
     * as UTF-8 here, on the worker, when the report goes to a {@link Utf8Writer}.
     */
    @Override
    public Object render(FileOutcome outcome) {
        if (!(outcome instanceof FileOutcome.Linted linted)) {
            return null;
        }
        var lines = linted.result().document().lines();
        boolean bytes = out instanceof Utf8Writer;
        // Every line starts with the file's path, most of a line's length: for a UTF-8 report it is encoded
        // once per file and copied, not appended and encoded again for every finding.
        String path = paint("1", linted.path());
        byte[] pathBytes = bytes ? path.getBytes(StandardCharsets.UTF_8) : null;
        byte[] encoded = bytes ? new byte[Math.max(64, linted.result().diagnostics().size() * (pathBytes.length + 96))] : null;
        int length = 0;
        StringBuilder block = new StringBuilder();
        for (Diagnostic d : linted.result().diagnostics()) {
            Positions p = Positions.of(lines, d.range());
            String code = switch (d.severity()) {
                case ERROR -> "1;31";
                case WARNING -> "1;33";
                case INFO -> "1;34";
            };
            String hint = hint(d.fix());
            if (bytes) {
                encoded = append(encoded, length, pathBytes);
                length += pathBytes.length;
            } else {
                block.append(path);
            }
            block.append(':').append(p.line()).append(':').append(p.column()).append(": ")
                    .append(paint(code, d.rule().code())).append(' ').append(d.message()).append(hint.isEmpty() ? "" : paint("2", hint))
                    .append(System.lineSeparator());
            if (bytes) {
                byte[] rest = block.toString().getBytes(StandardCharsets.UTF_8);
                encoded = append(encoded, length, rest);
                length += rest.length;
                block.setLength(0);
            }
        }
        return bytes ? java.util.Arrays.copyOf(encoded, length) : block.toString();
    }

    /** {@code buffer} (or a larger copy of it) with {@code more} written at {@code length}. */
    private static byte[] append(byte[] buffer, int length, byte[] more) {
        if (length + more.length > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more.length));
        }
        System.arraycopy(more, 0, buffer, length, more.length);
        return buffer;
    }

    @Override
    public void file(FileOutcome outcome, Object rendered) {
        Reporter.problems(outcome, err);
        if (rendered instanceof byte[] utf8) {
            ((Utf8Writer) out).writeUtf8(utf8);
        } else if (rendered != null) {
            out.print((String) rendered);
            out.flush();
        }
    }

    static String hint(Fix fix) {
        if (fix == null) {
            return "";
        }
        return fix.isSafe() ? " [fix: " + fix.title() + "]" : " [unsafe fix: " + fix.title() + "]";
    }

    @Override
    public void finish(Summary s) {
        if (!quiet) {
            out.println(summaryLine(s, fixMode));
        }
        out.flush();
    }

    static String summaryLine(Summary s, boolean fixMode) {
        StringBuilder line = new StringBuilder();
        line.append(fixMode ? "Fixed " + plural(s.fixed, "finding") + " in " + plural(s.filesChanged, "file") + "; " : "");
        line.append("Checked ").append(plural(s.files, "file"));
        if (s.skipped > 0) {
            line.append(" (").append(s.skipped).append(" skipped)");
        }
        int findings = s.findings();
        if (findings == 0) {
            line.append(fixMode ? ": no findings left." : ": no findings.");
        } else {
            List<String> parts = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                int n = s.bySeverity.getOrDefault(severity, 0);
                if (n > 0) {
                    parts.add(n + " " + (severity == Severity.INFO ? "info" : severity.label() + (n == 1 ? "" : "s")));
                }
            }
            line.append(": ").append(plural(findings, fixMode ? "finding left" : "finding", fixMode ? "findings left" : "findings"))
                    .append(" (").append(String.join(", ", parts)).append(").");
            if (s.safeFixable > 0) {
                line.append(" ").append(s.safeFixable).append(" fixable with `corpuslint fix`");
                line.append(s.unsafeFixable > 0 ? "; " + s.unsafeFixable + " more with `--unsafe-fixes`." : ".");
            } else if (s.unsafeFixable > 0) {
                line.append(" ").append(s.unsafeFixable).append(" fixable with `corpuslint fix --unsafe-fixes`.");
            }
        }
        if (s.failed > 0) {
            line.append(" ").append(plural(s.failed, "file")).append(" could not be processed.");
        }
        return line.toString();
    }

    private static String plural(int n, String noun) {
        return plural(n, noun, noun + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
