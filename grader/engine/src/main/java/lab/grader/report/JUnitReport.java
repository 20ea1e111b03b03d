package lab.grader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Write a report as the JUnit XML that surefire writes at the end of {@code ./mvnw test}, for a run that does not end
 * between grades ({@code -Dlab.watch}). It goes to the file surefire uses, with the same verdicts: a check passes when
 * it passed or was skipped, and the first test of a kata says whether it compiled, started and answered.
 */
public final class JUnitReport {

    /** The file surefire writes for {@code LabGradingTests}, so that a tool reading it sees one file either way. */
    public static final String FILE_NAME = "TEST-lab.grader.LabGradingTests.xml";

    private JUnitReport() {}

    /** One test case as the XML shows it; {@code failure} is empty when it passed. */
    record TestCase(String name, double seconds, String failure) {}

    public static void write(LabReport report, Path directory) {
        List<TestCase> cases = testCases(report);
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(directory.resolve(FILE_NAME))) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", "lab.grader.LabGradingTests");
                xml.writeAttribute("time", seconds(report.durationMs() / 1000.0));
                xml.writeAttribute("tests", String.valueOf(cases.size()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                xml.writeAttribute(
                        "failures",
                        String.valueOf(cases.stream()
                                .filter(c -> !c.failure().isEmpty())
                                .count()));
                for (TestCase testCase : cases) {
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("name", testCase.name());
                    xml.writeAttribute("classname", "Backend Katas");
                    xml.writeAttribute("time", seconds(testCase.seconds()));
                    if (!testCase.failure().isEmpty()) {
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", printable(testCase.failure()));
                        xml.writeAttribute("type", "java.lang.AssertionError");
                        xml.writeCharacters(printable(testCase.failure()));
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JUnit report to " + directory, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the JUnit report to " + directory, e);
        }
    }

    /** The test cases of a report, named and judged as {@code LabGradingTests} names and judges them. */
    static List<TestCase> testCases(LabReport report) {
        List<TestCase> cases = new ArrayList<>();
        for (KataResult kata : report.katas()) {
            cases.add(new TestCase(
                    kata.id() + " · the kata compiles, starts and answers",
                    0,
                    kata.message().isEmpty() ? "" : "[" + kata.id() + "] " + kata.status() + "\n" + kata.message()));
            for (CheckResult check : kata.checks()) {
                boolean passes = check.status() == CheckStatus.PASSED || check.status() == CheckStatus.SKIPPED;
                cases.add(new TestCase(
                        kata.id() + " · task " + check.task() + " · " + check.title() + " (" + check.max() + " pts)",
                        check.durationMs() / 1000.0,
                        passes
                                ? ""
                                : "[" + kata.id() + " · task " + check.task() + " · " + check.max() + " pts] "
                                        + check.title() + "\n" + check.message()));
            }
        }
        return cases;
    }

    // XML 1.0 cannot hold most control characters, which a kata's log tail may contain.
    private static String printable(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
