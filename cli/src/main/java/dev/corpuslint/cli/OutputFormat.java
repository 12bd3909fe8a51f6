package dev.corpuslint.cli;

public enum OutputFormat {
    text,
    json,
    sarif,
    github,
    junit
}
