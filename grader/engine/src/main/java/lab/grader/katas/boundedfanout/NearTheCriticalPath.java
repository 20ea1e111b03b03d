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
 * Every stand-in answers after 100 ms: a page of 20 lines makes 22 calls, 2.2 s if made one after another. With the
 * calls overlapped (8 inventory calls at a time) the page takes about 300 ms. The better of two pages, divided by the
 * sum of the simulated waits, must be at most 0.35: a ratio of simulated waits with a wide margin, and the better of
 * two because the machine's noise only ever adds time.
 */
final class NearTheCriticalPath implements CheckBody<BasketData> {

    static final Duration LATENCY = Duration.ofMillis(100);
    static final double MOST_RATIO = 0.35;
    private static final int PAGES = 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Override
    public Verdict run(KataRun kata, BasketData data) throws Exception {
        BasketServices services = BasketServices.of(kata);
        services.answerAfter(data.seed(), LATENCY);
        double best = Double.MAX_VALUE;
        Map<String, Object> metrics = new LinkedHashMap<>();
        Duration sum = Duration.ZERO;
        try {
            for (int i = 0; i < PAGES; i++) {
                Basket basket = data.basket(4 + i);
                sum = LATENCY.multipliedBy(basket.lines().size() + 2);
                PageReads.Timed page = PageReads.read(kata.instance(0), basket.id(), TIMEOUT);
                if (!page.answer().answered() || page.answer().status() != 200) {
                    throw Feedback.check("GET " + PageReads.path(basket.id()) + " should answer the basket page.")
                            .expected("HTTP 200")
                            .actual(PageReads.describe(page.answer()))
                            .cause("a call behind the page fails when its service takes 100 ms")
                            .next(PageReads.SEE_THE_LOG)
                            .failure();
                }
                double ratio = (double) page.took().toNanos() / sum.toNanos();
                metrics.put("page" + (i + 1) + "Millis", page.took().toMillis());
                best = Math.min(best, ratio);
            }
        } finally {
            services.answerAfter(data.seed(), BasketServices.LATENCY);
        }
        metrics.put("sumOfCallsMillis", sum.toMillis());
        metrics.put("bestRatio", Math.round(best * 100) / 100.0);
        if (best > MOST_RATIO) {
            throw Feedback.check("With each of the page's " + (sum.toMillis() / LATENCY.toMillis()) + " calls taking "
                            + LATENCY.toMillis() + " ms, the page should take about as long as its slowest path, not"
                            + " the sum of its calls.")
                    .expected("the better of " + PAGES + " pages within " + MOST_RATIO + " x " + sum.toMillis()
                            + " ms = " + Math.round(MOST_RATIO * sum.toMillis()) + " ms")
                    .actual(String.format("%.2f x the sum (%s)", best, metrics))
                    .cause("the calls wait for each other: pricing, then promotions, then each line's stock")
                    .next("start pricing, promotions and the inventory calls at once, and wait for them together")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
