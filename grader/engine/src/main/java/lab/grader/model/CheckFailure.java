package lab.grader.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by a check that found the kata wanting: the learner's failure, with the feedback and the figures measured
 * so far. Anything else a check throws is the grader's or the environment's fault and is reported as errored.
 */
public final class CheckFailure extends Exception {

    private final transient Feedback feedback;
    private final transient Map<String, Object> metrics;

    public CheckFailure(Feedback feedback, Map<String, Object> metrics) {
        super(feedback.toString(), null, false, false);
        this.feedback = feedback;
        this.metrics = new LinkedHashMap<>(metrics);
    }

    public CheckFailure(Feedback feedback) {
        this(feedback, Map.of());
    }

    public Feedback feedback() {
        return feedback;
    }

    public Map<String, Object> metrics() {
        return metrics;
    }
}
