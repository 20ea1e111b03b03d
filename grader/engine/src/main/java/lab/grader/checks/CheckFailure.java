package lab.grader.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by a check that found the kata wanting; carries the feedback and the figures measured so far. */
public final class CheckFailure extends Exception {

    private final transient Map<String, Object> metrics;

    public CheckFailure(Feedback feedback, Map<String, Object> metrics) {
        super(feedback.toString(), null, false, false);
        this.metrics = new LinkedHashMap<>(metrics);
    }

    public CheckFailure(Feedback feedback) {
        this(feedback, Map.of());
    }

    public Verdict verdict() {
        return new Verdict(false, getMessage(), metrics);
    }
}
