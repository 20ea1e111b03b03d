package lab.grader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.report.CheckFeedback;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.KataSource;

/** Build a kata's result: one place decides its status, score and maximum from its checks. */
final class KataResults {

    private KataResults() {}

    /** A kata whose checks ran (to the end, or until it crashed or hung). */
    static KataResult ran(
            KataSource source, KataGrading<?> grading, CheckRunner.Run run, PhaseClock clock, String log) {
        int score = run.results().stream().mapToInt(CheckResult::points).sum();
        int max = maximum(run.results());
        KataStatus status;
        if (run.stopped() != null) {
            status = run.stopped();
        } else if (run.results().stream().anyMatch(c -> c.status() == CheckStatus.ERRORED)) {
            status = KataStatus.ERRORED;
        } else {
            status = KataStatus.fromScore(score, max);
        }
        return result(
                source, grading, status, score, max, clock, run.stopMessage(), log, run.stoppedIn(), run.results());
    }

    /** A kata that never reached its checks: it did not compile, start, or could not be set up. */
    static <D> KataResult stoppedBeforeChecks(
            KataSource source,
            KataGrading<D> grading,
            KataStatus status,
            String message,
            String log,
            PhaseClock clock) {
        List<CheckResult> checks = new ArrayList<>();
        for (Check<D> check : grading.checks()) {
            checks.add(notRun(check, message));
        }
        return result(source, grading, status, 0, maximum(checks), clock, message, log, "", checks);
    }

    static <D> CheckResult notRun(Check<D> check, String reason) {
        return new CheckResult(
                check.id(),
                check.task(),
                check.title(),
                CheckStatus.NOT_RUN,
                0,
                check.points(),
                "Not run: " + reason.lines().findFirst().orElse(reason),
                CheckFeedback.NONE,
                0,
                Map.of());
    }

    // Skipped checks cannot be earned in this service mode: their points leave the maximum.
    private static int maximum(List<CheckResult> checks) {
        return checks.stream()
                .filter(CheckResult::counts)
                .mapToInt(CheckResult::max)
                .sum();
    }

    private static KataResult result(
            KataSource source,
            KataGrading<?> grading,
            KataStatus status,
            int score,
            int max,
            PhaseClock clock,
            String message,
            String log,
            String stoppedIn,
            List<CheckResult> checks) {
        KataDefinition definition = grading.definition();
        return new KataResult(
                source.id(),
                source.tree(),
                source.slug(),
                definition.track(),
                definition.title(),
                status,
                score,
                max,
                clock.totalMillis(),
                clock.phases(),
                message,
                log,
                stoppedIn,
                checks);
    }
}
