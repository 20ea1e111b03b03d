package lab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a learner reads after a save: the kata's score, then each task that moved. */
class ResultChangesTests {

    @Test
    void a_check_that_now_passes_names_its_task_points_and_id() {
        KataResult before = kata(
                KataStatus.PARTIAL,
                check("orders-content", 1, CheckStatus.PASSED, 3),
                check("statements-constant", 2, CheckStatus.FAILED, 4),
                check("ordering-and-errors", 3, CheckStatus.PASSED, 3));
        KataResult after = kata(
                KataStatus.PASSED,
                check("orders-content", 1, CheckStatus.PASSED, 3),
                check("statements-constant", 2, CheckStatus.PASSED, 4),
                check("ordering-and-errors", 3, CheckStatus.PASSED, 3));

        assertThat(ResultChanges.between(before, after))
                .as("changes from the starter to the fix")
                .containsExactly(
                        "partial 6 / 10 → passed 10 / 10", "task 2: 0 → 4 pts, statements-constant now passes");
    }

    @Test
    void a_fix_that_breaks_another_task_shows_both() {
        KataResult before = kata(
                KataStatus.PARTIAL,
                check("orders-content", 1, CheckStatus.PASSED, 3),
                check("statements-constant", 2, CheckStatus.FAILED, 4));
        KataResult after = kata(
                KataStatus.PARTIAL,
                check("orders-content", 1, CheckStatus.FAILED, 3),
                check("statements-constant", 2, CheckStatus.PASSED, 4));

        assertThat(ResultChanges.between(before, after))
                .as("one task up, one down")
                .containsExactly(
                        "partial 3 / 7 → partial 4 / 7",
                        "task 1: 3 → 0 pts, orders-content now fails",
                        "task 2: 0 → 4 pts, statements-constant now passes");
    }

    @Test
    void checks_of_one_task_are_listed_on_its_line_and_unmoved_checks_are_left_out() {
        KataResult before = kata(
                KataStatus.FAILED,
                check("first", 2, CheckStatus.FAILED, 2),
                check("second", 2, CheckStatus.FAILED, 2),
                check("third", 2, CheckStatus.FAILED, 1));
        KataResult after = kata(
                KataStatus.PARTIAL,
                check("first", 2, CheckStatus.PASSED, 2),
                check("second", 2, CheckStatus.FAILED, 2),
                check("third", 2, CheckStatus.PASSED, 1));

        assertThat(ResultChanges.between(before, after))
                .as("two checks of task 2 pass now")
                .containsExactly(
                        "failed 0 / 5 → partial 3 / 5", "task 2: 0 → 3 pts, first now passes, third now passes");
    }

    @Test
    void a_crash_says_which_checks_did_not_run() {
        KataResult before =
                kata(KataStatus.PASSED, check("a", 1, CheckStatus.PASSED, 3), check("b", 2, CheckStatus.PASSED, 4));
        KataResult after =
                kata(KataStatus.CRASHED, check("a", 1, CheckStatus.PASSED, 3), check("b", 2, CheckStatus.NOT_RUN, 4));

        assertThat(ResultChanges.between(before, after))
                .as("crash in task 2")
                .containsExactly("passed 7 / 7 → crashed 3 / 7", "task 2: 4 → 0 pts, b did not run");
    }

    @Test
    void a_status_change_without_a_point_change_is_still_shown() {
        KataResult before = kata(KataStatus.FAILED, check("a", 1, CheckStatus.FAILED, 3));
        KataResult after = kata(KataStatus.ERRORED, check("a", 1, CheckStatus.ERRORED, 3));

        assertThat(ResultChanges.between(before, after))
                .as("failed, then errored")
                .containsExactly(
                        "failed 0 / 3 → errored 0 / 3", "task 1: 0 pts, a errored (the grader's fault, not yours)");
    }

    @Test
    void the_same_verdict_twice_is_one_line() {
        KataResult result =
                kata(KataStatus.PARTIAL, check("a", 1, CheckStatus.PASSED, 3), check("b", 2, CheckStatus.FAILED, 4));

        assertThat(ResultChanges.between(result, result))
                .as("nothing moved")
                .containsExactly("same verdict, partial 3 / 7");
    }

    private static CheckResult check(String id, int task, CheckStatus status, int max) {
        return new CheckResult(
                id,
                task,
                "title of " + id,
                status,
                status == CheckStatus.PASSED ? max : 0,
                max,
                "",
                CheckFeedback.NONE,
                10,
                Map.of());
    }

    private static KataResult kata(KataStatus status, CheckResult... checks) {
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
                "",
                "",
                "",
                list);
    }
}
