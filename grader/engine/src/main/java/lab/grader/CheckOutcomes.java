package lab.grader;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import lab.grader.model.Check;
import lab.grader.model.CheckFailure;
import lab.grader.model.CheckSkipped;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.probes.UnseenSqlWork;
import tools.jackson.core.JacksonException;

/**
 * Run one check's body and say whose fault its end was. A {@link CheckFailure} is the learner's; so is an answer the
 * grader could not read (no reply, a reset connection, a body that is not JSON). The grader's own exceptions and a
 * database or Redis that failed under the grader are errored: not the learner's fault.
 */
final class CheckOutcomes {

    private CheckOutcomes() {}

    static <D> CheckOutcome run(Check<D> check, KataRun kata, D data) {
        try {
            return CheckOutcome.passed(check.body().run(kata, data).metrics());
        } catch (CheckFailure failure) {
            return CheckOutcome.failed(failure.feedback(), failure.metrics());
        } catch (CheckSkipped skipped) {
            return CheckOutcome.skipped(skipped.reason());
        } catch (Exception | AssertionError e) {
            if (Thread.currentThread().isInterrupted()) {
                return CheckOutcome.errored("the check was stopped: " + e);
            }
            return classify(check, e);
        }
    }

    static CheckOutcome classify(Check<?> check, Throwable e) {
        UnseenSqlWork unseen = cause(e, UnseenSqlWork.class);
        if (unseen != null) {
            // The kata's: it ran SQL the probe could not count, so the check's own count would be wrong.
            return CheckOutcome.failed(
                    Feedback.check(unseen.what())
                            .expected(unseen.expected())
                            .actual(unseen.actual())
                            .cause(unseen.cause())
                            .next(unseen.next()),
                    Map.of());
        }
        if (causedBy(e, SQLException.class) || e.getClass().getName().startsWith("redis.clients.")) {
            return CheckOutcome.errored(
                    "the check \"" + check.title() + "\" lost its connection to PostgreSQL or Redis: " + e
                            + ". This is not your code's fault: the grader's services failed under it.");
        }
        if (causedBy(e, IOException.class)) {
            return CheckOutcome.failed("The check \"" + check.title() + "\" got no usable answer from the kata: " + e
                    + "\nLikely cause: the kata closed the connection or stopped answering; its log under"
                    + " target/lab/logs/ says why.");
        }
        if (causedBy(e, JacksonException.class)) {
            return CheckOutcome.failed("The check \"" + check.title()
                    + "\" could not read the kata's answer as the JSON" + " the README describes: " + e.getMessage());
        }
        return CheckOutcome.errored("the grader broke while running \"" + check.title() + "\": " + e + " at "
                + topFrame(e) + ". This is not your code's fault; please report it with target/lab/report.json and"
                + " the seed.");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String topFrame(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length == 0 ? "(no stack trace)" : frames[0].toString();
    }
}
