package lab.grader.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a check with the figures it measured, so that a starter and a reference can be compared from the
 * reports alone.
 */
public record Verdict(boolean passed, String message, Map<String, Object> metrics) {

    public static Verdict pass(Map<String, Object> metrics) {
        return new Verdict(true, "", new LinkedHashMap<>(metrics));
    }

    public static Verdict pass() {
        return pass(Map.of());
    }

    public static Verdict fail(Feedback feedback, Map<String, Object> metrics) {
        return new Verdict(false, feedback.toString(), new LinkedHashMap<>(metrics));
    }
}
