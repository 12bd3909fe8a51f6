package dev.corpuslint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.TextEdit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * One JSON array of findings, streamed, with the fields of the DESIGN.md contract. Written with Jackson's
 * streaming generator: no reflection, so it needs no registration for a native image.
 */
final class JsonReporter implements Reporter {
    private final PrintWriter err;
    private final JsonGenerator json;

    JsonReporter(PrintWriter out, PrintWriter err) {
        this.err = err;
        try {
            this.json = new JsonFactory().createGenerator(out);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(FileOutcome outcome) {
        Reporter.problems(outcome, err);
        if (!(outcome instanceof FileOutcome.Linted linted)) {
            return;
        }
        LineIndex lines = linted.result().document().lines();
        try {
            for (Diagnostic d : linted.result().diagnostics()) {
                write(linted.path(), lines, d);
            }
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String path, LineIndex lines, Diagnostic d) throws IOException {
        Positions p = Positions.of(lines, d.range());
        json.writeStartObject();
        json.writeStringField("path", path);
        json.writeNumberField("line", p.line());
        json.writeNumberField("column", p.column());
        json.writeNumberField("endLine", p.endLine());
        json.writeNumberField("endColumn", p.endColumn());
        json.writeStringField("rule", d.rule().code());
        json.writeStringField("name", d.rule().name());
        json.writeStringField("family", d.rule().family().label());
        json.writeStringField("severity", d.severity().label());
        json.writeStringField("message", d.message());
        json.writeFieldName("fix");
        Fix fix = d.fix();
        if (fix == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("title", fix.title());
            json.writeStringField("applicability", fix.applicability().label());
            json.writeArrayFieldStart("edits");
            for (TextEdit edit : fix.edits()) {
                Positions e = Positions.of(lines, edit.range());
                json.writeStartObject();
                json.writeNumberField("line", e.line());
                json.writeNumberField("column", e.column());
                json.writeNumberField("endLine", e.endLine());
                json.writeNumberField("endColumn", e.endColumn());
                json.writeStringField("newText", edit.newText());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    @Override
    public void finish(Summary summary) {
        try {
            json.writeEndArray();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
