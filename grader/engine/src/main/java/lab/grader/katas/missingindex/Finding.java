package lab.grader.katas.missingindex;

import java.util.List;
import java.util.stream.Collectors;
import lab.grader.model.Feedback;

/**
 * One problem a check found, in the parts of a failure message; a check may report several at once (the e-mail
 * lookup and the order list), each pointing at its own hint.
 */
record Finding(String actual, String cause, String next, int hint) {

    /** Fill the message's parts with every finding, one line each; the hint is the first finding's. */
    static Feedback report(Feedback feedback, List<Finding> findings) {
        return feedback.actual(findings.stream().map(Finding::actual).collect(Collectors.joining("\n")))
                .cause(findings.stream().map(Finding::cause).collect(Collectors.joining("\n")))
                .next(findings.stream().map(Finding::next).distinct().collect(Collectors.joining("\n")))
                .hint(findings.getFirst().hint());
    }
}
