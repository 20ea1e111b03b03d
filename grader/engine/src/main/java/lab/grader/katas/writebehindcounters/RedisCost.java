package lab.grader.katas.writebehindcounters;

import java.util.List;
import java.util.Map;
import lab.grader.kit.RedisKeys;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.RedisActivity;

/** A view costs Redis at most 2 commands, and a flush leaves no counting keys behind. */
final class RedisCost implements CheckBody<CountersData> {

    static final int EVENTS = 300;
    static final double MOST_COMMANDS_PER_EVENT = 2;

    @Override
    public Verdict run(KataRun kata, CountersData data) throws Exception {
        List<Long> events = ViewEvents.skewed(data.freshProducts(6), EVENTS, kata.random());
        RedisActivity redis = kata.redis().measure(() -> ViewEvents.send(events, kata.instances()));
        double perEvent = (double) redis.totalCommands() / EVENTS;
        Map<String, Object> metrics = Map.of("redisCommandsPerEvent", perEvent, "events", EVENTS);
        if (perEvent > MOST_COMMANDS_PER_EVENT) {
            throw Feedback.check(EVENTS + " views should cost Redis at most " + (int) MOST_COMMANDS_PER_EVENT
                            + " commands each.")
                    .expected("at most " + (int) (MOST_COMMANDS_PER_EVENT * EVENTS) + " commands")
                    .actual(redis.totalCommands() + " commands (" + String.format("%.1f", perEvent) + " per view): "
                            + redis.describe())
                    .cause("a view reads before it writes (GET then SET), or touches several keys")
                    .next("one HINCRBY per view: it creates the hash and the field when they are missing")
                    .hint(1)
                    .failure(metrics);
        }
        CounterAdmin.requireFlushed(kata.instance(0));
        List<String> left = kata.redis().keys();
        if (!left.isEmpty()) {
            throw Feedback.check("Once a flush has written every view, no counting keys should be left in Redis.")
                    .expected("no keys")
                    .actual(RedisKeys.describe(left, 5))
                    .cause("a batch is kept after it was applied, or the pending counts are zeroed instead of moved"
                            + " (a hash of zeros grows with every product ever viewed)")
                    .next("move the pending hash away with RENAME, and DEL the batch once it is applied")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
