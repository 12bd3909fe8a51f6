package dev.corpuslint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check} run without picocli's model of the command line, for the command lines hooks and CI scripts
 * use ({@code check --force-exclude a.md b.md}, {@code check --no-cache --format=github corpus}). Picocli
 * reads every option's annotations by reflection, and the JDK makes a proxy class for each annotation type
 * at run time: about 50 ms of a one-file check's 300 on a machine where that was the whole margin of the
 * pre-commit target. Hand-written because picocli has no other way in than its model.
 *
 * <p>Only what is certain is taken here: {@link InputOptions}' long options and its two short flags by
 * their exact names, each at most once ({@code --exclude} as often as given), with the values picocli would
 * give the fields (enum constants by their exact names, plain decimal numbers, any path), and paths that
 * cannot be read as anything else. Anything more (help and version, a misspelt or unknown option, grouped
 * short flags, a value picocli might refuse or convert otherwise, {@code -} for standard input, {@code --},
 * argument files) gives null, and the usual command line runs with its own messages. The fields keep their
 * Java initial values, which are picocli's defaults too. DirectCheckTest holds what this sets to what
 * picocli sets, over generated command lines.
 */
final class DirectCheck {
    private static final Set<String> FLAGS = Set.of("--no-cache", "--force-exclude", "--statistics", "-q", "--quiet", "-v", "--verbose");
    private static final Set<String> VALUED = Set.of("--format", "--fail-on", "--config", "--exclude", "--cache-dir",
            "--max-file-size", "--threads", "--color", "--output-file", "--stdin-filename");

    private DirectCheck() {}

    /**
     * Runs {@code args} when they are a {@code check} this can read, and returns its exit code; otherwise null.
     * {@code -Dcorpuslint.direct-check=false} leaves every command line to picocli: the launcher's AOT training
     * run sets it, so that the cache holds picocli's classes for every other command (without them in it,
     * {@code fix} and {@code --version} started 70-80 ms slower).
     */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !args[0].equals("check") || "false".equals(System.getProperty("corpuslint.direct-check"))) {
            return null;
        }
        InputOptions input = parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        if (input == null) {
            return null;
        }
        CheckCommand check = new CheckCommand();
        check.input = input;
        try {
            return check.run(out, err);
        } catch (RuntimeException e) {
            return CommandLineFactory.internalError(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The options {@code args} (what follows {@code check}) give, or null when picocli should read them. */
    static InputOptions parse(String[] args) {
        InputOptions input = new InputOptions();
        List<String> paths = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.startsWith("@")) { // "-" (standard input) is no option it knows, below
                return null;
            }
            if (arg.charAt(0) != '-') {
                paths.add(arg);
                continue;
            }
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (FLAGS.contains(name)) {
                if (equals >= 0 || !seen.add(canonical(name))) {
                    return null;
                }
                switch (canonical(name)) {
                    case "--no-cache" -> input.noCache = true;
                    case "--force-exclude" -> input.forceExclude = true;
                    case "--statistics" -> input.statistics = true;
                    case "--quiet" -> input.quiet = true;
                    default -> input.verbose = true;
                }
                continue;
            }
            if (!VALUED.contains(name) || !name.equals("--exclude") && !seen.add(name)) {
                return null;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@")) {
                value = args[++i];
            } else {
                return null;
            }
            if (!set(input, name, value, exclude)) {
                return null;
            }
        }
        input.paths = List.copyOf(paths);
        if (!exclude.isEmpty()) {
            input.exclude = List.copyOf(exclude);
        }
        return input;
    }

    private static String canonical(String flag) {
        return switch (flag) {
            case "-q" -> "--quiet";
            case "-v" -> "--verbose";
            default -> flag;
        };
    }

    /** Sets option {@code name} to {@code value} as picocli would; false when this is not certain to agree. */
    private static boolean set(InputOptions input, String name, String value, List<String> exclude) {
        try {
            switch (name) {
                case "--format" -> input.format = OutputFormat.valueOf(value);
                case "--fail-on" -> input.failOn = InputOptions.FailOn.valueOf(value);
                case "--color" -> input.color = value;
                case "--stdin-filename" -> input.stdinFilename = value;
                case "--exclude" -> exclude.add(value);
                case "--config" -> input.config = Path.of(value);
                case "--cache-dir" -> input.cacheDir = Path.of(value);
                case "--output-file" -> input.outputFile = Path.of(value);
                case "--max-file-size" -> {
                    if (!isDecimal(value, 18)) {
                        return false;
                    }
                    input.maxFileSizeMb = Long.parseLong(value);
                }
                default -> { // --threads
                    if (!isDecimal(value, 9)) {
                        return false;
                    }
                    input.threads = Integer.valueOf(value);
                }
            }
            return true;
        } catch (IllegalArgumentException e) { // an unknown constant, or a path the file system cannot hold (InvalidPathException)
            return false;
        }
    }

    /** One to {@code digits} ASCII digits: a number every converter reads the same way. */
    private static boolean isDecimal(String value, int digits) {
        if (value.isEmpty() || value.length() > digits) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
