package lab.grader.katas.apiratelimiting;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * 300 requests for one fresh key, alternating instances A and B, in 15 waves of 20 sent over 1.5 s, started 0.75 s
 * before a boundary of the clock's windows of {@code ratelimit.period} (epoch multiples): a fixed window counts the
 * requests before the boundary and after it separately, a per-instance limiter counts each instance separately. A
 * token bucket shared by both may accept its capacity and what it refills while the requests last (measured), plus 1.
 */
final class SharedLimit implements CheckBody<RateLimitData> {

    static final int WAVES = 15;
    static final int WAVE = 20;
    static final Duration EVERY = Duration.ofMillis(100);
    static final Duration BEFORE_THE_BOUNDARY = Duration.ofMillis(750);

    @Override
    public Verdict run(KataRun kata, RateLimitData data) throws Exception {
        String key = data.key("shared");
        long period = ApiRateLimitingGrading.PERIOD.toMillis();
        long now = System.currentTimeMillis();
        long boundary = (now / period + 1) * period;
        if (boundary - now < BEFORE_THE_BOUNDARY.toMillis()) {
            boundary += period;
        }
        Thread.sleep(boundary - BEFORE_THE_BOUNDARY.toMillis() - System.currentTimeMillis());
        long start = System.nanoTime();
        List<BurstAnswer> answers =
                RateRequests.inWaves(WAVES, WAVE, EVERY, i -> RateRequests.request(kata, i % 2, key, "192.0.2.20"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long accepted = RateRequests.accepted(answers);
        long allowance = RateRequests.allowance(took, 1);
        long acceptedByA = 0;
        for (int i = 0; i < answers.size(); i += 2) {
            acceptedByA += answers.get(i).status() == 200 ? 1 : 0;
        }
        // The waves sent after the boundary: a fixed window of the clock starts afresh there.
        int firstWaveAfter = (int) (BEFORE_THE_BOUNDARY.toMillis() / EVERY.toMillis()) + 1;
        long acceptedAfter = RateRequests.accepted(answers.subList(firstWaveAfter * WAVE, answers.size()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("requests", answers.size());
        metrics.put("accepted", accepted);
        metrics.put("acceptedByA", acceptedByA);
        metrics.put("acceptedAfterTheBoundary", acceptedAfter);
        metrics.put("allowance", allowance);
        metrics.put("tookMillis", took.toMillis());
        if (accepted > allowance) {
            throw Feedback.check(answers.size() + " requests for one API key, half on each instance, sent over "
                            + took.toMillis() + " ms across a boundary of the clock's " + period / 1000 + " s windows,"
                            + " should be limited as one partner.")
                    .expected("at most " + allowance + " accepted (capacity " + ApiRateLimitingGrading.CAPACITY
                            + ", plus" + " the refill over " + took.toMillis() + " ms, plus 1)")
                    .actual(accepted + " accepted: " + acceptedByA + " by A, " + (accepted - acceptedByA) + " by B; "
                            + acceptedAfter + " of them sent after the boundary")
                    .cause(
                            acceptedAfter >= ApiRateLimitingGrading.CAPACITY / 2
                                    ? "the count starts afresh at the boundary: a fixed window of the clock lets a full"
                                            + " window through on each side of it"
                                    : "each instance counts on its own (in memory), so the partner gets the limit once"
                                            + " per instance")
                    .next("keep one token bucket per API key in Redis, taken in one Lua script, refilled continuously"
                            + " at capacity per period")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
