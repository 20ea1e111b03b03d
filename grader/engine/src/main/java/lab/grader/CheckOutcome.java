package lab.grader;

import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.model.Feedback;
import lab.grader.report.CheckStatus;

/**
 * How one check's body ended, before the engine adds what it knows about the kata's processes.
 *
 * @param feedback the learner's feedback when failed, else null
 * @param message for errored, skipped and timed-out checks: what happened
 */
record CheckOutcome(CheckStatus status, Feedback feedback, String message, Map<String, Object> metrics) {

    /** The same outcome with more metrics after its own. */
    CheckOutcome withMetrics(Map<String, Object> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Object> all = new LinkedHashMap<>(metrics);
        more.forEach(all::putIfAbsent);
        return new CheckOutcome(status, feedback, message, all);
    }

    static CheckOutcome passed(Map<String, Object> metrics) {
        return new CheckOutcome(CheckStatus.PASSED, null, "", metrics);
    }

    static CheckOutcome failed(Feedback feedback, Map<String, Object> metrics) {
        return new CheckOutcome(CheckStatus.FAILED, feedback, "", metrics);
    }

    static CheckOutcome failed(String message) {
        return new CheckOutcome(CheckStatus.FAILED, null, message, Map.of());
    }

    static CheckOutcome errored(String message) {
        return new CheckOutcome(CheckStatus.ERRORED, null, message, Map.of());
    }

    static CheckOutcome skipped(String reason) {
        return new CheckOutcome(CheckStatus.SKIPPED, null, reason, Map.of());
    }
}
