package lab.grader.katas.boundedfanout;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.katas.boundedfanout.BasketData.Basket;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Pricing answers 503 at once while the grader holds every inventory call: the page cannot be had, and must say so
 * within 2 s with a 503 problem, without waiting for the inventory calls it no longer needs.
 */
final class MandatoryCallFailsFast implements CheckBody<BasketData> {

    static final Duration WITHIN = Duration.ofSeconds(2);
    private static final Duration GIVE_UP = Duration.ofSeconds(3);

    @Override
    public Verdict run(KataRun kata, BasketData data) throws Exception {
        BasketServices services = BasketServices.of(kata);
        Basket basket = data.basket(7);
        services.resetCounts();
        PageReads.Timed page;
        services.pricingFails();
        services.inventory().hold();
        try {
            page = PageReads.read(kata.instance(0), basket.id(), GIVE_UP);
        } finally {
            services.inventory().release();
            services.answerAfter(data.seed(), BasketServices.LATENCY);
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("pageMillis", page.took().toMillis());
        metrics.put("inventoryCallsStarted", services.inventory().calls());
        String request = "GET " + PageReads.path(basket.id());
        boolean fast = page.answer().answered() && page.took().compareTo(WITHIN) <= 0;
        boolean problem = page.answer().answered()
                && page.answer().status() == 503
                && page.answer().header("Content-Type").orElse("").startsWith("application/problem+json");
        if (!fast || !problem) {
            throw Feedback.check(request + ", while pricing answers 503, should fail at once: the page cannot be had"
                            + " without prices.")
                    .expected("HTTP 503 as a problem detail within " + WITHIN.toSeconds() + " s")
                    .actual((page.answer().answered() ? "after " + page.took().toMillis() + " ms: " : "")
                            + PageReads.describe(page.answer()) + "; "
                            + services.inventory().calls()
                            + " inventory calls started")
                    .cause(
                            fast
                                    ? "the pricing failure becomes another status (a 500, or a page without prices)"
                                    : "the page waits for every call, the inventory calls it no longer needs included, before"
                                            + " it looks at pricing's failure")
                    .next("wait for pricing first; if it fails, cancel the other calls (shutdownNow on the"
                            + " request's executor) and let the DownstreamException become the 503")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
