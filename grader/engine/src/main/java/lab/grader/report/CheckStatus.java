package lab.grader.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How one check came out. Only {@link #FAILED} is the learner's; {@link #ERRORED} is the grader's or the machine's. */
public enum CheckStatus {
    /** The kata did what the check asks. */
    PASSED("passed"),
    /** The kata did the wrong thing; the feedback says what to change. */
    FAILED("failed"),
    /** The grader broke, or a service vanished under it: not the learner's fault, reported apart. */
    ERRORED("errored"),
    /** The check cannot run in this service mode; its points leave the maximum. */
    SKIPPED("skipped"),
    /** The kata never got that far: it did not compile, or it crashed or hung in an earlier check. */
    NOT_RUN("not-run");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static CheckStatus fromLabel(String label) {
        return Arrays.stream(values())
                .filter(status -> status.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No check status " + label));
    }
}
