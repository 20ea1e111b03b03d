package lab.grader;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import lab.grader.model.FixtureContext;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.KataInstance;
import lab.grader.model.SeedContext;
import lab.grader.probes.PostgresWireProxy;
import lab.grader.probes.SqlMeter;
import lab.grader.runner.CompileOutcome;
import lab.grader.runner.KataProcess;
import lab.grader.runner.KataSource;
import lab.grader.runner.KataStartFailure;
import lab.grader.runner.ReadyInfo;
import lab.grader.runner.StartupArchive;
import lab.grader.services.PostgresAdmin;

/**
 * One compiled kata brought up to the point where checks can run, the same way for grading and for exploring: a
 * fresh database, an empty Redis, its fixtures, its processes, and seeded data. Closing it takes everything down
 * again, whatever was started, even when the kata crashed half-way.
 */
final class PreparedKata<D> implements AutoCloseable {

    private static final int DEBUG_PORT = 5005;
    private static final Duration DEBUG_STARTUP_TIMEOUT = Duration.ofHours(1);

    private final RunContext run;
    private final KataSource source;
    private final KataGrading<D> grading;
    private final CompileOutcome compiled;
    // Keyed by hashing the kata's jars: once per kata, not per instance.
    private final Optional<StartupArchive> archive;
    private final String database;
    private final PostgresAdmin admin;
    private final List<KataFixture> fixtures = new ArrayList<>();
    private final List<KataProcess> processes = new ArrayList<>();
    private PostgresWireProxy proxy;
    private boolean databaseCreated;
    private Connection connection;
    private RunningKata running;
    private D data;

    PreparedKata(RunContext run, KataSource source, KataGrading<D> grading, CompileOutcome compiled) {
        this.run = run;
        this.source = source;
        this.grading = grading;
        this.compiled = compiled;
        this.archive = KataJvm.startupArchive(run, compiled);
        this.database = run.databaseName(source);
        this.admin = new PostgresAdmin(run.services().postgres());
    }

    /** Thrown when the grader or its services could not set the kata up: never the learner's fault alone. */
    static final class PreparationError extends Exception {
        PreparationError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Create the database, reset Redis, start the fixtures and then the kata's processes. */
    void start() throws PreparationError, KataStartFailure, InterruptedException {
        try {
            admin.createDatabase(database);
            databaseCreated = true;
            run.redis().reset();
            proxy = PostgresWireProxy.start(
                    run.services().postgres().host(), run.services().postgres().port());
        } catch (SQLException | IOException | RuntimeException e) {
            throw new PreparationError("the kata's database or Redis could not be set up: " + e, e);
        }
        List<String> fixtureArguments = new ArrayList<>();
        for (KataFixture.Factory factory : grading.fixtures()) {
            try {
                KataFixture fixture = factory.start(new FixtureContext(
                        run.settings().seed(),
                        new SplittableRandom(run.settings().seed() ^ fixtures.size()),
                        run.workDirectory(source).resolve("fixture-" + fixtures.size())));
                fixtures.add(fixture);
                fixtureArguments.addAll(fixture.kataArguments());
            } catch (Exception e) {
                throw new PreparationError("a fixture of the kata did not start: " + e, e);
            }
        }
        startProcesses(fixtureArguments);
        List<ReadyInfo> ready = awaitProcesses();
        try {
            connection = admin.connect(database);
        } catch (SQLException e) {
            throw new PreparationError("the grader could not connect to the kata's database: " + e, e);
        }
        running = running(ready);
    }

    /** Fill the migrated database with the run's random data. */
    void seed() throws PreparationError {
        try {
            data = grading.seed(new SeedContext(
                    connection,
                    new SplittableRandom(run.settings().seed()),
                    run.settings().seed()));
        } catch (Exception e) {
            throw new PreparationError(
                    "seeding the kata's database failed: " + e + ". If you changed the kata's migrations (files under"
                            + " src/main/resources/db/migration), check that the tables of the README are still there;"
                            + " otherwise this is a grader error",
                    e);
        }
    }

    private void startProcesses(List<String> fixtureArguments) {
        // Start every instance before waiting for any: they boot in parallel.
        for (int i = 0; i < grading.definition().instances(); i++) {
            int debugPort = run.settings().debug() && i == 0 ? DEBUG_PORT : 0;
            if (debugPort > 0) {
                Console.say(source.id() + " instance " + KataJvm.instanceName(i) + " waits for a debugger on 127.0.0.1:"
                        + debugPort);
            }
            processes.add(KataProcess.start(KataJvm.launch(
                    run,
                    source,
                    grading.definition(),
                    compiled,
                    KataJvm.jdbcUrlThroughProxy(proxy.port(), database),
                    fixtureArguments,
                    archive,
                    i,
                    debugPort)));
        }
    }

    private List<ReadyInfo> awaitProcesses() throws KataStartFailure, InterruptedException {
        Duration timeout = run.settings().debug() ? DEBUG_STARTUP_TIMEOUT : run.startupTimeout();
        List<ReadyInfo> ready = new ArrayList<>();
        for (KataProcess process : processes) {
            ready.add(process.awaitReady(timeout));
        }
        archive.filter(shared -> processes.stream().anyMatch(process -> shared.refusedIn(process.logHead())))
                .ifPresent(refused -> {
                    refused.discard();
                    Console.warn(
                            "a kata JVM could not use its " + refused.format().description() + " and started"
                                    + " without it; it is rebuilt at the next start (-Dlab.fastStart=false turns this off)");
                });
        return ready;
    }

    private RunningKata running(List<ReadyInfo> ready) {
        List<RunningInstance> instances = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            instances.add(new RunningInstance(
                    KataJvm.instanceName(i),
                    ready.get(i).appPort(),
                    ready.get(i).probePort(),
                    processes.get(i).logFile(),
                    run.checkTimeout().toMillis()));
        }
        return new RunningKata(
                List.copyOf(instances),
                new SqlMeter(() -> instances.stream().map(KataInstance::sql).toList(), proxy::counts),
                run.redis(),
                connection,
                () -> admin.connect(database),
                run.settings().seed(),
                new SplittableRandom(run.settings().seed()),
                List.copyOf(fixtures),
                run.services().redisControl(),
                new RunningKata.InstanceControl() {
                    @Override
                    public void kill(int index) throws InterruptedException {
                        processes.get(index).kill();
                    }

                    @Override
                    public void restart(int index) throws Exception {
                        instances.get(index).moveTo(restartProcess(index));
                    }
                });
    }

    // The same JVM again, its log kept; the instance the checks hold then points at it.
    private ReadyInfo restartProcess(int index) throws KataStartFailure, InterruptedException {
        KataProcess previous = processes.get(index);
        previous.kill();
        KataProcess again = previous.startAgain();
        processes.set(index, again);
        return again.awaitReady(run.startupTimeout());
    }

    KataSource source() {
        return source;
    }

    KataGrading<D> grading() {
        return grading;
    }

    RunningKata running() {
        return running;
    }

    D data() {
        return data;
    }

    String database() {
        return database;
    }

    List<KataProcess> processes() {
        return processes;
    }

    /** The log of the first instance, which messages point at when no other process is to blame. */
    Path firstLog() {
        return processes.isEmpty()
                ? run.logDirectory(source).resolve(source.id() + "-A.log")
                : processes.getFirst().logFile();
    }

    /** Stop the processes, then the fixtures; drop the database and empty Redis, leaving a shared server as found. */
    @Override
    public void close() {
        processes.forEach(KataProcess::close);
        // The first start with these jars recorded the classes it loaded: build the archive for the next starts.
        archive.ifPresent(StartupArchive::buildWhenRecorded);
        if (proxy != null) {
            proxy.close();
        }
        for (KataFixture fixture : fixtures) {
            try {
                fixture.close();
            } catch (RuntimeException e) {
                Console.warn("a fixture of " + source.id() + " did not close: " + e);
            }
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // The database is dropped next; a connection that will not close is of no further use.
            }
        }
        if (databaseCreated) {
            try {
                admin.dropDatabase(database);
            } catch (SQLException e) {
                Console.warn("could not drop the database " + database + ": " + e.getMessage());
            }
        }
        try {
            run.redis().flush();
        } catch (RuntimeException e) {
            Console.warn(
                    "could not empty Redis database " + run.services().redis().database() + ": " + e);
        }
    }
}
