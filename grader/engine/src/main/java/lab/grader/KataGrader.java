package lab.grader;

import java.util.List;
import lab.grader.model.KataGrading;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.CompileOutcome;
import lab.grader.runner.KataCompiler;
import lab.grader.runner.KataSource;
import lab.grader.runner.KataStartFailure;

/**
 * Grade one kata from source to score: compile it, prepare it (database, Redis, fixtures, processes, seed), run its
 * checks, and take it down. Whatever the kata does, the result is a status and a message; nothing escapes to other
 * katas.
 */
final class KataGrader {

    private static final int MORE_ERRORS_SHOWN = 3;

    private final RunContext run;

    KataGrader(RunContext run) {
        this.run = run;
    }

    <D> KataResult grade(KataSource source, KataGrading<D> grading) {
        PhaseClock clock = new PhaseClock();
        CompileOutcome compiled =
                KataCompiler.compile(source, run.workDirectory(source).resolve("classes"));
        clock.mark("compile");
        if (!compiled.compiled()) {
            return KataResults.stoppedBeforeChecks(
                    source, grading, KataStatus.NOT_COMPILED, notCompiledMessage(compiled), "", clock);
        }
        try (PreparedKata<D> kata = new PreparedKata<>(run, source, grading, compiled)) {
            try {
                kata.start();
                clock.mark("start");
                kata.seed();
                clock.mark("seed");
                CheckRunner.Run checks = new CheckRunner<>(run, kata).runAll();
                clock.mark("checks");
                return KataResults.ran(source, grading, checks, clock, run.relative(kata.firstLog()));
            } catch (KataStartFailure failure) {
                KataStatus status =
                        failure.kind() == KataStartFailure.Kind.TIMED_OUT ? KataStatus.TIMED_OUT : KataStatus.CRASHED;
                String log = run.relative(failure.logFile());
                String message = "The kata did not start: " + failure.getMessage() + ".\nLast lines of its log (" + log
                        + "):\n" + failure.logTail();
                return KataResults.stoppedBeforeChecks(source, grading, status, message, log, clock);
            } catch (PreparedKata.PreparationError e) {
                String log = run.relative(kata.firstLog());
                String message = "The grader could not prepare the kata: " + e.getMessage()
                        + (kata.processes().isEmpty()
                                ? ""
                                : ".\nLast lines of its log (" + log + "):\n"
                                        + kata.processes().getFirst().logTail());
                return KataResults.stoppedBeforeChecks(source, grading, KataStatus.ERRORED, message, log, clock);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Grading was interrupted", e);
        }
    }

    private static String notCompiledMessage(CompileOutcome compiled) {
        List<String> errors = compiled.errors();
        StringBuilder message = new StringBuilder(
                        "The kata did not compile, so none of its checks could run.\nFirst error: ")
                .append(compiled.firstError());
        // Maven no longer compiles the katas (decision 0002), so the next few errors are shown here.
        errors.stream()
                .skip(1)
                .limit(MORE_ERRORS_SHOWN)
                .forEach(error -> message.append("\nThen: ").append(error));
        if (errors.size() > 1 + MORE_ERRORS_SHOWN) {
            message.append("\n(").append(errors.size()).append(" errors in all; your IDE shows every one.)");
        }
        return message.toString();
    }
}
