package lab.grader;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import lab.grader.model.KataFixture;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.RedisProbe;
import lab.grader.probes.SqlMeter;
import lab.grader.services.RedisControl;

/** The running instances of one kata, the probes on them and its fixtures, as one check sees them. */
record RunningKata(
        List<KataInstance> instances,
        SqlMeter sql,
        RedisProbe redis,
        Connection database,
        DatabaseOpener databaseOpener,
        long seed,
        RandomGenerator random,
        List<KataFixture> fixtures,
        Optional<RedisControl> redisControl,
        InstanceControl instanceControl)
        implements KataRun {

    /** Kills and restarts the kata's processes, for the checks that crash an instance on purpose. */
    interface InstanceControl {
        void kill(int index) throws InterruptedException;

        void restart(int index) throws Exception;
    }

    @Override
    public void kill(int index) throws InterruptedException {
        instanceControl.kill(index);
    }

    @Override
    public void restart(int index) throws Exception {
        instanceControl.restart(index);
    }

    /** The same kata for one check, with a generator of its own, so its choices do not depend on the checks before. */
    RunningKata forCheck(String checkId) {
        return new RunningKata(
                instances,
                sql.fresh(),
                redis,
                database,
                databaseOpener,
                seed,
                new SplittableRandom(seed ^ ((long) checkId.hashCode() << 21)),
                fixtures,
                redisControl,
                instanceControl);
    }

    /** Opens a new connection to the kata's database. */
    @FunctionalInterface
    interface DatabaseOpener {
        Connection open() throws SQLException;
    }

    @Override
    public Connection openDatabase() throws SQLException {
        return databaseOpener.open();
    }

    @Override
    public <F extends KataFixture> List<F> fixtures(Class<F> type) {
        return fixtures.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public <F extends KataFixture> F fixture(Class<F> type) {
        return fixtures.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The check asked for a " + type.getSimpleName()
                        + " fixture, but the kata's grading does not declare one in fixtures()"));
    }
}
