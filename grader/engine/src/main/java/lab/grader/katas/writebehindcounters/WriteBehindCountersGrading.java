package lab.grader.katas.writebehindcounters;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 09-write-behind-counters: two instances share PostgreSQL and Redis. Views must be counted exactly, with a
 * handful of database writes per flush whatever their number; a view accepted by an instance that is then killed
 * must not be lost; a flush killed mid-way must be finished by the next, once; two flushes at once must not count a
 * view twice. The grader passes {@code counters.flush-interval=1h}, so only it decides when flushes run.
 */
public final class WriteBehindCountersGrading implements KataGrading<CountersData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "09-write-behind-counters",
                "caching",
                "Write-behind counters",
                "lab.writebehindcounters.WriteBehindCountersApplication",
                2,
                List.of("-Xmx256m", "-Dcounters.flush-interval=1h"),
                Set.of("database-writes-bounded"));
    }

    @Override
    public CountersData seed(SeedContext context) throws Exception {
        return CountersSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<CountersData>> checks() {
        return List.of(
                new Check<>("counts-exact", 1, "1,200 views through A and B are all counted", 2, new CountsExact()),
                new Check<>(
                        "database-writes-bounded",
                        2,
                        "Views and a flush cost a handful of database writes",
                        4,
                        new DatabaseWritesBounded()),
                new Check<>("redis-cost", 3, "A view costs at most 2 Redis commands", 1, new RedisCost()),
                new Check<>("read-your-writes", 4, "Stats show views before any flush", 1, new ReadYourWrites()),
                new Check<>(
                        "crash-loses-nothing",
                        5,
                        "Views accepted by an instance killed with kill -9 are kept",
                        2,
                        new CrashLosesNothing()),
                new Check<>(
                        "orphaned-snapshot-applied-once",
                        6,
                        "A flush killed mid-way is finished by the next, once",
                        2,
                        new OrphanedSnapshotAppliedOnce()),
                new Check<>(
                        "drain-is-atomic",
                        7,
                        "Two flushes at once count no view twice and lose none",
                        2,
                        new DrainIsAtomic()));
    }

    @Override
    public List<String> explorationHints(CountersData data, List<String> baseUrls) {
        long product = data.anyProduct();
        return List.of(
                "for i in $(seq 50); do curl -s -o /dev/null -X POST " + baseUrls.getFirst() + "/products/" + product
                        + "/views; done",
                "curl -s " + baseUrls.getLast() + "/products/" + product + "/stats",
                "curl -s -X POST " + baseUrls.getFirst() + "/admin/counters/flush");
    }
}
