package lab.grader.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a kata came out of grading, as the README's status table explains. */
public enum KataStatus {
    PASSED("passed"),
    PARTIAL("partial"),
    FAILED("failed"),
    NOT_COMPILED("not-compiled"),
    CRASHED("crashed"),
    TIMED_OUT("timed-out"),
    /** A check errored: the grader or the environment broke, so the score says nothing about the kata. */
    ERRORED("errored");

    private final String label;

    KataStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static KataStatus fromLabel(String label) {
        return Arrays.stream(values())
                .filter(status -> status.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No kata status " + label));
    }

    /** Classify a kata that ran to the end by its score. */
    public static KataStatus fromScore(int score, int max) {
        if (score == max) {
            return PASSED;
        }
        return score > 0 ? PARTIAL : FAILED;
    }

    @Override
    public String toString() {
        return label;
    }
}
