package lab.grader.katas.cachestampede;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.grader.fixtures.StubDownstream;
import lab.grader.kit.RedisKeys;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * When a cached category expires, the burst that follows makes one call to the pricing service. The grader waits,
 * with no traffic, until the keys a read created have expired (the TTL it sets is short), and counts every call in
 * that time too: a background refresher does not pass.
 */
final class BurstAfterExpiry implements CheckBody<StampedeData> {

    private static final Duration LOOK_STEP = Duration.ofMillis(100);

    @Override
    public Verdict run(KataRun kata, StampedeData data) throws Exception {
        long category = data.freshCategory();
        List<String> cached = RedisKeys.createdBy(kata, () -> {
                    PriceAnswers.requireSame(kata.instance(1), data, category, "on the first read");
                    return null;
                })
                .keys();
        if (cached.isEmpty()) {
            throw Feedback.check("Reading category " + category + " should cache its prices in Redis.")
                    .expected("a new key in Redis after the read")
                    .actual("no new key")
                    .cause("the prices are not cached in Redis (or only in the JVM)")
                    .next("store the prices with SET ... EX (opsForValue().set(key, json, ttl)) in PriceCache.find")
                    .hint(1)
                    .failure();
        }
        StubDownstream pricing = kata.fixture(StubDownstream.class);
        pricing.resetCounts();
        List<String> left = awaitExpiry(kata, cached);
        if (!left.isEmpty()) {
            throw Feedback.check("The prices of category " + category + " should expire after pricing.cache.ttl, which"
                            + " the grader sets to " + CacheStampedeGrading.CACHE_TTL.toSeconds() + " s.")
                    .expected("no trace of " + RedisKeys.describe(cached, 3) + " after "
                            + expiryBound().toSeconds() + " s")
                    .actual("still there: " + RedisKeys.ttls(kata, left) + " (TTLs in seconds)")
                    .cause("the TTL is hard-coded instead of read from pricing.cache.ttl, or the key never expires")
                    .next("store the prices with the TTL from @Value(\"${pricing.cache.ttl}\") Duration, in"
                            + " PriceCache")
                    .hint(2)
                    .failure();
        }
        long idleCalls = pricing.calls();
        if (idleCalls > 0) {
            throw Feedback.check("While nobody asks for category " + category + ", the service should not call the"
                            + " pricing service.")
                    .expected("0 calls in the " + expiryBound().toSeconds() + " s without traffic")
                    .actual(idleCalls + " calls, " + pricing.callsByPath())
                    .cause("a background job refreshes the cache on a timer, and pays for every category whether"
                            + " anyone reads it or not")
                    .next("load only on a read that misses (or, with a soft TTL, on a read that finds the entry"
                            + " old)")
                    .hint(1)
                    .failure();
        }
        HeldBurst.Outcome outcome = HeldBurst.send(kata, category, HeldBurst.REQUESTS);
        BurstAnswers.requireAllPrices(outcome, data, category, "a burst after the cached prices expired", 1);
        SingleFlight.requireOneLoad(
                outcome,
                category,
                "A burst of " + HeldBurst.REQUESTS + " requests for category " + category + ", once its cached "
                        + RedisKeys.describe(cached, 3) + " had expired,",
                // A stampede here is task 3's (hint 1); a few extra calls mean something remembers the first load.
                outcome.loads() * 2 >= HeldBurst.REQUESTS ? 1 : 3);
        return Verdict.pass(outcome.metrics());
    }

    private static Duration expiryBound() {
        return CacheStampedeGrading.CACHE_TTL.multipliedBy(3).plusSeconds(1);
    }

    // The keys still in Redis when every one of them has expired or the bound has passed.
    private static List<String> awaitExpiry(KataRun kata, List<String> keys) throws InterruptedException {
        long deadline = System.nanoTime() + expiryBound().toNanos();
        List<String> left = new ArrayList<>(keys);
        while (true) {
            left.retainAll(kata.redis().keys());
            if (left.isEmpty() || System.nanoTime() > deadline) {
                return left;
            }
            Thread.sleep(LOOK_STEP);
        }
    }
}
