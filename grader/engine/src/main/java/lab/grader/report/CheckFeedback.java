package lab.grader.report;

/**
 * The four parts of a failed check's feedback, as {@code report.json} carries them beside the rendered message, so
 * that tools can show them apart.
 */
public record CheckFeedback(String what, String expected, String actual, String cause, String next) {

    public static final CheckFeedback NONE = new CheckFeedback("", "", "", "", "");
}
