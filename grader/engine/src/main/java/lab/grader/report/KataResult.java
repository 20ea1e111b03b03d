package lab.grader.report;

import java.util.List;
import java.util.Map;

/**
 * The result of one kata as reports show it.
 *
 * @param tree where the graded code came from: exercises, solutions, or a self-check submission
 * @param phasesMs milliseconds spent compiling, starting, seeding and checking
 * @param message why a kata did not run to the end (compiler error, crash, time-out), else empty
 * @param log the kata's log file, relative to the repository root
 * @param stoppedIn the id of the check during which the kata crashed or hung, else empty
 */
public record KataResult(
        String id,
        String tree,
        String slug,
        String track,
        String title,
        KataStatus status,
        int score,
        int max,
        long durationMs,
        Map<String, Long> phasesMs,
        String message,
        String log,
        String stoppedIn,
        List<CheckResult> checks) {}
