package lab.grader.katas.cachestampede;

import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;

/** The rule of the kata: one load of a missing category for a whole burst, across both instances. */
final class SingleFlight {

    private SingleFlight() {}

    static void requireOneLoad(HeldBurst.Outcome outcome, long category, String burst, int hint) throws CheckFailure {
        if (outcome.loads() == 1) {
            return;
        }
        int requests = outcome.answers().size();
        throw Feedback.check(burst + " should make exactly one call to the pricing service for category " + category
                        + ", shared by both instances.")
                .expected("1 call to GET " + StampedeData.path(category) + " while " + requests
                        + " requests (half through A, half through B) wait for it")
                .actual(outcome.loads() + " calls (" + outcome.heldLoads() + " waiting at once while the grader held"
                        + " the first one; " + outcome.entered() + " of " + requests
                        + " requests inside the kata when it let them go)")
                .cause(cause(outcome.loads(), requests))
                .next(next(outcome.loads()))
                .hint(hint)
                .failure(outcome.metrics());
    }

    private static String cause(long loads, int requests) {
        if (loads == 0) {
            return "the prices came from somewhere other than the pricing service, or the key was not missing";
        }
        if (loads == 2) {
            return "one load per instance: the lock lives inside each JVM (synchronized, a map of futures), and each"
                    + " instance loads once";
        }
        if (loads * 2 >= requests) {
            return "every request that misses calls the pricing service: nothing makes the others wait for the first"
                    + " load (a stampede; @Cacheable(sync = true) with the default RedisCacheManager takes no lock)";
        }
        return "some requests load although another one holds the load: the lease is taken in two steps (GET, then"
                + " SET) instead of one SET ... NX, or a request that got it does not look in Redis again first";
    }

    private static String next(long loads) {
        return loads == 2
                ? "take the right to load in Redis, which both instances share: SET prices:{id}:lease <token> NX PX"
                        + " <ms> (opsForValue().setIfAbsent(key, token, ttl)) in PriceCache.find"
                : "on a miss, take a lease in Redis with one SET ... NX PX; whoever gets it loads and stores the value,"
                        + " the others wait and look in Redis again, in PriceCache.find";
    }
}
