package lab.grader.report;

import java.util.Map;

/**
 * The result of one check as reports show it.
 *
 * @param status {@code passed}, {@code failed}, or {@code not-run} when the kata never got that far
 * @param message empty when passed; otherwise the four-part feedback
 * @param metrics the figures the check measured
 */
public record CheckResult(
        String id,
        int task,
        String title,
        String status,
        int points,
        int max,
        String message,
        Map<String, Object> metrics) {

    public boolean passed() {
        return status.equals("passed");
    }
}
