package lab.grader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.grader.model.Check;
import lab.grader.model.TaskReference;
import lab.grader.report.CheckFeedback;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataStatus;
import lab.grader.runner.KataProcess;

/**
 * Run a prepared kata's checks one by one, each under the time limit. A check that hangs stops the kata as timed out;
 * a process that died stops it as crashed; the checks after either are not run. A failure whose kata answered with a
 * server error, or died, gets the end of the kata's log.
 */
final class CheckRunner<D> {

    /** What running the checks gave: one result per check, and why the kata stopped early, if it did. */
    record Run(List<CheckResult> results, KataStatus stopped, String stopMessage, String stoppedIn) {}

    private final RunContext run;
    private final PreparedKata<D> kata;

    CheckRunner(RunContext run, PreparedKata<D> kata) {
        this.run = run;
        this.kata = kata;
    }

    Run runAll() throws InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        KataStatus stopped = null;
        String stopMessage = "";
        String stoppedIn = "";
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lab-check-" + kata.source().id());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Check<D> check : kata.grading().checks()) {
                if (stopped != null) {
                    results.add(KataResults.notRun(check, stopMessage));
                    continue;
                }
                long begin = System.nanoTime();
                CheckOutcome outcome = runOne(executor, check);
                if (outcome == null) {
                    stopped = KataStatus.TIMED_OUT;
                    stoppedIn = check.id();
                    stopMessage = "The check \"" + check.title() + "\" did not finish within "
                            + timeLimit(check).toSeconds() + " s: the kata stopped answering (an endless"
                            + " loop, a deadlock, or a request waiting for a connection that never comes?).\n"
                            + logTail(kata.processes().getFirst());
                    outcome = CheckOutcome.failed(stopMessage);
                }
                String message = message(check, outcome);
                if (outcome.status() != CheckStatus.PASSED) {
                    awaitSilentInstances();
                    if (outcome.feedback() != null && outcome.feedback().kataServerError()) {
                        message += "\n" + logTail(kata.processes().getFirst());
                    }
                }
                KataProcess dead = kata.processes().stream()
                        .filter(p -> !p.isAlive())
                        .findFirst()
                        .orElse(null);
                CheckStatus status = outcome.status();
                if (dead != null && stopped == null) {
                    stopped = KataStatus.CRASHED;
                    stoppedIn = check.id();
                    stopMessage = "The kata process " + dead.exitDescription() + " during \"" + check.title() + "\".\n"
                            + logTail(dead);
                    message = status == CheckStatus.PASSED ? stopMessage : message + "\n\n" + stopMessage;
                    status = CheckStatus.FAILED;
                }
                results.add(new CheckResult(
                        check.id(),
                        check.task(),
                        check.title(),
                        status,
                        status == CheckStatus.PASSED ? check.points() : 0,
                        check.points(),
                        message,
                        feedback(check, outcome),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin),
                        outcome.metrics()));
            }
        } finally {
            executor.shutdownNow();
        }
        return new Run(results, stopped, stopMessage, stoppedIn);
    }

    /** Run the check on the executor; null when it did not finish in time. */
    private CheckOutcome runOne(ExecutorService executor, Check<D> check) throws InterruptedException {
        RunningKata forCheck = kata.running().forCheck(check.id());
        Future<CheckOutcome> future = executor.submit(() -> CheckOutcomes.run(check, forCheck, kata.data()));
        try {
            // What the server was sent beside what the probe saw, in every check's metrics (decision 0012).
            return future.get(timeLimit(check).toMillis(), TimeUnit.MILLISECONDS)
                    .withMetrics(forCheck.sql().comparisonMetrics());
        } catch (TimeoutException e) {
            future.cancel(true);
            return null;
        } catch (ExecutionException e) {
            return CheckOutcomes.classify(check, e.getCause());
        }
    }

    private Duration timeLimit(Check<D> check) {
        return run.checkTimeout().multipliedBy(check.timeLimitFactor());
    }

    private String message(Check<D> check, CheckOutcome outcome) {
        return switch (outcome.status()) {
            case PASSED -> "";
            case FAILED -> outcome.feedback() != null ? outcome.feedback().render(reference(check)) : outcome.message();
            case ERRORED -> "Grader error: " + outcome.message();
            case SKIPPED -> "Skipped: " + outcome.message();
            case NOT_RUN -> "Not run: " + outcome.message();
        };
    }

    private CheckFeedback feedback(Check<D> check, CheckOutcome outcome) {
        if (outcome.feedback() == null) {
            return CheckFeedback.NONE;
        }
        var parts = outcome.feedback().parts(reference(check));
        return new CheckFeedback(parts.what(), parts.expected(), parts.actual(), parts.cause(), parts.next());
    }

    private TaskReference reference(Check<D> check) {
        return TaskReference.of(kata.grading().definition(), check.task());
    }

    private String logTail(KataProcess process) {
        return "Last lines of its log (" + run.relative(process.logFile()) + "):\n" + process.logTail();
    }

    // A JVM that ran out of memory breaks its connections a moment before it exits: when a failed check leaves a
    // probe silent, give its process time to go, so the kata is reported as crashed and not merely failing.
    private void awaitSilentInstances() throws InterruptedException {
        List<KataProcess> processes = kata.processes();
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).isAlive()
                    && !kata.running().instances().get(i).sql().answers()) {
                processes.get(i).awaitExit(Duration.ofSeconds(5));
            }
        }
    }
}
