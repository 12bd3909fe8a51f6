package dev.corpuslint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Core findings to LSP and back. A diagnostic carries its fixes in {@code data} (ranges already in the
 * negotiated encoding, with the document version they apply to), so a code action needs no second lint.
 */
final class Translate {
    static final String SOURCE = "corpuslint";
    /** Rule docs are addressed as corpuslint:/rules/CODE; the VS Code extension shows them, hover does everywhere. */
    static final String DOC_URI = "corpuslint:/rules/";

    private Translate() {}

    static Diagnostic diagnostic(dev.corpuslint.rules.model.Diagnostic d, String uri, int version, LineIndex lines, PositionEncoding encoding) {
        Diagnostic out = new Diagnostic(encoding.range(lines, d.range()), d.message(), severity(d.severity()), SOURCE, d.rule().code());
        out.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(DOC_URI + d.rule().code()));
        if (d.related() != null) {
            out.setRelatedInformation(List.of(new DiagnosticRelatedInformation(
                    new Location(uri, encoding.range(lines, d.related().range())), d.related().message())));
        }
        JsonObject data = new JsonObject();
        data.addProperty("rule", d.rule().code());
        data.addProperty("name", d.rule().name());
        data.addProperty("version", version);
        JsonArray fixes = new JsonArray();
        for (Fix fix : d.fixes()) {
            if (fix.edits().isEmpty()) {
                continue; // a transcoding fix changes bytes, not text: the convert-to-UTF-8 command does it
            }
            JsonObject f = new JsonObject();
            f.addProperty("title", fix.title());
            f.addProperty("safe", fix.isSafe());
            JsonArray edits = new JsonArray();
            for (TextEdit edit : fix.edits()) {
                JsonObject e = new JsonObject();
                Range r = encoding.range(lines, edit.range());
                e.add("range", range(r));
                e.addProperty("newText", edit.newText());
                edits.add(e);
            }
            f.add("edits", edits);
            fixes.add(f);
        }
        data.add("fixes", fixes);
        out.setData(data);
        return out;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    private static JsonObject range(Range r) {
        JsonObject o = new JsonObject();
        o.add("start", position(r.getStart()));
        o.add("end", position(r.getEnd()));
        return o;
    }

    private static JsonObject position(Position p) {
        JsonObject o = new JsonObject();
        o.addProperty("line", p.getLine());
        o.addProperty("character", p.getCharacter());
        return o;
    }

    private static Range range(JsonObject o) {
        return new Range(position(o.getAsJsonObject("start")), position(o.getAsJsonObject("end")));
    }

    private static Position position(JsonObject o) {
        return new Position(o.get("line").getAsInt(), o.get("character").getAsInt());
    }

    /** The quick fixes a diagnostic carries; an unsafe one says so in its title and is never preferred. */
    static List<CodeAction> quickFixes(Diagnostic diagnostic, String uri) {
        List<CodeAction> out = new ArrayList<>();
        if (!(diagnostic.getData() instanceof JsonElement element) || !element.isJsonObject()) {
            return out;
        }
        JsonObject data = element.getAsJsonObject();
        if (!data.has("fixes")) {
            return out;
        }
        int version = data.get("version").getAsInt();
        for (JsonElement f : data.getAsJsonArray("fixes")) {
            JsonObject fix = f.getAsJsonObject();
            List<org.eclipse.lsp4j.TextEdit> edits = new ArrayList<>();
            for (JsonElement e : fix.getAsJsonArray("edits")) {
                JsonObject edit = e.getAsJsonObject();
                edits.add(new org.eclipse.lsp4j.TextEdit(range(edit.getAsJsonObject("range")), edit.get("newText").getAsString()));
            }
            boolean safe = fix.get("safe").getAsBoolean();
            CodeAction action = new CodeAction(data.get("rule").getAsString() + ": " + fix.get("title").getAsString() + (safe ? "" : " (unsafe)"));
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(diagnostic));
            action.setIsPreferred(safe);
            action.setEdit(edit(uri, version, edits));
            out.add(action);
        }
        return out;
    }

    static WorkspaceEdit edit(String uri, int version, List<org.eclipse.lsp4j.TextEdit> edits) {
        TextDocumentEdit change = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), edits);
        return new WorkspaceEdit(List.of(Either.forLeft(change)));
    }

    /**
     * The span of {@code before} that differs from {@code after}: everything between their common prefix and
     * common suffix. Fix-all sends that one edit rather than the whole text, so the editor keeps the cursor,
     * folds and markers outside it. The span never splits a surrogate pair or a CRLF.
     */
    static dev.corpuslint.rules.model.TextRange changedSpan(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && prefix < before.length() && (Character.isHighSurrogate(before.charAt(prefix - 1))
                || (before.charAt(prefix - 1) == '\r' && before.charAt(prefix) == '\n'))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int end = before.length() - suffix;
        if (suffix > 0 && end > 0 && (Character.isLowSurrogate(before.charAt(end))
                || (before.charAt(end) == '\n' && before.charAt(end - 1) == '\r'))) {
            end++;
        }
        return new dev.corpuslint.rules.model.TextRange(prefix, end);
    }
}
