package lab.grader.checks;

import java.sql.Connection;
import java.util.List;

import lab.grader.probes.PlanProbe;
import lab.grader.probes.RedisProbe;
import lab.grader.probes.SqlMeter;

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

    /** Explain statements on the kata's database: buffers and plans. */
    default PlanProbe plans() {
        return new PlanProbe(database());
    }
}
