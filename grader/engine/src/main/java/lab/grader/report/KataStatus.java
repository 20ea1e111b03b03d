package lab.grader.report;

/** How a kata came out of grading, as the README's status table explains. */
public enum KataStatus {
    PASSED("passed"),
    PARTIAL("partial"),
    FAILED("failed"),
    NOT_COMPILED("not-compiled"),
    CRASHED("crashed"),
    TIMED_OUT("timed-out");

    private final String label;

    KataStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Classify a kata that ran to the end by its score. */
    public static KataStatus fromScore(int score, int max) {
        if (score == max) {
            return PASSED;
        }
        return score > 0 ? PARTIAL : FAILED;
    }
}
