package lab.grader.katas.boundedfanout;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.boundedfanout.BasketData.Basket;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Three basket pages: each line's price from pricing, its stock from this request's own inventory call (the answer
 * changes with every call), the discount from promotions, and the total; bad ids get problem details.
 */
final class PageCorrect implements CheckBody<BasketData> {

    private static final int PAGES = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Override
    public Verdict run(KataRun kata, BasketData data) throws Exception {
        BasketServices services = BasketServices.of(kata);
        for (int i = 0; i < PAGES; i++) {
            Basket basket = data.basket(i);
            services.resetCounts();
            PageReads.Timed page = PageReads.read(kata.instance(0), basket.id(), TIMEOUT);
            String request = "GET " + PageReads.path(basket.id());
            if (!page.answer().answered() || page.answer().status() != 200) {
                throw Feedback.check(request + " should answer the basket page.")
                        .expected("HTTP 200")
                        .actual(PageReads.describe(page.answer()))
                        .cause("a call behind the page fails, or its answer is read wrongly")
                        .next(PageReads.SEE_THE_LOG)
                        .failure();
            }
            Optional<String> wrong = PageReads.difference(page.answer().body(), data, basket, services, true);
            if (wrong.isPresent()) {
                throw Feedback.check(request + " should show each line's price and stock as this request's calls"
                                + " got them, the discount, and the total.")
                        .expected("the stand-ins' answers for basket " + basket.id() + " (stock from this page's own"
                                + " inventory calls)")
                        .actual(wrong.get())
                        .cause("a line's answer is put on another line (results matched by arrival, not by SKU), or"
                                + " stock is remembered from an earlier page")
                        .next("keep each line's call with its line (a list of futures in line order), and call"
                                + " inventory for every page")
                        .hint(1)
                        .failure();
            }
        }
        ProblemDetails.expect(404)
                .check(
                        kata.instance(0).http().get(PageReads.path(data.unknownId())),
                        "GET " + PageReads.path(data.unknownId()),
                        "no basket has this id",
                        "keep the BasketNotFoundException the starter throws, and ApiExceptionHandler",
                        1);
        for (String bad : new String[] {"abc", "0"}) {
            ProblemDetails.expect(400)
                    .check(
                            kata.instance(0).http().get("/baskets/" + bad),
                            "GET /baskets/" + bad,
                            "a basket id is a whole number, 1 or more",
                            "keep BasketController's check and ApiExceptionHandler as the starter has them",
                            1);
        }
        return Verdict.pass(Map.of("pagesChecked", PAGES, "badRequestsChecked", 3));
    }
}
