package dev.corpuslint.cli;

import dev.corpuslint.rules.model.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, for CI systems that show test reports: one test suite per file, one failing test case per
 * finding, and a passing case for a clean file, so a dashboard counts files checked as well as findings.
 * Suites are kept until the end because the root element carries the totals.
 */
final class JunitReporter implements Reporter {
    private final PrintWriter out;
    private final PrintWriter err;

    private record Case(String name, String failureType, String failureMessage, String detail) {}

    private record Suite(String name, List<Case> cases) {}

    private final List<Suite> suites = new ArrayList<>();

    JunitReporter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void file(FileOutcome outcome) {
        Reporter.problems(outcome, err);
        switch (outcome) {
            case FileOutcome.Failed f -> suites.add(new Suite(f.path(), List.of(new Case("read", "error", f.message(), f.path() + ": " + f.message()))));
            case FileOutcome.Skipped s -> { }
            case FileOutcome.Linted linted -> {
                List<Case> cases = new ArrayList<>();
                var lines = linted.result().document().lines();
                for (Diagnostic d : linted.result().diagnostics()) {
                    Positions p = Positions.of(lines, d.range());
                    String where = linted.path() + ":" + p.line() + ":" + p.column();
                    cases.add(new Case(d.rule().code() + " at " + p.line() + ":" + p.column(), d.rule().code(),
                            d.message(), where + ": " + d.rule().code() + " " + d.message() + TextReporter.hint(d.fix())));
                }
                if (cases.isEmpty()) {
                    cases.add(new Case("no findings", null, null, null));
                }
                suites.add(new Suite(linted.path(), cases));
            }
        }
    }

    @Override
    public void finish(Summary summary) {
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            int tests = suites.stream().mapToInt(s -> s.cases().size()).sum();
            long failures = suites.stream().flatMap(s -> s.cases().stream()).filter(c -> c.failureType() != null).count();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "corpuslint");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeCharacters("\n");
            for (Suite suite : suites) {
                long suiteFailures = suite.cases().stream().filter(c -> c.failureType() != null).count();
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.name());
                xml.writeAttribute("tests", Integer.toString(suite.cases().size()));
                xml.writeAttribute("failures", Long.toString(suiteFailures));
                xml.writeCharacters("\n");
                for (Case c : suite.cases()) {
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", suite.name());
                    xml.writeAttribute("name", c.name());
                    if (c.failureType() != null) {
                        xml.writeStartElement("failure");
                        xml.writeAttribute("type", c.failureType());
                        xml.writeAttribute("message", c.failureMessage());
                        xml.writeCharacters(c.detail());
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                    xml.writeCharacters("\n");
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        out.println(buffer);
        out.flush();
    }
}
