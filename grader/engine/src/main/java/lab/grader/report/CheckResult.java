package lab.grader.report;

import java.util.Map;

/**
 * The result of one check as reports show it.
 *
 * @param points earned: {@code max} when passed, else 0
 * @param max what the check is worth; a skipped check's points leave the kata's maximum
 * @param message empty when passed; otherwise the rendered feedback, or why the check errored, was skipped or did
 *     not run
 * @param feedback the four parts of a failure; {@link CheckFeedback#NONE} otherwise
 * @param metrics the figures the check measured
 */
public record CheckResult(
        String id,
        int task,
        String title,
        CheckStatus status,
        int points,
        int max,
        String message,
        CheckFeedback feedback,
        long durationMs,
        Map<String, Object> metrics) {

    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    /** Whether the check counts towards the kata's maximum: every check but a skipped one. */
    public boolean counts() {
        return status != CheckStatus.SKIPPED;
    }
}
