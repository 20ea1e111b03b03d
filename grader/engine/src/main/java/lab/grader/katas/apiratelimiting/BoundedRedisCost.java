package lab.grader.katas.apiratelimiting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.RedisActivity;

/**
 * 20 requests one by one on a fresh key, with Redis' command counts around them (a script's own commands included:
 * Redis counts them too): at most 6 a request. Then every key in Redis: each must expire, within twice the period.
 */
final class BoundedRedisCost implements CheckBody<RateLimitData> {

    static final int REQUESTS = 20;
    static final int MOST_COMMANDS_PER_REQUEST = 6;

    @Override
    public Verdict run(KataRun kata, RateLimitData data) throws Exception {
        String key = data.key("cost");
        RedisActivity activity = kata.redis()
                .measure(() ->
                        RateRequests.oneByOne(REQUESTS, i -> RateRequests.request(kata, i % 2, key, "192.0.2.60")));
        double perRequest = (double) activity.totalCommands() / REQUESTS;
        long longestTtl = 2 * ApiRateLimitingGrading.PERIOD.toSeconds();
        List<String> lasting = new ArrayList<>();
        for (String redisKey : kata.redis().keys()) {
            long ttl = kata.redis().ttlSeconds(redisKey);
            if (ttl == -1 || ttl > longestTtl) {
                lasting.add(redisKey + " (" + (ttl == -1 ? "no expiry" : "TTL " + ttl + " s") + ")");
            }
        }
        Map<String, Object> metrics =
                Map.of("commandsPerRequest", Math.round(perRequest * 10) / 10.0, "keysThatLast", lasting.size());
        if (perRequest > MOST_COMMANDS_PER_REQUEST || !lasting.isEmpty()) {
            throw Feedback.check("The limiter should cost Redis a few commands a request and leave nothing behind.")
                    .expected("at most " + MOST_COMMANDS_PER_REQUEST + " commands a request (a script's own included),"
                            + " and every key expiring within " + longestTtl + " s")
                    .actual(String.format("%.1f commands a request (%s)", perRequest, activity.describe())
                            + (lasting.isEmpty()
                                    ? ""
                                    : "; " + lasting.size() + " key(s) that last, e.g. " + lasting.getFirst()))
                    .cause(
                            lasting.isEmpty()
                                    ? "each request sends several commands (or a script that calls many)"
                                    : "a bucket without an expiry stays in Redis for every key that ever called, forever")
                    .next("one script per request; PEXPIRE the bucket to about the period (a bucket left alone that"
                            + " long is full again)")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
