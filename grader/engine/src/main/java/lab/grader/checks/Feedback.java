package lab.grader.checks;

/**
 * Write a failure message in the four parts a learner needs: what was checked, expected versus actual with the
 * live state, the likely cause, and the next step.
 */
public final class Feedback {

    private final String what;
    private String expected = "";
    private String actual = "";
    private String cause = "";
    private String next = "";

    private Feedback(String what) {
        this.what = what;
    }

    public static Feedback check(String what) {
        return new Feedback(what);
    }

    public Feedback expected(String text) {
        this.expected = text;
        return this;
    }

    public Feedback actual(String text) {
        this.actual = text;
        return this;
    }

    public Feedback cause(String text) {
        this.cause = text;
        return this;
    }

    public Feedback next(String text) {
        this.next = text;
        return this;
    }

    public CheckFailure failure() {
        return new CheckFailure(this);
    }

    public CheckFailure failure(java.util.Map<String, Object> metrics) {
        return new CheckFailure(this, metrics);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(what);
        line(text, "Expected:     ", expected);
        line(text, "But was:      ", actual);
        line(text, "Likely cause: ", cause);
        line(text, "Next:         ", next);
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (!value.isBlank()) {
            text.append('\n').append(label).append(value.replace("\n", "\n" + " ".repeat(label.length())));
        }
    }
}
