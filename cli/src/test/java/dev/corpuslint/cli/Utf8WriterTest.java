package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.learn.LearnedIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text encoded on a worker and written through comes out as the same text printed in order would. */
class Utf8WriterTest {
    @Test
    void encodedTextIsWrittenAfterWhatWasPrintedBeforeIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer writer = new Utf8Writer(bytes, false);
        writer.print("甲");
        writer.writeUtf8("“乙”".getBytes(StandardCharsets.UTF_8));
        writer.println("丙");
        writer.flush();
        assertEquals("甲“乙”丙" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTextReportIsTheSameEncodedOnTheWorkerOrPrinted() {
        CorpusDocument document = CorpusDocument.fromText("目录/文章.md", "---\ntitle: 标题\n---\n正文,中文“引号\n\n  行尾空格  \n");
        FileOutcome outcome = new FileOutcome.Linted(document.path(),
                BuiltInRules.linter(CorpusConfig.DEFAULT, LearnedIndex.EMPTY, List.of()).lint(document));
        Summary summary = new Summary();
        summary.add(outcome);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer encoded = new Utf8Writer(bytes, true);
        TextReporter onWorker = new TextReporter(encoded, new PrintWriter(new StringWriter()), false);
        Object rendered = onWorker.render(outcome);
        assertInstanceOf(byte[].class, rendered, "encoded on the worker");
        onWorker.file(outcome, rendered);
        onWorker.finish(summary);

        StringWriter printed = new StringWriter();
        TextReporter inOrder = new TextReporter(new PrintWriter(printed, true), new PrintWriter(new StringWriter()), false);
        inOrder.file(outcome);
        inOrder.finish(summary);

        assertTrue(printed.toString().contains("目录/文章.md:4:"), printed.toString());
        assertEquals(printed.toString(), bytes.toString(StandardCharsets.UTF_8));
    }
}
