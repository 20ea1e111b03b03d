package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import lab.grader.report.CheckFeedback;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch loop with grades and saves made up: what it grades when, what it reports, and when it stops. */
class KataWatcherTests {

    private static final Path REPOSITORY = Path.of("src/main/java/lab/nplusone/OrderHistoryRepository.java");
    private static final Duration GRADE_TAKES = Duration.ofSeconds(2);

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<KataResult> reported = new ArrayList<>();
    private PrintStream original;

    @BeforeEach
    void captureConsole() {
        original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(original);
    }

    @Test
    void each_save_is_graded_and_reported_and_an_idle_hour_ends_the_watch_with_the_last_verdict()
            throws InterruptedException {
        ScriptedFileEvents events =
                new ScriptedFileEvents().at(Duration.ofMinutes(1), REPOSITORY).at(Duration.ofMinutes(2), REPOSITORY);
        Grades grades = new Grades(events, starter(), fixed(), fixed());

        KataResult last = watcher(events, grades).watch();

        assertThat(grades.given).as("grades: the first, then one per save").isEqualTo(3);
        assertThat(reported).as("reports written, one per grade").hasSize(3);
        assertThat(last).as("the result returned").isSameAs(reported.getLast());
        assertThat(output())
                .as("console")
                .contains("Since the last grade: partial 6 / 10 → passed 10 / 10")
                .contains("  task 2: 0 → 4 pts, statements-constant now passes")
                .contains("Since the last grade: same verdict, passed 10 / 10")
                .contains("No save for an hour: watching stopped.");
    }

    @Test
    void the_hour_counts_from_the_last_verdict_not_from_the_start() throws InterruptedException {
        ScriptedFileEvents events =
                new ScriptedFileEvents().at(Duration.ofMinutes(50), REPOSITORY).at(Duration.ofMinutes(100), REPOSITORY);
        Grades grades = new Grades(events, starter(), starter(), fixed());

        watcher(events, grades).watch();

        assertThat(grades.given).as("grades, with saves 50 minutes apart").isEqualTo(3);
    }

    @Test
    void a_compile_error_shows_its_message_and_the_next_verdict_is_compared_with_the_last_that_compiled()
            throws InterruptedException {
        ScriptedFileEvents events =
                new ScriptedFileEvents().at(Duration.ofMinutes(1), REPOSITORY).at(Duration.ofMinutes(2), REPOSITORY);
        Grades grades = new Grades(events, starter(), notCompiled(), fixed());

        watcher(events, grades).watch();

        assertThat(output())
                .as("console")
                .contains("First error: src/main/java/lab/nplusone/OrderHistoryRepository.java:42: ';' expected")
                .contains("The verdict before stands until it compiles: partial 6 / 10.")
                .contains("Since the last grade: partial 6 / 10 → passed 10 / 10")
                .doesNotContain("not-compiled 0 / 10 →");
        assertThat(reported.get(1).status()).as("the report of the broken save").isEqualTo(KataStatus.NOT_COMPILED);
    }

    @Test
    void a_grade_cut_short_by_ctrl_c_is_neither_reported_nor_returned() throws InterruptedException {
        ScriptedFileEvents events = new ScriptedFileEvents().at(Duration.ofMinutes(1), REPOSITORY);
        KataResult crashedByTheStop = kata(
                KataStatus.CRASHED,
                "The kata did not start: the kata process exited with code 137 before it was ready.",
                check("orders-content", 1, CheckStatus.NOT_RUN, 3, "Not run"));
        Grades grades = new Grades(events, starter(), crashedByTheStop);
        grades.stopsAfter = 2;

        KataResult last = watcher(events, grades).watch();

        assertThat(reported).as("reports: the first grade only").hasSize(1);
        assertThat(last.status()).as("the result returned").isEqualTo(KataStatus.PARTIAL);
        assertThat(output()).as("console").doesNotContain("code 137");
    }

    @Test
    void the_first_failing_check_is_shown_in_full_after_each_grade() throws InterruptedException {
        ScriptedFileEvents events = new ScriptedFileEvents();
        Grades grades = new Grades(events, starter());

        watcher(events, grades).watch();

        assertThat(output())
                .as("console")
                .contains("Next to fix: task 2 · SQL statements do not grow (statements-constant)\n"
                        + "193 statements for 50 orders");
    }

    private KataWatcher watcher(ScriptedFileEvents events, Grades grades) {
        SourceWatch saves = new SourceWatch(events, new Debouncer(SourceWatch.QUIET, SourceWatch.LONGEST), events::now);
        return new KataWatcher(
                "exercises/01-n-plus-one/src/main",
                saves,
                grades::next,
                reported::add,
                Duration.ofHours(1),
                events::now,
                () -> grades.given == grades.stopsAfter);
    }

    private String output() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** The results the made-up grades give, in turn; each takes a while on the scripted clock. */
    private static final class Grades {
        private final ScriptedFileEvents events;
        private final Deque<KataResult> results;
        private int given;
        // The grade during which Ctrl-C comes; none by default.
        private int stopsAfter = -1;

        Grades(ScriptedFileEvents events, KataResult... results) {
            this.events = events;
            this.results = new ArrayDeque<>(List.of(results));
        }

        KataResult next() {
            events.pass(GRADE_TAKES);
            given++;
            return results.size() > 1 ? results.poll() : results.peek();
        }
    }

    private static KataResult starter() {
        return kata(
                KataStatus.PARTIAL,
                "",
                check("orders-content", 1, CheckStatus.PASSED, 3, ""),
                check("statements-constant", 2, CheckStatus.FAILED, 4, "193 statements for 50 orders"),
                check("ordering-and-errors", 3, CheckStatus.PASSED, 3, ""));
    }

    private static KataResult fixed() {
        return kata(
                KataStatus.PASSED,
                "",
                check("orders-content", 1, CheckStatus.PASSED, 3, ""),
                check("statements-constant", 2, CheckStatus.PASSED, 4, ""),
                check("ordering-and-errors", 3, CheckStatus.PASSED, 3, ""));
    }

    private static KataResult notCompiled() {
        String message = "The kata did not compile, so none of its checks could run.\nFirst error:"
                + " src/main/java/lab/nplusone/OrderHistoryRepository.java:42: ';' expected";
        return kata(
                KataStatus.NOT_COMPILED,
                message,
                check("orders-content", 1, CheckStatus.NOT_RUN, 3, "Not run"),
                check("statements-constant", 2, CheckStatus.NOT_RUN, 4, "Not run"),
                check("ordering-and-errors", 3, CheckStatus.NOT_RUN, 3, "Not run"));
    }

    private static CheckResult check(String id, int task, CheckStatus status, int max, String message) {
        String title = id.equals("statements-constant") ? "SQL statements do not grow" : "title of " + id;
        return new CheckResult(
                id,
                task,
                title,
                status,
                status == CheckStatus.PASSED ? max : 0,
                max,
                message,
                CheckFeedback.NONE,
                10,
                Map.of());
    }

    private static KataResult kata(KataStatus status, String message, CheckResult... checks) {
        List<CheckResult> list = List.of(checks);
        return new KataResult(
                "01-n-plus-one",
                "exercises",
                "n-plus-one",
                "sql",
                "N+1 queries",
                status,
                list.stream().mapToInt(CheckResult::points).sum(),
                list.stream().mapToInt(CheckResult::max).sum(),
                1000,
                Map.of(),
                message,
                "",
                "",
                list);
    }
}
