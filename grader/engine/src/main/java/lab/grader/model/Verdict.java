package lab.grader.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A passed check with the figures it measured, so that a starter and a reference can be compared from the reports
 * alone. A check that does not pass throws instead: {@link CheckFailure} (the learner's) or {@link CheckSkipped}.
 */
public record Verdict(Map<String, Object> metrics) {

    public static Verdict pass(Map<String, Object> metrics) {
        return new Verdict(new LinkedHashMap<>(metrics));
    }

    public static Verdict pass() {
        return pass(Map.of());
    }
}
