package lab.grader;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.grader.checks.Check;
import lab.grader.checks.CheckFailure;
import lab.grader.checks.KataDefinition;
import lab.grader.checks.KataGrading;
import lab.grader.checks.KataInstance;
import lab.grader.checks.SeedContext;
import lab.grader.checks.Verdict;
import lab.grader.probes.RedisProbe;
import lab.grader.probes.SqlMeter;
import lab.grader.report.CheckResult;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.CompileOutcome;
import lab.grader.runner.KataCompiler;
import lab.grader.runner.KataProcess;
import lab.grader.runner.KataSource;
import lab.grader.runner.KataStartFailure;
import lab.grader.runner.LaunchSpec;
import lab.grader.runner.ProbeClasspath;
import lab.grader.runner.ReadyInfo;
import lab.grader.services.LabServices;
import lab.grader.services.PostgresAdmin;

/**
 * Grade one kata from source to score: compile it, give it a fresh database and a clean Redis, start its
 * processes, seed random data, run its checks one by one under a time limit, and stop it. Whatever the kata does,
 * the result is a status and a message; nothing escapes to other katas.
 */
public final class KataGrader {

    private static final int DEBUG_PORT = 5005;
    // Half an hour off any whole-hour zone, and never the host's: see jvmOptions.
    static final String KATA_TIME_ZONE = "America/St_Johns";
    private static final Duration DEBUG_STARTUP_TIMEOUT = Duration.ofHours(1);

    private final LabSettings settings;
    private final LabServices services;
    private final RedisProbe redis;
    private final String runId;

    public KataGrader(LabSettings settings, LabServices services, RedisProbe redis, String runId) {
        this.settings = settings;
        this.services = services;
        this.redis = redis;
        this.runId = runId;
    }

    public <D> KataResult grade(KataSource source, KataGrading<D> grading) {
        PhaseClock clock = new PhaseClock();
        KataDefinition definition = grading.definition();
        Path work =
                settings.labDirectory().resolve("work").resolve(source.tree()).resolve(source.id());
        CompileOutcome compiled = KataCompiler.compile(source, work.resolve("classes"));
        clock.mark("compile");
        if (!compiled.compiled()) {
            String message = "The kata did not compile, so none of its checks could run.\nFirst error: "
                    + compiled.firstError()
                    + (compiled.errors().size() > 1
                            ? "\n(" + compiled.errors().size()
                                    + " errors in all; your IDE or ./mvnw compile shows them.)"
                            : "");
            return result(source, grading, KataStatus.NOT_COMPILED, message, "", List.of(), clock);
        }
        String database = databaseName(source);
        PostgresAdmin admin = new PostgresAdmin(services.postgres());
        List<KataProcess> processes = new ArrayList<>();
        try {
            admin.createDatabase(database);
            redis.reset();
            List<ReadyInfo> ready = start(source, definition, compiled, database, processes);
            clock.mark("start");
            try (Connection connection = admin.connect(database)) {
                RunningKata running = running(ready, connection);
                D data = grading.seed(
                        new SeedContext(connection, new SplittableRandom(settings.seed()), settings.seed()));
                clock.mark("seed");
                return runChecks(source, grading, running, data, processes, clock);
            }
        } catch (KataStartFailure failure) {
            KataStatus status =
                    failure.kind() == KataStartFailure.Kind.TIMED_OUT ? KataStatus.TIMED_OUT : KataStatus.CRASHED;
            String message = "The kata did not start: " + failure.getMessage() + ".\nLast lines of its log ("
                    + relative(processes.getLast().logFile()) + "):\n" + failure.logTail();
            return result(
                    source,
                    grading,
                    status,
                    message,
                    relative(processes.getLast().logFile()),
                    List.of(),
                    clock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Grading was interrupted", e);
        } catch (Exception e) {
            String log =
                    processes.isEmpty() ? "" : relative(processes.getFirst().logFile());
            String message = "The grader could not prepare the kata: " + e
                    + (processes.isEmpty()
                            ? ""
                            : "\nLast lines of its log (" + log + "):\n"
                                    + processes.getFirst().logTail());
            return result(source, grading, KataStatus.CRASHED, message, log, List.of(), clock);
        } finally {
            processes.forEach(KataProcess::close);
            cleanUp(admin, database);
        }
    }

    /** Start a kata on seeded data and keep it running until the JVM stops (Ctrl-C), for exploring by hand. */
    public <D> void explore(KataSource source, KataGrading<D> grading) throws InterruptedException {
        Path work =
                settings.labDirectory().resolve("work").resolve(source.tree()).resolve(source.id());
        CompileOutcome compiled = KataCompiler.compile(source, work.resolve("classes"));
        if (!compiled.compiled()) {
            Lab.say(source.id() + " does not compile: " + compiled.firstError());
            return;
        }
        String database = databaseName(source);
        PostgresAdmin admin = new PostgresAdmin(services.postgres());
        List<KataProcess> processes = new ArrayList<>();
        try {
            admin.createDatabase(database);
            redis.reset();
            List<ReadyInfo> ready = start(source, grading.definition(), compiled, database, processes);
            try (Connection connection = admin.connect(database)) {
                D data = grading.seed(
                        new SeedContext(connection, new SplittableRandom(settings.seed()), settings.seed()));
                List<String> urls = ready.stream()
                        .map(r -> "http://127.0.0.1:" + r.appPort())
                        .toList();
                Lab.say(source.id() + " is running on seeded data (seed " + settings.seed() + "):");
                for (int i = 0; i < urls.size(); i++) {
                    Lab.say("  instance " + instanceName(i) + ": " + urls.get(i) + "   log: "
                            + relative(processes.get(i).logFile()));
                }
                Lab.say("  PostgreSQL: psql '"
                        + services.postgres().jdbcUrl(database).replaceFirst("^jdbc:", "") + "' -U "
                        + services.postgres().user());
                Lab.say("  Redis: redis-cli -h " + services.redis().host() + " -p "
                        + services.redis().port() + " -n " + services.redis().database());
                grading.explorationHints(data, urls).forEach(hint -> Lab.say("  " + hint));
                Lab.say("Press Ctrl-C to stop (it stops by itself after an hour).");
                Thread.sleep(Duration.ofHours(1));
            }
        } catch (KataStartFailure failure) {
            Lab.say(source.id() + " did not start: " + failure.getMessage() + "\n" + failure.logTail());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            Lab.say("Could not start " + source.id() + " for exploring: " + e);
        } finally {
            processes.forEach(KataProcess::close);
            cleanUp(admin, database);
        }
    }

    private List<ReadyInfo> start(
            KataSource source,
            KataDefinition definition,
            CompileOutcome compiled,
            String database,
            List<KataProcess> processes)
            throws KataStartFailure, InterruptedException {
        List<String> classpath = new ArrayList<>();
        classpath.add(compiled.classesDir().toString());
        classpath.add(source.resourceDir().toString());
        classpath.addAll(compiled.dependencies());
        classpath.addAll(ProbeClasspath.entries());
        Path logs = settings.labDirectory().resolve("logs").resolve(source.tree());
        Path work =
                settings.labDirectory().resolve("work").resolve(source.tree()).resolve(source.id());
        // Start every instance before waiting for any: they boot in parallel.
        for (int i = 0; i < definition.instances(); i++) {
            String name = instanceName(i);
            int debugPort = settings.debug() && i == 0 ? DEBUG_PORT : 0;
            if (debugPort > 0) {
                System.out.println("[lab] " + source.id() + " instance " + name + " waits for a debugger on 127.0.0.1:"
                        + debugPort);
            }
            processes.add(KataProcess.start(new LaunchSpec(
                    definition.mainClass(),
                    classpath,
                    jvmOptions(definition),
                    arguments(database, work.resolve("ready-" + name + ".properties")),
                    logs.resolve(source.id() + "-" + name + ".log"),
                    work.resolve("ready-" + name + ".properties"),
                    debugPort)));
        }
        List<ReadyInfo> ready = new ArrayList<>();
        Duration timeout = settings.debug() ? DEBUG_STARTUP_TIMEOUT : settings.startupTimeout();
        for (KataProcess process : processes) {
            try {
                ready.add(process.awaitReady(timeout));
            } catch (KataStartFailure failure) {
                // Report the instance that failed: move it last, where the caller looks.
                processes.remove(process);
                processes.add(process);
                throw failure;
            }
        }
        return ready;
    }

    private static List<String> jvmOptions(KataDefinition definition) {
        List<String> options = new ArrayList<>(definition.jvmOptions());
        // Quick start-up over peak speed; an OutOfMemoryError ends the process so it is reported, not hidden.
        options.addAll(List.of(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Xshare:auto",
                "-Dfile.encoding=UTF-8"));
        // The same grade on every machine: a kata never runs in the host's zone (UTC on most CI runners), so a
        // range built from a zone-less LocalDateTime fails everywhere, not only on a learner's laptop in Berlin.
        if (options.stream().noneMatch(option -> option.startsWith("-Duser.timezone="))) {
            options.add("-Duser.timezone=" + KATA_TIME_ZONE);
        }
        return options;
    }

    private List<String> arguments(String database, Path readyFile) {
        return List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                // A kata stuck in a handler must not hold up its own shutdown.
                "--server.shutdown=immediate",
                "--spring.datasource.url=" + services.postgres().jdbcUrl(database),
                "--spring.datasource.username=" + services.postgres().user(),
                "--spring.datasource.password=" + services.postgres().password(),
                "--spring.data.redis.url=" + services.redis().url(),
                "--lab.probe.ready-file=" + readyFile);
    }

    private RunningKata running(List<ReadyInfo> ready, Connection connection) {
        List<KataInstance> instances = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            instances.add(RunningKata.instance(
                    instanceName(i),
                    ready.get(i).appPort(),
                    ready.get(i).probePort(),
                    settings.checkTimeout().toMillis()));
        }
        return new RunningKata(
                instances,
                new SqlMeter(instances.stream().map(KataInstance::sql).toList()),
                redis,
                connection,
                settings.seed(),
                services.redisControl());
    }

    private <D> KataResult runChecks(
            KataSource source,
            KataGrading<D> grading,
            RunningKata running,
            D data,
            List<KataProcess> processes,
            PhaseClock clock)
            throws InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        KataStatus stopped = null;
        String stopMessage = "";
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lab-check-" + source.id());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Check<D> check : grading.checks()) {
                if (stopped != null) {
                    results.add(notRun(check, stopMessage));
                    continue;
                }
                Future<Verdict> future = executor.submit(() -> runOne(check, running, data));
                Verdict verdict;
                try {
                    verdict = future.get(settings.checkTimeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    stopped = KataStatus.TIMED_OUT;
                    stopMessage = "The check \"" + check.title() + "\" did not finish within "
                            + settings.checkTimeout().toSeconds() + " s: the kata stopped answering (an endless loop,"
                            + " a deadlock, or a request waiting for a connection that never comes?).\n"
                            + "Last lines of its log ("
                            + relative(processes.getFirst().logFile()) + "):\n"
                            + processes.getFirst().logTail();
                    verdict = new Verdict(false, stopMessage, Map.of());
                } catch (ExecutionException e) {
                    verdict = new Verdict(false, "The check could not run: " + e.getCause(), Map.of());
                }
                if (!verdict.passed()) {
                    awaitSilentInstances(running, processes);
                    verdict = withLogOnServerError(verdict, processes);
                }
                KataProcess dead =
                        processes.stream().filter(p -> !p.isAlive()).findFirst().orElse(null);
                if (dead != null && stopped == null) {
                    stopped = KataStatus.CRASHED;
                    stopMessage = "The kata process " + dead.exitDescription() + " during \"" + check.title()
                            + "\".\nLast lines of its log (" + relative(dead.logFile()) + "):\n" + dead.logTail();
                    verdict = new Verdict(
                            false,
                            verdict.passed() ? stopMessage : verdict.message() + "\n\n" + stopMessage,
                            verdict.metrics());
                }
                results.add(new CheckResult(
                        check.id(),
                        check.task(),
                        check.title(),
                        verdict.passed() ? "passed" : "failed",
                        verdict.passed() ? check.points() : 0,
                        check.points(),
                        verdict.message(),
                        verdict.metrics()));
            }
        } finally {
            executor.shutdownNow();
        }
        clock.mark("checks");
        int score = results.stream().mapToInt(CheckResult::points).sum();
        int max = grading.checks().stream().mapToInt(Check::points).sum();
        KataStatus status = stopped != null ? stopped : KataStatus.fromScore(score, max);
        return kataResult(
                source,
                grading,
                status,
                score,
                clock,
                stopMessage,
                relative(processes.getFirst().logFile()),
                results);
    }

    // A JVM that ran out of memory breaks its connections a moment before it exits: when a failed check leaves a
    // probe silent, give its process time to go, so the kata is reported as crashed and not merely failing.
    private static void awaitSilentInstances(RunningKata running, List<KataProcess> processes)
            throws InterruptedException {
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).isAlive() && !running.instances().get(i).sql().answers()) {
                processes.get(i).awaitExit(Duration.ofSeconds(5));
            }
        }
    }

    // An answer 500 means an exception the learner has not seen: put its stack trace's end in the message.
    private Verdict withLogOnServerError(Verdict verdict, List<KataProcess> processes) {
        if (!verdict.message().contains("HTTP 500")) {
            return verdict;
        }
        KataProcess first = processes.getFirst();
        return new Verdict(
                false,
                verdict.message() + "\nLast lines of the kata's log (" + relative(first.logFile()) + "):\n"
                        + first.logTail(),
                verdict.metrics());
    }

    private static <D> Verdict runOne(Check<D> check, RunningKata running, D data) {
        try {
            return check.body().run(running, data);
        } catch (CheckFailure failure) {
            return failure.verdict();
        } catch (AssertionError | Exception e) {
            return new Verdict(
                    false,
                    "The check \"" + check.title() + "\" could not finish: " + e
                            + "\nLikely cause: the kata answered in an unexpected way (see the log under target/lab/logs/).",
                    Map.of());
        }
    }

    private <D> KataResult result(
            KataSource source,
            KataGrading<D> grading,
            KataStatus status,
            String message,
            String log,
            List<CheckResult> checks,
            PhaseClock clock) {
        List<CheckResult> all = new ArrayList<>(checks);
        for (Check<D> check :
                grading.checks().subList(checks.size(), grading.checks().size())) {
            all.add(notRun(check, message));
        }
        return kataResult(source, grading, status, 0, clock, message, log, all);
    }

    private static <D> KataResult kataResult(
            KataSource source,
            KataGrading<D> grading,
            KataStatus status,
            int score,
            PhaseClock clock,
            String message,
            String log,
            List<CheckResult> checks) {
        KataDefinition definition = grading.definition();
        int max = grading.checks().stream().mapToInt(Check::points).sum();
        return new KataResult(
                source.id(),
                source.tree(),
                source.slug(),
                definition.track(),
                definition.title(),
                status.label(),
                score,
                max,
                clock.totalMillis(),
                clock.phases(),
                message,
                log,
                checks);
    }

    private static <D> CheckResult notRun(Check<D> check, String reason) {
        return new CheckResult(
                check.id(),
                check.task(),
                check.title(),
                "not-run",
                0,
                check.points(),
                "Not run: " + reason.lines().findFirst().orElse(reason),
                Map.of());
    }

    private String databaseName(KataSource source) {
        String name = ("lab_" + runId + "_" + source.tree() + "_" + source.slug())
                .toLowerCase()
                .replaceAll("[^a-z0-9_]", "_");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** Drop the kata's database and empty its Redis database, so a shared server is left as it was found. */
    private void cleanUp(PostgresAdmin admin, String database) {
        try {
            admin.dropDatabase(database);
        } catch (SQLException e) {
            System.err.println("[lab] could not drop the database " + database + ": " + e.getMessage());
        }
        try {
            redis.flush();
        } catch (RuntimeException e) {
            System.err.println(
                    "[lab] could not empty Redis database " + services.redis().database() + ": " + e);
        }
    }

    private String relative(Path file) {
        return settings.root().relativize(file).toString();
    }

    private static String instanceName(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
