package lab.grader.katas.apiratelimiting;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 18-api-rate-limiting: two instances share one limit per API key. Bursts across a boundary of the clock's
 * windows, across both instances and at once on one key; keys and forwarded addresses swapped; the 429s' form; and
 * Redis' command counts and keys. Every allowance grows with the burst's measured duration, so a slow machine widens
 * it instead of failing the check.
 */
public final class ApiRateLimitingGrading implements KataGrading<RateLimitData> {

    static final int CAPACITY = 20;
    /** The grader's period, shorter than the contract's 10 s so that the wait for a window boundary is short. */
    static final Duration PERIOD = Duration.ofSeconds(5);

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "18-api-rate-limiting",
                "security",
                "API rate limiting",
                "lab.apiratelimiting.RatesApplication",
                2,
                Stream.concat(
                                KataDefinition.DEFAULT_JVM_OPTIONS.stream(),
                                Stream.of(
                                        "-Dratelimit.capacity=" + CAPACITY,
                                        "-Dratelimit.period=" + PERIOD.toSeconds() + "s"))
                        .toList(),
                Set.of("shared-limit", "well-formed-429", "keyed-by-api-key", "atomic-under-concurrency"));
    }

    @Override
    public RateLimitData seed(SeedContext context) {
        byte[] bytes = new byte[6];
        context.random().nextBytes(bytes);
        return new RateLimitData("pk_" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public List<Check<RateLimitData>> checks() {
        return List.of(
                new Check<>("within-limit", 1, "A partner within the limit is answered", 1, new WithinLimit()),
                new Check<>(
                        "shared-limit",
                        2,
                        "One limit per key across both instances and window boundaries",
                        3,
                        new SharedLimit()),
                new Check<>(
                        "well-formed-429",
                        3,
                        "A refusal is a 429 problem with Retry-After, and it is true",
                        2,
                        new WellFormed429()),
                new Check<>(
                        "keyed-by-api-key",
                        4,
                        "The limit follows the API key, not the address",
                        2,
                        new KeyedByApiKey()),
                new Check<>(
                        "atomic-under-concurrency",
                        5,
                        "200 requests at once get no more than the capacity through",
                        2,
                        new AtomicUnderConcurrency()),
                new Check<>(
                        "bounded-redis-cost",
                        6,
                        "A few Redis commands a request, and every key expires",
                        2,
                        new BoundedRedisCost()));
    }

    @Override
    public List<String> explorationHints(RateLimitData data, List<String> baseUrls) {
        return List.of(
                "curl -s -H 'X-Api-Key: " + data.key("explore") + "' " + baseUrls.getFirst() + RateRequests.PATH,
                "for i in $(seq 30); do curl -s -o /dev/null -w '%{http_code} ' -H 'X-Api-Key: " + data.key("explore")
                        + "' " + baseUrls.getLast() + RateRequests.PATH + "; done; echo");
    }
}
