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
 * One key emptied by 30 requests at once; then 10 more at once for it, each with a new X-Forwarded-For, may get only
 * what its bucket refilled since the emptying began (plus 1); then another key, from the same address, must get 15 of
 * 15.
 */
final class KeyedByApiKey implements CheckBody<RateLimitData> {

    static final int OTHER_KEY_REQUESTS = 15;
    static final int ROTATED = 10;
    // Both keys come from this one address, as partners behind one proxy do.
    static final String PARTNER_ADDRESS = "192.0.2.40";

    @Override
    public Verdict run(KataRun kata, RateLimitData data) throws Exception {
        String emptied = data.key("emptied");
        String other = data.key("other");
        // Measured from the start of the burst that empties the bucket: all it refilled since then is allowed.
        long start = System.nanoTime();
        RateRequests.atOnce(30, i -> RateRequests.request(kata, i % 2, emptied, PARTNER_ADDRESS));
        List<BurstAnswer> rotated =
                RateRequests.atOnce(ROTATED, i -> RateRequests.request(kata, i % 2, emptied, "203.0.113." + (10 + i)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long rotatedAccepted = RateRequests.accepted(rotated);
        long rotatedAllowance = RateRequests.allowance(took, 1) - ApiRateLimitingGrading.CAPACITY;
        long otherAccepted = RateRequests.accepted(RateRequests.oneByOne(
                OTHER_KEY_REQUESTS, i -> RateRequests.request(kata, i % 2, other, PARTNER_ADDRESS)));
        Map<String, Object> metrics = Map.of(
                "otherKeyAccepted", otherAccepted,
                "rotatedAccepted", rotatedAccepted,
                "rotatedAllowance", rotatedAllowance);
        if (otherAccepted < OTHER_KEY_REQUESTS || rotatedAccepted > rotatedAllowance) {
            throw Feedback.check("The limit should follow the API key: another partner is not slowed down by this"
                            + " one, and this one gets nothing more by changing X-Forwarded-For.")
                    .expected(OTHER_KEY_REQUESTS + " of " + OTHER_KEY_REQUESTS + " for the other key; at most "
                            + rotatedAllowance + " of " + ROTATED + " for the emptied key with a new X-Forwarded-For"
                            + " each (its refill over " + took.toMillis() + " ms, plus 1)")
                    .actual(otherAccepted + " of " + OTHER_KEY_REQUESTS + " for the other key; " + rotatedAccepted
                            + " of " + ROTATED + " with rotated X-Forwarded-For")
                    .cause(
                            otherAccepted < OTHER_KEY_REQUESTS
                                    ? "the limit is kept per client address, so every partner behind one address (or"
                                            + " one load balancer) shares it"
                                    : "the limit is keyed by X-Forwarded-For, which any client sets as it likes; or each"
                                            + " instance counts on its own, so the 30 requests that should empty the key"
                                            + " (15 on each) emptied neither")
                    .next("key the bucket by the X-Api-Key header, and by nothing else, in Redis, which both instances"
                            + " share")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
