package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lab.grader.Lab;
import lab.grader.katas.Gradings;
import lab.grader.model.KataGrading;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.KataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prove that a broken kata costs only its own points and says why: fixture copies of the N+1 reference that do not
 * compile, exit, crash or hang each get the right status and message, leave their files untouched, and the next kata
 * is still graded.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class KataStatusSelfCheckTests {

    private static final String BASE = "01-n-plus-one";

    @Test
    void a_kata_that_does_not_compile_is_not_compiled_with_the_first_error(Lab lab) {
        KataResult result = gradeFixture(lab, "does-not-compile");

        assertThat(result.status()).as("status").isEqualTo(KataStatus.NOT_COMPILED);
        assertThat(result.message())
                .as("message names the file, line and error")
                .contains("OrderHistoryController.java:37")
                .contains("cannot find symbol");
        assertThat(result.checks())
                .as("every check is reported as not run")
                .allMatch(c -> c.status() == CheckStatus.NOT_RUN);
        assertThat(result.score()).as("score").isZero();
        assertThat(SelfCheckRules.knownBadProblems(
                        result, "statements-constant", Gradings.forKata(BASE).definition()))
                .as("the self-check's verdict on this kata as a known-bad submission: it proves nothing")
                .isNotEmpty();
    }

    @Test
    void a_kata_that_exits_at_start_up_is_crashed_with_its_exit_code(Lab lab) {
        KataResult result = gradeFixture(lab, "exits-at-start-up");

        assertThat(result.status()).as("status").isEqualTo(KataStatus.CRASHED);
        assertThat(result.message())
                .as("message")
                .contains("exited with code 3")
                .contains("Last lines of its log");
    }

    @Test
    void a_kata_that_fails_to_start_is_crashed_with_the_cause_from_its_log(Lab lab) {
        KataResult result = gradeFixture(lab, "crashes-at-start-up");

        assertThat(result.status()).as("status").isEqualTo(KataStatus.CRASHED);
        assertThat(result.message())
                .as("message shows the log tail with the cause")
                .contains("exited with code 1")
                .contains("IllegalStateException");
        assertThat(SelfCheckRules.knownBadProblems(
                        result, "statements-constant", Gradings.forKata(BASE).definition()))
                .as("the self-check's verdict on this kata as a known-bad submission: it proves nothing")
                .isNotEmpty();
    }

    @Test
    void a_kata_that_hangs_in_a_handler_times_out_and_the_next_kata_is_still_graded(Lab lab) {
        KataResult hung = gradeFixture(lab, "hangs-in-handler");

        assertThat(hung.status()).as("status of the hanging kata").isEqualTo(KataStatus.TIMED_OUT);
        assertThat(hung.message()).as("message").contains("did not finish within");
        assertThat(hung.checks())
                .extracting(CheckResult::status)
                .as("the hung check fails, the rest are not run")
                .containsExactly(CheckStatus.FAILED, CheckStatus.NOT_RUN, CheckStatus.NOT_RUN);

        KataGrading<?> next = Gradings.forKata("06-cache-aside");
        KataResult after = lab.grade(
                KataSource.of(
                        "solutions", lab.settings().root().resolve("solutions").resolve("06-cache-aside")),
                next);
        assertThat(after.status())
                .as("the kata graded after the hang: %s", after.message())
                .isEqualTo(KataStatus.PASSED);
    }

    private static KataResult gradeFixture(Lab lab, String fixture) {
        KataSource reference = KataSource.of(
                "solutions", lab.settings().root().resolve("solutions").resolve(BASE));
        Path scratch =
                lab.settings().labDirectory().resolve("selfcheck/fixtures").resolve(fixture);
        KataSource broken = Overlays.apply(
                reference, Overlays.TEST_ROOT.resolve("fixtures").resolve(fixture), scratch, "fixture-" + fixture);
        String before = FolderDigest.of(scratch);

        KataResult result = lab.grade(broken, Gradings.forKata(BASE));

        assertThat(FolderDigest.of(scratch))
                .as("the graded folder is byte for byte as it was")
                .isEqualTo(before);
        return result;
    }
}
