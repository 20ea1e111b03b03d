package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lab.grader.model.KataDefinition;
import lab.grader.report.CheckFeedback;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import org.junit.jupiter.api.Test;

/** The self-check's own rules: what proves that a check can fail, and what does not. */
class SelfCheckRulesTests {

    private static final KataDefinition KATA = new KataDefinition(
                    "04-batch-writes",
                    "query optimization",
                    "Batch writes",
                    "lab.batchwrites.BatchWritesApplication",
                    1,
                    List.of(),
                    Set.of("round-trips", "big-file"))
            .crashingByDesignIn("big-file");

    @Test
    void a_known_bad_submission_that_fails_its_target_counts() {
        KataResult result = kata(KataStatus.PARTIAL, "", check("round-trips", CheckStatus.FAILED));

        assertThat(SelfCheckRules.knownBadProblems(result, "round-trips", KATA))
                .as("problems")
                .isEmpty();
    }

    @Test
    void a_known_bad_submission_that_does_not_compile_proves_nothing() {
        KataResult result = kata(KataStatus.NOT_COMPILED, "", check("round-trips", CheckStatus.NOT_RUN));

        assertThat(SelfCheckRules.knownBadProblems(result, "round-trips", KATA))
                .as("problems")
                .anySatisfy(problem -> assertThat(problem).contains("ended not-compiled"))
                .anySatisfy(problem -> assertThat(problem).contains("ended not-run, not failed"));
    }

    @Test
    void a_known_bad_submission_whose_target_errored_proves_nothing() {
        KataResult result = kata(KataStatus.ERRORED, "", check("round-trips", CheckStatus.ERRORED));

        assertThat(SelfCheckRules.knownBadProblems(result, "round-trips", KATA))
                .as("problems")
                .anySatisfy(problem -> assertThat(problem).contains("ended errored, not failed"));
    }

    @Test
    void a_known_bad_submission_that_crashes_in_its_target_proves_nothing() {
        KataResult result = kata(KataStatus.CRASHED, "round-trips", check("round-trips", CheckStatus.FAILED));

        assertThat(SelfCheckRules.knownBadProblems(result, "round-trips", KATA))
                .as("problems")
                .singleElement()
                .asString()
                .contains("ended crashed");
    }

    @Test
    void a_known_bad_submission_may_crash_in_the_check_that_crashes_by_design() {
        KataResult result = kata(KataStatus.CRASHED, "big-file", check("big-file", CheckStatus.FAILED));

        assertThat(SelfCheckRules.knownBadProblems(result, "big-file", KATA))
                .as("problems")
                .isEmpty();
    }

    @Test
    void a_starter_may_crash_only_in_the_check_it_declares() {
        KataResult declared = kata(
                KataStatus.CRASHED,
                "big-file",
                check("round-trips", CheckStatus.FAILED),
                check("big-file", CheckStatus.FAILED));
        KataResult elsewhere = kata(
                KataStatus.CRASHED,
                "round-trips",
                check("round-trips", CheckStatus.FAILED),
                check("big-file", CheckStatus.NOT_RUN));

        assertThat(SelfCheckRules.starterProblems(declared, KATA))
                .as("crash in the declared check")
                .isEmpty();
        assertThat(SelfCheckRules.starterProblems(elsewhere, KATA))
                .as("crash elsewhere")
                .anySatisfy(problem -> assertThat(problem).contains("may crash only in big-file"))
                .anySatisfy(problem ->
                        assertThat(problem).contains("big-file is declared in starterFails but ended" + " not-run"));
    }

    @Test
    void a_starter_that_fails_an_undeclared_check_is_reported() {
        KataResult result = kata(
                KataStatus.PARTIAL,
                "",
                check("round-trips", CheckStatus.FAILED),
                check("big-file", CheckStatus.FAILED),
                check("content", CheckStatus.FAILED));

        assertThat(SelfCheckRules.starterProblems(result, KATA))
                .as("problems")
                .singleElement()
                .asString()
                .contains("did not pass [big-file, content, round-trips]");
    }

    private static KataResult kata(KataStatus status, String stoppedIn, CheckResult... checks) {
        return new KataResult(
                KATA.id(),
                "solutions",
                KATA.slug(),
                KATA.track(),
                KATA.title(),
                status,
                0,
                10,
                0,
                Map.of(),
                "",
                "",
                stoppedIn,
                List.of(checks));
    }

    private static CheckResult check(String id, CheckStatus status) {
        return new CheckResult(id, 1, id, status, 0, 5, status + " message", CheckFeedback.NONE, 0, Map.of());
    }
}
