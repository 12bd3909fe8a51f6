package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FormatsTest {
    @TempDir
    Path dir;

    private static final String EXAMPLES = Cli.ROOT.resolve("examples/corpus").toString();

    @Test
    void sarifIsValidAgainstTheSarif210SchemaAndCarriesRulesAndFixes() throws Exception {
        Cli.Result r = Cli.run("check", "--no-cache", "--format", "sarif", EXAMPLES);
        assertEquals(1, r.exit());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        JsonSchema schema;
        try (InputStream in = FormatsTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertEquals(Set.of(), errors);
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode first = run.get("results").get(0);
        assertEquals(first.get("ruleId").asText(), rules.get(first.get("ruleIndex").asInt()).get("id").asText());
        assertTrue(rules.get(0).get("help").get("markdown").asText().contains("## Fix safety"));
        boolean anyFix = false;
        for (JsonNode result : run.get("results")) {
            anyFix |= result.has("fixes");
            String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
            assertTrue(uri.matches("[\\x21-\\x7e]+"), "URIs are ASCII: " + uri);
        }
        assertTrue(anyFix);
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }

    @Test
    void githubAnnotationsEscapeTheirData() throws Exception {
        Path file = dir.resolve("a,b.md");
        Files.writeString(file, "---\ntitle: t\ndate: 2024-01-01\nurl: https://a.b/\n---\n中文,中文\n");
        Cli.Result r = Cli.run("check", "--no-cache", "--format", "github", file.toString());
        String expected = "::warning file=" + file.toString().replace(",", "%2C") + ",line=6,col=3,endLine=6,endColumn=4,"
                + "title=EN009 half-width-punctuation-in-cjk::Half-width `,` between Chinese characters [fix: Replace with `，`]";
        assertEquals(expected, r.out().strip());
        assertEquals("a%0Ab%25c", GithubReporter.data("a\nb%c"));
        assertEquals("x%3Ay%2Cz", GithubReporter.property("x:y,z"));
    }

    @Test
    void junitHasASuitePerFileAndAFailurePerFinding() throws Exception {
        Files.writeString(dir.resolve("clean.md"), "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\nurl: https://a.b/\n---\n正文。\n");
        Files.writeString(dir.resolve("dirty.md"), "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\nurl: https://a.b/\n---\n中文,中文,中文\n");
        Cli.Result r = Cli.run("check", "--no-cache", "--format", "junit", dir.toString());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("3", xml.getDocumentElement().getAttribute("tests"));
        assertEquals("2", xml.getDocumentElement().getAttribute("failures"));
        assertEquals(2, xml.getElementsByTagName("testsuite").getLength());
        assertEquals("EN009", ((org.w3c.dom.Element) xml.getElementsByTagName("failure").item(0)).getAttribute("type"));
    }

    @Test
    void statisticsCountPerRuleAndQuietDropsTheSummary() {
        Cli.Result stats = Cli.run("check", "--no-cache", "--statistics", EXAMPLES);
        assertTrue(stats.out().lines().anyMatch(l -> l.matches(" *\\d+  EN009  half-width-punctuation-in-cjk +\\[\\d+ safe fixes\\]")), stats.out());
        assertFalse(stats.out().contains(":1:1:"), "no individual findings");
        Cli.Result quiet = Cli.run("check", "--no-cache", "--quiet", EXAMPLES);
        assertFalse(quiet.out().contains("Checked "), quiet.out());
        assertTrue(quiet.out().contains("EN009"));
    }

    @Test
    void theReportGoesToTheOutputFile() throws Exception {
        Path report = dir.resolve("out/report.json");
        Cli.Result r = Cli.run("check", "--no-cache", "--format", "json", "--output-file", report.toString(), EXAMPLES);
        assertEquals("", r.out());
        assertTrue(new ObjectMapper().readTree(report.toFile()).size() > 50);
        assertTrue(r.err().contains("Checked 5 files"), r.err());
    }

    /** An output file that cannot be created is a clear error, exit 2, for check and for fix alike. */
    @Test
    void anUnwritableOutputFileIsAnError() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain.txt"), "x");
        Path report = notADirectory.resolve("report.json");
        Path copy = Files.writeString(dir.resolve("a.md"), "---\ntitle: t\n---\ntext \n");
        for (String command : new String[] {"check", "fix"}) {
            Cli.Result r = Cli.run(command, "--no-cache", "--output-file", report.toString(), copy.toString());
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertTrue(r.err().contains(report + ": cannot write: "), command + ": " + r.err());
        }
        assertEquals("---\ntitle: t\n---\ntext \n", Files.readString(copy), "fix stopped before touching the file");
    }

    /** A report written as UTF-8 bytes (to a file, as to standard output) reads as one written as text. */
    @Test
    void aReportInAFileReadsAsTheOneWrittenAsText() throws Exception {
        Path report = dir.resolve("report.txt");
        Cli.Result text = Cli.run("check", "--no-cache", EXAMPLES);
        Cli.Result file = Cli.run("check", "--no-cache", "--output-file", report.toString(), EXAMPLES);
        assertEquals(text.exit(), file.exit(), file.err());
        assertTrue(text.out().lines().count() > 20, text.out());
        assertEquals(text.out(), Files.readString(report));
    }

    @Test
    void coloursOnlyWhenAskedOrOnATerminal() {
        assertTrue(Cli.run("check", "--no-cache", "--color", "always", EXAMPLES).out().contains("\u001b[1;33mEN009\u001b[0m"));
        assertFalse(Cli.run("check", "--no-cache", EXAMPLES).out().contains("\u001b["), "tests are not a terminal");
    }

    @Test
    void failOnLeavesInfoFindingsOutOfTheExitCode() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\n---\n正文。\n");
        assertEquals(1, Cli.run("check", "--no-cache", dir.toString()).exit(), "FM013 is an info finding");
        assertEquals(0, Cli.run("check", "--no-cache", "--fail-on", "warning", dir.toString()).exit());
        assertEquals(2, Cli.run("check", "--fail-on", "loud", dir.toString()).exit());
    }

    @Test
    void noProgressLineWhenStandardErrorIsNotATerminal() {
        Cli.Result r = Cli.run("check", "--no-cache", EXAMPLES);
        assertFalse(r.err().contains("files/s"), r.err());
    }

    @Test
    void theProgressLineShowsRateAndTimeLeft() {
        ProgressBar bar = new ProgressBar(new java.io.PrintWriter(new java.io.StringWriter()), "checking", 100);
        assertEquals("checking [############............] 50/100 files, 25 files/s, ETA 0:02", bar.line(50, 100, 2.0));
    }
}
