package lab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML a watch run rewrites after each grade judges checks as LabGradingTests does. */
class JUnitReportTests {

    @TempDir
    Path directory;

    @Test
    void passed_and_skipped_checks_pass_and_every_other_outcome_fails() {
        List<JUnitReport.TestCase> cases = JUnitReport.testCases(report(""));

        assertThat(cases)
                .extracting(JUnitReport.TestCase::name)
                .as("test names")
                .containsExactly(
                        "01-n-plus-one · the kata compiles, starts and answers",
                        "01-n-plus-one · task 1 · Answers match (3 pts)",
                        "01-n-plus-one · task 2 · Statements constant (4 pts)",
                        "01-n-plus-one · task 3 · Redis outage (2 pts)",
                        "01-n-plus-one · task 3 · Errors (1 pts)");
        assertThat(cases)
                .extracting(testCase -> !testCase.failure().isEmpty())
                .as("which fail")
                .containsExactly(false, false, true, false, true);
        assertThat(cases.get(2).failure())
                .as("failure text")
                .isEqualTo("[01-n-plus-one · task 2 · 4 pts] Statements constant\n51 statements");
    }

    @Test
    void a_kata_that_stopped_early_fails_its_first_test_with_the_reason() {
        List<JUnitReport.TestCase> cases = JUnitReport.testCases(report("The kata did not compile.\nFirst error: x"));

        assertThat(cases.getFirst().failure())
                .as("first test")
                .isEqualTo("[01-n-plus-one] partial\nThe kata did not compile.\nFirst error: x");
    }

    @Test
    void the_file_is_the_one_surefire_writes_and_holds_readable_xml() throws Exception {
        JUnitReport.write(report("log tail with a \u001b[31mcolour\u001b[0m"), directory);

        Document xml = parse(directory.resolve("TEST-lab.grader.LabGradingTests.xml"));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).as("tests").isEqualTo("5");
        assertThat(suite.getAttribute("failures")).as("failures").isEqualTo("3");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).as("failure elements").isEqualTo(3);
        assertThat(failures.item(0).getTextContent())
                .as("control characters replaced")
                .contains("?[31mcolour?[0m");
    }

    private static Document parse(Path file) throws Exception {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("no report at " + file, e);
        }
    }

    private static LabReport report(String kataMessage) {
        List<CheckResult> checks = List.of(
                check("answers-match", 1, "Answers match", CheckStatus.PASSED, 3, ""),
                check("statements-constant", 2, "Statements constant", CheckStatus.FAILED, 4, "51 statements"),
                check("redis-outage", 3, "Redis outage", CheckStatus.SKIPPED, 2, "Skipped: external Redis"),
                check("errors", 3, "Errors", CheckStatus.ERRORED, 1, "the grader broke"));
        KataResult kata = new KataResult(
                "01-n-plus-one",
                "exercises",
                "n-plus-one",
                "sql",
                "N+1 queries",
                KataStatus.PARTIAL,
                3,
                8,
                4_000,
                Map.of(),
                kataMessage,
                "",
                "",
                checks);
        return new LabReport(
                LabReport.VERSION,
                "exercises",
                new ServicesInfo("embedded", "requested", "postgres@localhost:1", "127.0.0.1:2/0", 100),
                42,
                3,
                8,
                5_000,
                List.of(kata));
    }

    private static CheckResult check(String id, int task, String title, CheckStatus status, int max, String message) {
        return new CheckResult(
                id,
                task,
                title,
                status,
                status == CheckStatus.PASSED ? max : 0,
                max,
                message,
                CheckFeedback.NONE,
                20,
                Map.of());
    }
}
