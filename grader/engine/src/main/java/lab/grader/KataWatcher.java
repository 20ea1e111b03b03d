package lab.grader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.JUnitReport;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.report.LabReport;
import lab.grader.report.ReportWriter;
import lab.grader.report.ResultChanges;
import lab.grader.runner.KataSource;

/**
 * Grade one kata, then again after every save in its {@code src/main}, on the services of the run, which stay up:
 * each grade compiles in this JVM, starts the kata's JVMs afresh and seeds them with the run's seed, so two grades
 * of the same code agree. After each grade it rewrites the reports and says what changed since the last grade that
 * compiled. It stops after an hour without a save; Ctrl-C stops it at any time, and the shutdown hooks of
 * {@link Lab} and the kata processes take everything down.
 */
final class KataWatcher {

    static final Duration IDLE = Duration.ofHours(1);

    private final String folder;
    private final SourceWatch saves;
    private final Supplier<KataResult> grade;
    private final Consumer<KataResult> reports;
    private final Duration idle;
    private final LongSupplier clock;
    private final BooleanSupplier stopping;

    KataWatcher(
            String folder,
            SourceWatch saves,
            Supplier<KataResult> grade,
            Consumer<KataResult> reports,
            Duration idle,
            LongSupplier clock,
            BooleanSupplier stopping) {
        this.folder = folder;
        this.saves = saves;
        this.grade = grade;
        this.reports = reports;
        this.idle = idle;
        this.clock = clock;
        this.stopping = stopping;
    }

    /** Watch a kata of the run; {@code grade} grades it once, {@code report} is the run's report of that grade. */
    static KataResult watch(RunContext run, KataSource source, Supplier<KataResult> grade, Supplier<LabReport> report)
            throws InterruptedException {
        Path sources = source.moduleDir().resolve("src/main");
        Path reportDirectory = run.settings().labDirectory();
        Consumer<KataResult> writeReports = graded -> {
            LabReport written = report.get();
            ReportWriter.write(written, reportDirectory);
            JUnitReport.write(written, reportDirectory.resolve("junit"));
        };
        // Ctrl-C stops the kata's JVMs under a grade that is still running: what it then finds is no verdict.
        AtomicBoolean stopping = new AtomicBoolean();
        Thread hook = new Thread(() -> stopping.set(true), "lab-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (SourceWatch watch = SourceWatch.open(run.settings().watch(), sources)) {
            return new KataWatcher(
                            run.relative(sources), watch, grade, writeReports, IDLE, System::nanoTime, stopping::get)
                    .watch();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down.
            }
        }
    }

    /** Grade until an idle period passes without a save; return the last result. */
    KataResult watch() throws InterruptedException {
        KataResult last = grade.get();
        reports.accept(last);
        tell(null, last);
        KataResult compiled = last.status() == KataStatus.NOT_COMPILED ? null : last;
        boolean first = true;
        while (true) {
            Console.say(
                    first
                            ? "Watching " + folder + ": save a file to grade again. Ctrl-C stops (so does "
                                    + describe(idle) + " without a save)."
                            : "Watching for the next save.");
            first = false;
            Optional<Debouncer.Save> save = saves.next(clock.getAsLong() + idle.toNanos());
            if (save.isEmpty()) {
                Console.say("No save for " + describe(idle) + ": watching stopped.");
                return last;
            }
            Console.say("Saved " + names(save.get().files()) + ": grading again ...");
            KataResult next = grade.get();
            if (stopping.getAsBoolean()) {
                return last;
            }
            last = next;
            reports.accept(last);
            tell(compiled, last);
            Console.say(String.format(
                    Locale.ROOT,
                    "Verdict %.1f s after the save was noticed.",
                    (clock.getAsLong() - save.get().firstSeenNanos()) / 1e9));
            if (last.status() != KataStatus.NOT_COMPILED) {
                compiled = last;
            }
        }
    }

    // What a learner needs after a grade: what moved, then what to do next.
    private static void tell(KataResult before, KataResult after) {
        if (after.status() == KataStatus.NOT_COMPILED) {
            Console.say(after.message());
            if (before != null) {
                Console.say("The verdict before stands until it compiles: " + before.status() + " " + before.score()
                        + " / " + before.max() + ".");
            }
            return;
        }
        if (before != null) {
            List<String> changes = ResultChanges.between(before, after);
            Console.say("Since the last grade: " + changes.getFirst());
            changes.stream().skip(1).forEach(line -> Console.say("  " + line));
        }
        if (!after.message().isEmpty()) {
            Console.say(after.message());
        }
        after.checks().stream()
                .filter(check -> check.status() == CheckStatus.FAILED || check.status() == CheckStatus.ERRORED)
                .findFirst()
                .ifPresent(KataWatcher::next);
    }

    private static void next(CheckResult check) {
        String what = check.status() == CheckStatus.FAILED ? "Next to fix" : "Errored, not your code";
        Console.say(
                what + ": task " + check.task() + " · " + check.title() + " (" + check.id() + ")\n" + check.message());
    }

    static String names(Set<Path> files) {
        List<String> names = files.stream()
                .map(file -> file.getFileName() == null
                        ? file.toString()
                        : file.getFileName().toString())
                .distinct()
                .sorted()
                .toList();
        return names.size() <= 3
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private static String describe(Duration duration) {
        return duration.toMinutes() >= 60 && duration.toMinutesPart() == 0
                ? (duration.toHours() == 1 ? "an hour" : duration.toHours() + " hours")
                : duration.toSeconds() + " s";
    }
}
