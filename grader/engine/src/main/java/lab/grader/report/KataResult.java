package lab.grader.report;

import java.util.List;

/**
 * The result of one kata as reports show it.
 *
 * @param tree where the graded code came from: exercises, solutions, or a self-check submission
 * @param message why a kata did not run to the end (compiler error, crash, time-out), else empty
 * @param log the kata's log file, relative to the repository root
 */
public record KataResult(String id, String tree, String slug, String track, String title, String status, int score, int max,
        long durationMs, String message, String log, List<CheckResult> checks) {
}
