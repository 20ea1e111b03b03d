package lab.grader.model;

import java.util.Map;

/**
 * Write a failure message in the four parts a learner needs: what was checked, expected versus actual with the
 * live state, the likely cause, and the next step. The next step ends with a pointer into the kata's README
 * ("task 2 of exercises/01-n-plus-one/README.md, hint 1"), which the engine renders from the check's own task, so
 * a check names a hint by number and never spells out the README's path.
 */
public final class Feedback {

    private final String what;
    private String expected = "";
    private String actual = "";
    private String cause = "";
    private String next = "";
    private int hint;
    private boolean kataServerError;

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

    /** Point the next step at hint {@code number} of the check's task in the kata's README. */
    public Feedback hint(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Hints are numbered from 1, was " + number);
        }
        this.hint = number;
        return this;
    }

    /** Mark that the kata answered with a server error, so the report shows the end of its log beside this. */
    public Feedback kataServerError(boolean value) {
        this.kataServerError = value;
        return this;
    }

    public boolean kataServerError() {
        return kataServerError;
    }

    public int hint() {
        return hint;
    }

    public CheckFailure failure() {
        return new CheckFailure(this);
    }

    public CheckFailure failure(Map<String, Object> metrics) {
        return new CheckFailure(this, metrics);
    }

    /** The four parts, with the next step pointing into the README of the check's task. */
    public Parts parts(TaskReference task) {
        return new Parts(what, expected, actual, cause, nextStep(task));
    }

    /** Render the four parts as the console and the reports show them. */
    public String render(TaskReference task) {
        return parts(task).toString();
    }

    private String nextStep(TaskReference task) {
        if (task == null) {
            return next;
        }
        String pointer = task.describe(hint);
        return next.isBlank() ? pointer : next + " -- " + pointer;
    }

    @Override
    public String toString() {
        return render(null);
    }

    /**
     * The four parts of a failure, as {@code report.json} carries them.
     *
     * @param what the rule that was checked, in a sentence
     * @param expected what the rule asks for
     * @param actual what the kata did, with the live state
     * @param cause the likely cause
     * @param next what to change, ending with the README task (and hint) to read
     */
    public record Parts(String what, String expected, String actual, String cause, String next) {

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
}
