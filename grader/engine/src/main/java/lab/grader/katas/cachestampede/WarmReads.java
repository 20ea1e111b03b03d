package lab.grader.katas.cachestampede;

import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Once a category is loaded, reads through either instance come from Redis: no call to the pricing service. */
final class WarmReads implements CheckBody<StampedeData> {

    static final int WARM_READS = 10;

    @Override
    public Verdict run(KataRun kata, StampedeData data) throws Exception {
        StubDownstream pricing = kata.fixture(StubDownstream.class);
        long category = data.freshCategory();
        PriceAnswers.requireSame(kata.instance(0), data, category, "on the first read");
        pricing.resetCounts();
        for (int i = 0; i < WARM_READS; i++) {
            PriceAnswers.requireSame(kata.instance(i % 2), data, category, "from the cache");
        }
        long calls = pricing.calls();
        Map<String, Object> metrics = Map.of("warmReads", WARM_READS, "pricingCalls", calls);
        if (calls > 0) {
            throw Feedback.check(WARM_READS + " reads of category " + category + " through instances A and B, after"
                            + " one read had loaded it, should be served from Redis.")
                    .expected("0 calls to the pricing service")
                    .actual(calls + " calls to the pricing service, " + pricing.callsByPath())
                    .cause(
                            calls >= WARM_READS
                                    ? "nothing is cached: every read calls the pricing service"
                                    : "the prices are cached in one JVM (or under a key the other instance never"
                                            + " finds), so the other instance loads them again")
                    .next("in PriceCache.find, look in Redis first and call PricingClient only on a miss")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
