package lab.grader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import lab.grader.katas.Gradings;
import lab.grader.model.KataGrading;
import lab.grader.probes.RedisProbe;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.report.LabReport;
import lab.grader.report.ReportWriter;
import lab.grader.report.ServicesInfo;
import lab.grader.runner.KataCatalog;
import lab.grader.runner.KataSource;
import lab.grader.runner.StartupArchive;
import lab.grader.services.LabServices;
import lab.grader.services.ServiceProvisioner;

/**
 * One grading run: the services, started once, and every kata graded on them, one at a time or several at once in
 * {@link GradingSlots} of their own (each with its own Redis and database, so that each kata's counts are its own).
 */
public final class Lab implements AutoCloseable {

    private final LabSettings settings;
    private final LabServices services;
    private final ServicesInfo servicesInfo;
    private final RedisProbe redis;
    private final RunContext run;
    private final GradingSlots slots;
    private final long started = System.nanoTime();
    private final List<KataResult> results = new ArrayList<>();
    private final Thread shutdownHook;

    private Lab(LabSettings settings, LabServices services, long startMillis) {
        this.settings = settings;
        this.services = services;
        this.servicesInfo = new ServicesInfo(
                services.mode().label(),
                services.reason(),
                services.postgres().describe(),
                services.redis().describe(),
                startMillis);
        this.redis = new RedisProbe(services.redis());
        this.run = new RunContext(
                settings,
                services,
                redis,
                HexFormat.of()
                        .toHexDigits(ThreadLocalRandom.current().nextInt())
                        .substring(0, 6),
                1);
        this.slots = GradingSlots.open(run, slotsWanted());
        if (slots.count() > 1) {
            Console.say("Grading " + slots.count() + " katas at a time (-Dlab.parallel=" + settings.parallel()
                    + "), each with its own database and Redis");
        }
        // Ctrl-C during a run must not leave containers or embedded servers behind.
        this.shutdownHook = new Thread(
                () -> {
                    slots.close();
                    services.close();
                },
                "lab-services-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static Lab open(LabSettings settings, Map<String, String> environment, Properties properties) {
        // What needs no services is checked before any start (LabSettings.from checked the options already):
        // a misspelt -Dkata must not wait for containers or servers.
        KataCatalog.find(settings.root(), settings.tree(), settings.kataFilter());
        long begin = System.nanoTime();
        LabServices services = ServiceProvisioner.provision(settings.services(), environment, properties);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        Console.say("Services: " + services.mode().label() + " (" + services.reason() + "); PostgreSQL "
                + services.postgres().describe() + " and Redis "
                + services.redis().describe() + " ready in "
                + seconds(millis));
        Console.say("Seed " + settings.seed() + " (replay with -Dlab.seed=" + settings.seed() + ")");
        try {
            return new Lab(settings, services, millis);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    // Exploring and watching follow one kata; a slot more than there are katas would only start a Redis.
    private int slotsWanted() {
        if (settings.explore() || settings.watch().on()) {
            return 1;
        }
        return Math.min(settings.parallel(), Math.max(1, katas().size()));
    }

    public LabSettings settings() {
        return settings;
    }

    public LabServices services() {
        return services;
    }

    public List<KataSource> katas() {
        return KataCatalog.find(settings.root(), settings.tree(), settings.kataFilter());
    }

    public KataResult grade(KataSource source) {
        return grade(source, Gradings.forKata(source.id()));
    }

    public KataResult grade(KataSource source, KataGrading<?> grading) {
        return record(gradeInSlot(source, grading));
    }

    /**
     * Grade these katas, as many at a time as there are slots, and give their results in this order: each supplier
     * waits for its kata. With one slot, the katas are graded one after the other as their results are asked for.
     */
    public List<Supplier<KataResult>> gradeInOrder(List<KataSource> sources) {
        if (slots.count() == 1) {
            return sources.stream()
                    .<Supplier<KataResult>>map(source -> () -> grade(source))
                    .toList();
        }
        return sources.stream()
                .map(source -> slots.ahead(() -> gradeInSlot(source, Gradings.forKata(source.id()))))
                .<Supplier<KataResult>>map(result -> () -> record(result.get()))
                .toList();
    }

    private KataResult gradeInSlot(KataSource source, KataGrading<?> grading) {
        return slots.use(grading.definition(), slot -> {
            Console.say("Grading " + source.tree() + "/" + source.id() + " ...");
            KataResult result = new KataGrader(slot).grade(source, grading);
            Console.say(String.format(
                    Locale.ROOT,
                    "%-40s %-13s %3d / %-3d (%s: %s)",
                    source.tree() + "/" + source.id(),
                    result.status(),
                    result.score(),
                    result.max(),
                    seconds(result.durationMs()),
                    phases(result)));
            return result;
        });
    }

    private KataResult record(KataResult result) {
        synchronized (results) {
            results.add(result);
        }
        return result;
    }

    /** Start a kata with seeded data and keep it running for exploring by hand, until the JVM is stopped. */
    public void explore(KataSource source) throws InterruptedException {
        new KataExplorer(run).explore(source, Gradings.forKata(source.id()));
    }

    /** Grade the one kata chosen, then again at every save, until Ctrl-C or an hour without one; return the last. */
    public KataResult watch(KataSource source) throws InterruptedException {
        return KataWatcher.watch(
                run,
                source,
                () -> {
                    // The reports show the code as it is now: the latest grade only.
                    synchronized (results) {
                        results.clear();
                    }
                    return grade(source);
                },
                this::report);
    }

    public LabReport report() {
        synchronized (results) {
            int score = results.stream().mapToInt(KataResult::score).sum();
            int max = results.stream().mapToInt(KataResult::max).sum();
            return new LabReport(
                    LabReport.VERSION,
                    settings.tree(),
                    servicesInfo,
                    settings.seed(),
                    score,
                    max,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    List.copyOf(results));
        }
    }

    /** Write the reports and print the scoreboard; return the report written. */
    public LabReport finish(Path reportDirectory) {
        LabReport report = report();
        ReportWriter.write(report, reportDirectory);
        Console.say("──────────── Scoreboard: " + report.tree() + " ────────────");
        for (KataResult kata : report.katas()) {
            Console.say(String.format(
                    Locale.ROOT,
                    "%-40s %-26s %-13s %3d / %d",
                    kata.tree() + "/" + kata.id(),
                    kata.title(),
                    kata.status(),
                    kata.score(),
                    kata.max()));
        }
        long errored = report.katas().stream()
                .flatMap(kata -> kata.checks().stream())
                .filter(check -> check.status() == CheckStatus.ERRORED)
                .count();
        if (errored > 0) {
            Console.warn(errored + " check(s) errored: the grader or its services broke, not your code. Their points"
                    + " are lost for this run; summary.md lists them under \"Grader errors\" with what to report.");
        }
        Console.say("Total " + report.score() + " / " + report.max() + " in " + seconds(report.durationMs())
                + "; reports in " + settings.root().relativize(reportDirectory) + "/ (report.json, summary.md)");
        return report;
    }

    private static String phases(KataResult result) {
        StringBuilder text = new StringBuilder();
        result.phasesMs()
                .forEach((phase, millis) -> text.append(text.isEmpty() ? "" : ", ")
                        .append(phase)
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%.1f", millis / 1000.0)));
        return text.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    @Override
    public void close() {
        try {
            long begin = System.nanoTime();
            if (StartupArchive.awaitBuilds(Duration.ofMinutes(2))) {
                Console.say("Built the kata JVMs' start-up archive for the next run in "
                        + seconds(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin))
                        + " (once per set of libraries, under target/lab/cache/)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slots.close();
        redis.close();
        services.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or ran.
        }
    }
}
