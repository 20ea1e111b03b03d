package lab.grader.model;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.probes.PlanProbe;
import lab.grader.probes.RedisProbe;
import lab.grader.probes.SqlMeter;
import lab.grader.services.RedisControl;

/** What a check can use while its kata runs: the instances, the probes, the fixtures and the kata's database. */
public interface KataRun {

    List<KataInstance> instances();

    default KataInstance instance(int index) {
        return instances().get(index);
    }

    /** Measure SQL across all instances. */
    SqlMeter sql();

    RedisProbe redis();

    /** A grader-side connection to the kata's database, for expected values and plans. */
    Connection database();

    /**
     * Open another grader-side connection to the kata's database, which the caller closes: e.g. to hold a row lock
     * while {@link #database()} goes on reading.
     */
    Connection openDatabase() throws SQLException;

    long seed();

    /**
     * A generator for this check alone, from the run's seed and the check's id: the same seed gives the same choices,
     * whichever checks ran before.
     */
    RandomGenerator random();

    /** The fixture of that type the kata declared; a check asking for one that was not declared is a grader bug. */
    <F extends KataFixture> F fixture(Class<F> type);

    /** Every fixture of that type the kata declared, in the order of its fixtures(), e.g. three stub services. */
    <F extends KataFixture> List<F> fixtures(Class<F> type);

    /** Take Redis away mid-check and bring it back, where the service mode allows it. */
    Optional<RedisControl> redisControl();

    /** Like {@link #redisControl()}, but skips the check, with the reason, where the mode does not allow it. */
    default RedisControl redisControlOrSkip() throws CheckSkipped {
        return redisControl()
                .orElseThrow(() -> new CheckSkipped("Redis cannot be stopped and started by the grader in this service"
                        + " mode (an external server is not the grader's to stop); docker and embedded modes run it"));
    }

    /**
     * Kill the instance's JVM as {@code kill -9} does: no shutdown hook, nothing flushed, connections cut. Its
     * requests fail until {@link #restart(int)}; measure nothing across instances while it is down.
     */
    void kill(int index) throws InterruptedException;

    /**
     * Start the instance again, killed or not, with the same classpath, options and arguments, and wait until it is
     * ready; {@code instance(index)} then reaches the new process. Its log goes on in the same file.
     */
    void restart(int index) throws Exception;

    /** Explain statements on the kata's database: buffers and plans. */
    default PlanProbe plans() {
        return new PlanProbe(database());
    }
}
