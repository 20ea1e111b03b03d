package lab.grader.katas.cachestampede;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Prices read through both instances, cold and cached, are the pricing service's; new prices are served once the
 * cached copy expires; bad ids get problem details.
 */
final class PricesCorrect implements CheckBody<StampedeData> {

    private static final int CATEGORIES = 3;
    private static final Duration READ_STEP = Duration.ofMillis(200);

    @Override
    public Verdict run(KataRun kata, StampedeData data) throws Exception {
        for (int i = 0; i < CATEGORIES; i++) {
            long category = data.freshCategory();
            KataInstance first = kata.instance(i % 2);
            KataInstance second = kata.instance((i + 1) % 2);
            PriceAnswers.requireSame(first, data, category, "on the first read");
            PriceAnswers.requireSame(second, data, category, "when another instance read them first");
        }
        long unknown = data.unknownId();
        ProblemDetails.expect(404)
                .check(
                        kata.instance(0).http().get(PriceAnswers.path(unknown)),
                        "GET " + PriceAnswers.path(unknown),
                        "the pricing service knows no such category (it answers 404)",
                        "let PricingClient's CategoryNotFoundException reach the controller, and cache nothing for it",
                        3);
        for (String bad : new String[] {"abc", "0"}) {
            String path = "/categories/" + bad + "/prices";
            ProblemDetails.expect(400)
                    .check(
                            kata.instance(1).http().get(path),
                            "GET " + path,
                            "a category id is a whole number, 1 or more",
                            "keep PriceController's check and ApiExceptionHandler as the starter has them",
                            3);
        }
        int reads = newPricesServedAfterTtl(kata, data);
        return Verdict.pass(
                Map.of("categoriesChecked", CATEGORIES, "badRequestsChecked", 3, "readsUntilNewPricesServed", reads));
    }

    // The pricing service publishes a new version of a cached list: within the TTL the grader set (and a margin
    // for a soft TTL that refreshes a little before or after it), reads must serve it.
    private static int newPricesServedAfterTtl(KataRun kata, StampedeData data) throws Exception {
        long category = data.freshCategory();
        PriceAnswers.requireSame(kata.instance(0), data, category, "on the first read");
        PricingStub.serve(kata.fixture(StubDownstream.class), data);
        data.publishNewPrices(category);
        Duration ttl = CacheStampedeGrading.CACHE_TTL;
        long deadline = System.nanoTime() + ttl.multipliedBy(3).plusSeconds(2).toNanos();
        int reads = 0;
        Response last;
        do {
            Thread.sleep(READ_STEP);
            reads++;
            last = kata.instance(reads % 2).http().get(PriceAnswers.path(category));
            if (last.statusCode() == 200
                    && PriceAnswers.difference(last.asString(), data, category).isEmpty()) {
                return reads;
            }
        } while (System.nanoTime() < deadline);
        throw Feedback.check("New prices for category " + category + " should be served once the cached copy has"
                        + " expired (pricing.cache.ttl, which the grader sets to " + ttl.toSeconds() + " s).")
                .expected(data.prices(category) + " within " + (ttl.toSeconds() * 3 + 2) + " s")
                .actual(reads + " reads, the last one HTTP " + last.statusCode() + " " + last.asString())
                .cause("the TTL is not read from pricing.cache.ttl (a hard-coded duration), or the entry never"
                        + " expires")
                .next("store the prices with the TTL from @Value(\"${pricing.cache.ttl}\") Duration, in PriceCache")
                .hint(2)
                .failure();
    }
}
