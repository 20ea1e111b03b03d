package lab.grader.checks;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import lab.grader.probes.PlanProbe;
import lab.grader.probes.RedisProbe;
import lab.grader.probes.SqlMeter;
import lab.grader.services.RedisControl;

/** What a check can use while its kata runs: the instances, the probes, and the kata's database. */
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

    long seed();

    /** Take Redis away mid-check and bring it back, where the service mode allows it. */
    Optional<RedisControl> redisControl();

    /** Explain statements on the kata's database: buffers and plans. */
    default PlanProbe plans() {
        return new PlanProbe(database());
    }
}
