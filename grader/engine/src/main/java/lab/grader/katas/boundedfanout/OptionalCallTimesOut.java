package lab.grader.katas.boundedfanout;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.boundedfanout.BasketData.Basket;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Promotions hang (the grader holds every call to them): the page must come within 2 s anyway, without the discount,
 * saying {@code "degraded": ["promotions"]}. The grader lets promotions go once the page has answered, or after
 * 3 s.
 */
final class OptionalCallTimesOut implements CheckBody<BasketData> {

    static final Duration WITHIN = Duration.ofSeconds(2);
    private static final Duration GIVE_UP = Duration.ofSeconds(3);

    @Override
    public Verdict run(KataRun kata, BasketData data) throws Exception {
        BasketServices services = BasketServices.of(kata);
        Basket basket = data.basket(6);
        services.resetCounts();
        PageReads.Timed page;
        services.promotions().hold();
        try {
            page = PageReads.read(kata.instance(0), basket.id(), GIVE_UP);
        } finally {
            services.promotions().release();
        }
        Map<String, Object> metrics = Map.of("pageMillis", page.took().toMillis());
        String request = "GET " + PageReads.path(basket.id());
        if (!page.answer().answered() || page.took().compareTo(WITHIN) > 0) {
            throw Feedback.check(request + ", while the promotions service hangs, should answer without it.")
                    .expected("HTTP 200 within " + WITHIN.toSeconds() + " s, with \"degraded\": [\"promotions\"]")
                    .actual(
                            page.answer().answered()
                                    ? "answered after " + page.took().toMillis() + " ms"
                                    : "no answer within " + GIVE_UP.toSeconds() + " s")
                    .cause("the promotions call has no timeout, or one longer than the page can wait")
                    .next("give the promotions client a short read timeout (300 ms), and treat its failure as"
                            + " \"no discount\"")
                    .hint(1)
                    .failure(metrics);
        }
        Optional<String> wrong = page.answer().status() == 200
                ? PageReads.difference(page.answer().body(), data, basket, services, false)
                : Optional.of(PageReads.describe(page.answer()));
        if (wrong.isPresent()) {
            throw Feedback.check(request + ", while the promotions service hangs, should be the page without the"
                            + " discount, saying so.")
                    .expected("HTTP 200, discountCents 0, the total without a discount, \"degraded\": [\"promotions\"]")
                    .actual(wrong.get())
                    .cause("a failed promotions call fails the whole page, or is not reported in degraded")
                    .next("catch the promotions failure alone: discount 0 and add \"promotions\" to degraded")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
