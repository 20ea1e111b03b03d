package lab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWriterTests {

    private static final String N_PLUS_ONE_FAILURE = """
            GET /customers/7/orders ran one query per order.
            Expected:     at most 3 statements
            But was:      51 statements""";

    private static final String TTL_FAILURE = """
            Cached products never expire.
            Expected:     a TTL on every product key
            But was:      product:1 has no TTL""";

    private static final LabReport REPORT = new LabReport(
            LabReport.VERSION,
            "exercises",
            new ServicesInfo(
                    "embedded",
                    "requested with -Dlab.services=embedded",
                    "postgres@localhost:54321",
                    "127.0.0.1:6390/0",
                    2100),
            42,
            45,
            100,
            12_345,
            List.of(
                    new KataResult(
                            "01-n-plus-one",
                            "exercises",
                            "n-plus-one",
                            "sql",
                            "Order history without N+1",
                            KataStatus.PARTIAL,
                            20,
                            50,
                            4_200,
                            Map.of("compile", 800L, "start", 2_100L),
                            "",
                            "target/lab/01-n-plus-one/kata.log",
                            "",
                            List.of(
                                    new CheckResult(
                                            "answers-match",
                                            1,
                                            "Order history answers are right",
                                            CheckStatus.PASSED,
                                            20,
                                            20,
                                            "",
                                            CheckFeedback.NONE,
                                            0,
                                            Map.of("orders", 50)),
                                    new CheckResult(
                                            "bounded-statements",
                                            2,
                                            "Order history runs a bounded number of statements",
                                            CheckStatus.FAILED,
                                            0,
                                            30,
                                            N_PLUS_ONE_FAILURE,
                                            CheckFeedback.NONE,
                                            0,
                                            Map.of("statements", 51)))),
                    new KataResult(
                            "06-cache-aside",
                            "exercises",
                            "cache-aside",
                            "redis",
                            "Cache-aside product catalog",
                            KataStatus.PARTIAL,
                            25,
                            30,
                            3_100,
                            Map.of("start", 1_900L),
                            "",
                            "target/lab/06-cache-aside/kata.log",
                            "",
                            List.of(
                                    new CheckResult(
                                            "served-from-cache",
                                            1,
                                            "Second read is served from Redis",
                                            CheckStatus.PASSED,
                                            25,
                                            25,
                                            "",
                                            CheckFeedback.NONE,
                                            0,
                                            Map.of("redisCommands", 2)),
                                    new CheckResult(
                                            "ttl",
                                            2,
                                            "Cached products expire",
                                            CheckStatus.FAILED,
                                            0,
                                            5,
                                            TTL_FAILURE,
                                            CheckFeedback.NONE,
                                            0,
                                            Map.of()))),
                    new KataResult(
                            "07-broken",
                            "exercises",
                            "broken",
                            "sql",
                            "A kata that does not compile",
                            KataStatus.NOT_COMPILED,
                            0,
                            20,
                            800,
                            Map.of("compile", 800L),
                            "src/main/java/lab/broken/App.java:5: ';' expected",
                            "",
                            "",
                            List.of(new CheckResult(
                                    "answers",
                                    1,
                                    "Answers are right",
                                    CheckStatus.NOT_RUN,
                                    0,
                                    20,
                                    "not run: the kata did not compile",
                                    CheckFeedback.NONE,
                                    0,
                                    Map.of())))));

    @TempDir
    Path dir;

    private Path output;

    @BeforeEach
    void write() {
        output = dir.resolve("target/lab");
        ReportWriter.write(REPORT, output);
    }

    @Test
    void the_json_report_has_the_run_fields() throws IOException {
        JsonNode json = json();

        assertThat(json.propertyNames())
                .as("report fields")
                .containsExactlyInAnyOrder(
                        "version", "tree", "services", "seed", "score", "max", "durationMs", "katas");
        assertThat(json.path("version").asInt()).as("version").isEqualTo(LabReport.VERSION);
        assertThat(json.path("tree").asString()).as("tree").isEqualTo("exercises");
        assertThat(json.path("seed").asLong()).as("seed").isEqualTo(42);
        assertThat(json.path("score").asInt()).as("score").isEqualTo(45);
        assertThat(json.path("max").asInt()).as("max").isEqualTo(100);
        assertThat(json.path("durationMs").asLong()).as("durationMs").isEqualTo(12_345);
    }

    @Test
    void the_json_report_names_the_services_without_passwords() throws IOException {
        JsonNode services = json().path("services");

        assertThat(services.propertyNames())
                .as("services fields")
                .containsExactlyInAnyOrder("mode", "reason", "postgres", "redis", "startMs");
        assertThat(services.path("mode").asString()).as("services.mode").isEqualTo("embedded");
        assertThat(services.path("postgres").asString()).as("services.postgres").isEqualTo("postgres@localhost:54321");
    }

    @Test
    void the_json_report_has_each_kata_with_its_checks() throws IOException {
        JsonNode katas = json().path("katas");

        assertThat(katas.isArray()).as("katas is an array").isTrue();
        assertThat(katas.size()).as("katas").isEqualTo(3);
        JsonNode kata = katas.get(0);
        assertThat(kata.propertyNames())
                .as("kata fields")
                .containsExactlyInAnyOrder(
                        "id",
                        "tree",
                        "slug",
                        "track",
                        "title",
                        "status",
                        "score",
                        "max",
                        "durationMs",
                        "phasesMs",
                        "message",
                        "log",
                        "stoppedIn",
                        "checks");
        assertThat(kata.path("id").asString()).as("katas[0].id").isEqualTo("01-n-plus-one");
        assertThat(kata.path("status").asString()).as("katas[0].status").isEqualTo("partial");
        assertThat(kata.path("score").asInt()).as("katas[0].score").isEqualTo(20);
        assertThat(kata.path("checks").size()).as("katas[0].checks").isEqualTo(2);
    }

    @Test
    void the_json_report_has_each_check_with_message_and_metrics() throws IOException {
        JsonNode check = json().path("katas").get(0).path("checks").get(1);

        assertThat(check.propertyNames())
                .as("check fields")
                .containsExactlyInAnyOrder(
                        "id",
                        "task",
                        "title",
                        "status",
                        "points",
                        "max",
                        "message",
                        "feedback",
                        "durationMs",
                        "metrics");
        assertThat(check.path("id").asString()).as("check id").isEqualTo("bounded-statements");
        assertThat(check.path("task").asInt()).as("task").isEqualTo(2);
        assertThat(check.path("status").asString()).as("status").isEqualTo("failed");
        assertThat(check.path("points").asInt()).as("points").isZero();
        assertThat(check.path("max").asInt()).as("max").isEqualTo(30);
        assertThat(check.path("message").asString()).as("message").isEqualTo(N_PLUS_ONE_FAILURE);
        assertThat(check.path("metrics").path("statements").asInt())
                .as("metrics.statements")
                .isEqualTo(51);
    }

    @Test
    void the_json_report_reads_back_as_the_report_written() {
        assertThat(ReportWriter.read(output.resolve("report.json")))
                .as("report read back")
                .isEqualTo(REPORT);
    }

    @Test
    void the_summary_has_a_scoreboard_row_per_kata() throws IOException {
        String summary = summary();

        assertThat(summary)
                .as("summary.md")
                .startsWith("## Backend Katas: 45 / 100 points\n")
                .contains("seed `42`")
                .contains("-Dlab.seed=42")
                .contains("| kata | status | score | time |")
                .contains("| 01-n-plus-one — Order history without N+1 | 🟡 partial | 20 / 50 | ")
                .contains("| 06-cache-aside — Cache-aside product catalog | 🟡 partial | 25 / 30 | ")
                .contains("| 07-broken — A kata that does not compile | ❌ not-compiled | 0 / 20 | ");
    }

    @Test
    void the_summary_details_the_message_of_each_failed_check() throws IOException {
        String summary = summary();

        assertThat(summary)
                .as("summary.md")
                .contains("<details><summary>01-n-plus-one · task 2 · Order history runs a bounded number of"
                        + " statements (0 / 30)</summary>\n\n```\n" + N_PLUS_ONE_FAILURE + "\n```\n</details>")
                .contains("<details><summary>06-cache-aside · task 2 · Cached products expire (0 / 5)</summary>"
                        + "\n\n```\n" + TTL_FAILURE + "\n```\n</details>");
    }

    @Test
    void the_summary_details_no_passed_or_unrun_check() throws IOException {
        String summary = summary();

        assertThat(summary)
                .as("summary.md")
                .doesNotContain("Order history answers are right")
                .doesNotContain("Second read is served from Redis")
                .doesNotContain("not run: the kata did not compile");
        assertThat(summary.split("<details>", -1))
                .as("details blocks, one per failed check")
                .hasSize(3);
    }

    @Test
    void the_summary_shows_why_a_kata_did_not_run_to_the_end() throws IOException {
        assertThat(summary())
                .as("summary.md")
                .contains("### 07-broken: not-compiled\n\n```\nsrc/main/java/lab/broken/App.java:5: ';' expected\n```");
    }

    private JsonNode json() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(output.resolve("report.json")));
    }

    private String summary() throws IOException {
        return Files.readString(output.resolve("summary.md"));
    }
}
