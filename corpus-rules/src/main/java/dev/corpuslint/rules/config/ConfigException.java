package dev.corpuslint.rules.config;

/** A configuration file that cannot be used, with where and why: `file:line:column: message`. */
public final class ConfigException extends Exception {
    private final String file;
    private final int line;
    private final int column;

    public ConfigException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
