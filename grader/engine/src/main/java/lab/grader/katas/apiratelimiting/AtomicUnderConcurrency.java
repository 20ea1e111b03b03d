package lab.grader.katas.apiratelimiting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * 200 requests at once on a fresh key, from 50 callers (X-Forwarded-For), 100 on each instance: a limiter that reads
 * the count and writes it back in two steps lets many requests read the same count. At most the capacity, the refill
 * while they last, and 2.
 */
final class AtomicUnderConcurrency implements CheckBody<RateLimitData> {

    static final int REQUESTS = 200;
    static final int CALLERS = 50;

    @Override
    public Verdict run(KataRun kata, RateLimitData data) throws Exception {
        String key = data.key("atomic");
        long start = System.nanoTime();
        List<BurstAnswer> answers = RateRequests.atOnce(
                REQUESTS, i -> RateRequests.request(kata, i % 2, key, "198.51.100." + (i % CALLERS)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long accepted = RateRequests.accepted(answers);
        long allowance = RateRequests.allowance(took, 2);
        Map<String, Object> metrics = Map.of(
                "requests", REQUESTS, "accepted", accepted, "allowance", allowance, "tookMillis", took.toMillis());
        if (accepted > allowance) {
            throw Feedback.check(REQUESTS + " requests at once on one new API key should get no more than its"
                            + " capacity through.")
                    .expected("at most " + allowance + " accepted (capacity " + ApiRateLimitingGrading.CAPACITY
                            + ", the refill over " + took.toMillis() + " ms, plus 2)")
                    .actual(accepted + " accepted")
                    .cause("taking a token is two steps (read the count, then write it back), so concurrent requests"
                            + " read the same count; or each instance keeps its own; or the limit is kept per address"
                            + " (the 200 come from 50 X-Forwarded-For addresses)")
                    .next("take the token in one atomic step in Redis: a Lua script (EVALSHA) that reads, refills,"
                            + " takes and writes the bucket")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
