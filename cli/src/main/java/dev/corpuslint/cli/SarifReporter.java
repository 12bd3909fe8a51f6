package dev.corpuslint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuslint.rules.RuleDocs;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.RuleFailure;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (the format GitHub code scanning and most CI dashboards read), streamed: results as files
 * finish, then the rules that occurred (metadata, doc as help, default level) and the invocation with any
 * files that could not be processed. Columns are Unicode code points, as in the JSON contract.
 */
final class SarifReporter implements Reporter {
    private final PrintWriter err;
    private final JsonGenerator json;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<RuleMetadata> rules = new ArrayList<>();
    private final List<String[]> notifications = new ArrayList<>();
    private final String version;

    SarifReporter(PrintWriter out, PrintWriter err, String version) {
        this.err = err;
        this.version = version;
        try {
            json = new JsonFactory().createGenerator(out);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart("%SRCROOT%");
            json.writeStringField("uri", Path.of("").toAbsolutePath().toUri().toString());
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(FileOutcome outcome) {
        Reporter.problems(outcome, err);
        switch (outcome) {
            case FileOutcome.Failed f -> notifications.add(new String[] {f.path(), f.message()});
            case FileOutcome.Linted linted -> {
                for (RuleFailure failure : linted.result().failures()) {
                    notifications.add(new String[] {linted.path(), "rule " + failure.ruleCode() + " failed: " + failure.error()});
                }
                try {
                    LineIndex lines = linted.result().document().lines();
                    for (Diagnostic d : linted.result().diagnostics()) {
                        result(linted.path(), lines, d);
                    }
                    json.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case FileOutcome.Skipped s -> { }
        }
    }

    private void result(String path, LineIndex lines, Diagnostic d) throws IOException {
        RuleMetadata rule = d.rule();
        Integer index = ruleIndex.get(rule.code());
        if (index == null) {
            index = rules.size();
            ruleIndex.put(rule.code(), index);
            rules.add(rule);
        }
        json.writeStartObject();
        json.writeStringField("ruleId", rule.code());
        json.writeNumberField("ruleIndex", index);
        json.writeStringField("level", level(d.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", d.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        physicalLocation(path, lines, d.range());
        json.writeEndObject();
        json.writeEndArray();
        if (d.related() != null) {
            json.writeArrayFieldStart("relatedLocations");
            json.writeStartObject();
            json.writeNumberField("id", 1);
            physicalLocation(path, lines, d.related().range());
            json.writeObjectFieldStart("message");
            json.writeStringField("text", d.related().message());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        Fix fix = d.fix();
        if (fix != null) {
            json.writeArrayFieldStart("fixes");
            json.writeStartObject();
            json.writeObjectFieldStart("description");
            json.writeStringField("text", fix.title() + (fix.isSafe() ? "" : " (unsafe)"));
            json.writeEndObject();
            json.writeArrayFieldStart("artifactChanges");
            json.writeStartObject();
            artifactLocation(path);
            json.writeArrayFieldStart("replacements");
            for (TextEdit edit : fix.edits()) {
                json.writeStartObject();
                json.writeFieldName("deletedRegion");
                region(lines, edit.range());
                json.writeObjectFieldStart("insertedContent");
                json.writeStringField("text", edit.newText());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            json.writeStringField("applicability", fix.applicability().label());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void physicalLocation(String path, LineIndex lines, TextRange range) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(path);
        json.writeFieldName("region");
        region(lines, range);
        json.writeEndObject();
    }

    private void artifactLocation(String path) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            json.writeStringField("uri", p.toUri().toString());
        } else {
            json.writeStringField("uri", relativeUri(path));
            json.writeStringField("uriBaseId", "%SRCROOT%");
        }
        json.writeEndObject();
    }

    /** A relative path as a URI reference: `/` separators, non-ASCII and reserved characters percent-encoded. */
    static String relativeUri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private void region(LineIndex lines, TextRange range) throws IOException {
        Positions p = Positions.of(lines, range);
        json.writeStartObject();
        json.writeNumberField("startLine", p.line());
        json.writeNumberField("startColumn", p.column());
        json.writeNumberField("endLine", p.endLine());
        json.writeNumberField("endColumn", p.endColumn());
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public void finish(Summary summary) {
        try {
            json.writeEndArray(); // results
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField("executionSuccessful", summary.failed == 0 && summary.ruleFailures.isEmpty());
            if (!notifications.isEmpty()) {
                json.writeArrayFieldStart("toolExecutionNotifications");
                for (String[] n : notifications) {
                    json.writeStartObject();
                    json.writeStringField("level", "error");
                    json.writeObjectFieldStart("message");
                    json.writeStringField("text", n[0] + ": " + n[1]);
                    json.writeEndObject();
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "corpuslint");
            json.writeStringField("version", version);
            json.writeArrayFieldStart("rules");
            for (RuleMetadata rule : rules) {
                json.writeStartObject();
                json.writeStringField("id", rule.code());
                json.writeStringField("name", rule.name());
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", rule.summary());
                json.writeEndObject();
                String doc = RuleDocs.of(rule.code()).orElse(null);
                if (doc != null) {
                    json.writeObjectFieldStart("help");
                    json.writeStringField("text", doc);
                    json.writeStringField("markdown", doc);
                    json.writeEndObject();
                }
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", level(rule.defaultSeverity()));
                json.writeEndObject();
                json.writeObjectFieldStart("properties");
                json.writeStringField("family", rule.family().label());
                json.writeStringField("fix", rule.fixAvailability().label()
                        + (rule.fixSafety() == null ? "" : " (" + rule.fixSafety().label() + ")"));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject(); // driver
            json.writeEndObject(); // tool
            json.writeEndObject(); // run
            json.writeEndArray(); // runs
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
