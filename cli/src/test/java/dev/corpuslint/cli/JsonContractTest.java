package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--format json` field by field, as DESIGN.md states the contract. */
class JsonContractTest {
    private static final List<String> FIELDS = List.of(
            "path", "line", "column", "endLine", "endColumn", "rule", "name", "family", "severity", "message", "fix");
    private static final List<String> FIX_FIELDS = List.of("title", "applicability", "edits");
    private static final List<String> EDIT_FIELDS = List.of("line", "column", "endLine", "endColumn", "newText");

    @TempDir
    Path dir;

    @Test
    void findingsMatchTheContractWithCodePointColumns() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: x\ndate: Wed, 09 Jun 2021 07:18:08 GMT\nsource: s\n---\n𠀀𠀀“未闭合\n");
        Cli.Result result = Cli.run("check", "--format", "json", file.toString());
        assertEquals(1, result.exit());
        JsonNode array = new ObjectMapper().readTree(result.out());
        assertEquals(2, array.size());

        JsonNode date = array.get(0);
        assertEquals(FIELDS, names(date));
        assertEquals(file.toString(), date.get("path").asText());
        assertEquals(3, date.get("line").asInt());
        assertEquals(7, date.get("column").asInt());
        assertEquals(3, date.get("endLine").asInt());
        assertEquals(36, date.get("endColumn").asInt());
        assertEquals("FM003", date.get("rule").asText());
        assertEquals("non-iso-date", date.get("name").asText());
        assertEquals("front-matter", date.get("family").asText());
        assertEquals("warning", date.get("severity").asText());
        JsonNode fix = date.get("fix");
        assertEquals(FIX_FIELDS, names(fix));
        assertEquals("safe", fix.get("applicability").asText());
        JsonNode edit = fix.get("edits").get(0);
        assertEquals(EDIT_FIELDS, names(edit));
        assertEquals(3, edit.get("line").asInt());
        assertEquals(7, edit.get("column").asInt());
        assertEquals(36, edit.get("endColumn").asInt());
        assertEquals("2021-06-09T07:18:08Z", edit.get("newText").asText());

        JsonNode quote = array.get(1);
        assertEquals("DL003", quote.get("rule").asText());
        assertEquals(6, quote.get("line").asInt());
        assertEquals(3, quote.get("column").asInt(), "two characters outside the BMP count as two columns");
        assertEquals(4, quote.get("endColumn").asInt());
        assertEquals("delimiter", quote.get("family").asText());
        assertEquals(true, quote.get("fix").isNull());
    }

    @Test
    void noFindingsIsAnEmptyArray() throws Exception {
        Path file = dir.resolve("clean.md");
        Files.writeString(file, "---\ntitle: 标题\ndate: 2024-07-03\nsource: 新华社\n---\n正文。\n");
        Cli.Result result = Cli.run("check", "--format", "json", file.toString());
        assertEquals(0, result.exit());
        assertEquals(0, new ObjectMapper().readTree(result.out()).size());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
