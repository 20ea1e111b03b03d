package lab.grader.katas.cachestampede;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * While the pricing service fails, a burst makes at most two calls to it and every request gets a 503 problem with
 * Retry-After; once it works again, the prices come back within seconds.
 */
final class FailedLoadNoHerd implements CheckBody<StampedeData> {

    static final long MOST_CALLS = 2;
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final Duration RECOVERY_STEP = Duration.ofMillis(250);
    private static final int SHOWN = 3;

    @Override
    public Verdict run(KataRun kata, StampedeData data) throws Exception {
        long category = data.freshCategory();
        String path = StampedeData.path(category);
        HeldBurst.Outcome outcome = HeldBurst.sendWhileFailing(kata, category, HeldBurst.REQUESTS);
        Map<String, Object> metrics = outcome.metrics();
        if (outcome.loads() > MOST_CALLS) {
            throw Feedback.check("A burst of " + HeldBurst.REQUESTS + " requests for category " + category + ", while"
                            + " the pricing service answers 503, should not call it again for every waiting request.")
                    .expected("at most " + MOST_CALLS + " calls to GET " + path)
                    .actual(outcome.loads() + " calls; the kata answered " + outcome.statuses())
                    .cause(
                            outcome.heldLoads() > MOST_CALLS
                                    ? "every request that misses calls the pricing service (no single flight at all)"
                                    : "when the load fails, the lease is given back and the next waiting request loads"
                                            + " again, and the next: a herd, one at a time")
                    .next("remember a failed load for a moment (SET prices:{id}:failure <why> PX 2000): requests"
                            + " waiting on the load see it and answer 503 at once, in PriceCache.find")
                    .hint(1)
                    .failure(metrics);
        }
        requireUnavailable(outcome, category, metrics);
        return recovers(kata, data, category, metrics);
    }

    private static void requireUnavailable(HeldBurst.Outcome outcome, long category, Map<String, Object> metrics)
            throws Exception {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (BurstAnswer answer : outcome.answers()) {
            boolean unavailable = answer.status() == 503
                    && answer.header("Retry-After").isPresent()
                    && answer.header("Content-Type").orElse("").contains("application/problem+json");
            if (!unavailable && answer.status() != 200 && count++ < SHOWN) {
                wrong.add(BurstAnswers.describe(answer) + " " + answer.headers().map());
            }
        }
        if (count > 0) {
            throw Feedback.check("While the pricing service fails, each request for category " + category
                            + " should get a clear 503, so that clients back off.")
                    .expected("HTTP 503 with a problem detail (application/problem+json) and a Retry-After header")
                    .actual(count + " answers were not; statuses " + outcome.statuses() + "; first ones:\n"
                            + String.join("\n", wrong))
                    .cause("the failure escapes as a 500, or waiting requests time out instead of seeing the failure")
                    .next("throw PricingUnavailableException (ApiExceptionHandler turns it into the 503) when the load"
                            + " fails, also in the requests that waited for it, in PriceCache.find")
                    .hint(2)
                    .failure(metrics);
        }
    }

    private static Verdict recovers(KataRun kata, StampedeData data, long category, Map<String, Object> metrics)
            throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        int attempts = 0;
        Response last;
        do {
            attempts++;
            last = kata.instance(attempts % 2).http().get(PriceAnswers.path(category));
            if (last.statusCode() == 200) {
                PriceAnswers.requireSame(kata.instance(attempts % 2), data, category, "once the pricing service works");
                metrics.put("readsUntilRecovered", attempts);
                return Verdict.pass(metrics);
            }
            Thread.sleep(RECOVERY_STEP);
        } while (System.nanoTime() < deadline);
        throw Feedback.check("Once the pricing service works again, category " + category + " should load again.")
                .expected("HTTP 200 with its prices within " + RECOVERY.toSeconds() + " s")
                .actual(attempts + " reads, the last one HTTP " + last.statusCode() + " " + last.asString())
                .cause("the failed load is remembered for too long (or for ever), or a lease is never given back")
                .next("give the failure memo a TTL of a second or two, and release the lease in a finally block")
                .hint(3)
                .failure(metrics);
    }
}
