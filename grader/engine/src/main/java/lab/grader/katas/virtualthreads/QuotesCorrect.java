package lab.grader.katas.virtualthreads;

import java.util.Map;
import java.util.Optional;
import lab.grader.katas.virtualthreads.ShippingData.Order;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/** Quotes follow the order's row and the carrier's price; unknown and malformed ids get problem details. */
final class QuotesCorrect implements CheckBody<ShippingData> {

    private static final int ORDERS = 12;

    @Override
    public Verdict run(KataRun kata, ShippingData data) throws Exception {
        for (Order order : data.orders(0, ORDERS)) {
            KataInstance instance = kata.instance(0);
            String request = "GET " + QuoteAnswers.path(order.id());
            JsonNode body = HttpAnswers.json(
                    instance.http().get(QuoteAnswers.path(order.id())), 200, request, QuoteAnswers.SEE_THE_LOG);
            Optional<String> difference = QuoteAnswers.difference(body.toString(), data, order);
            if (difference.isPresent()) {
                throw Feedback.check(request + " should answer the carrier's price for the order's parcel.")
                        .expected(QuoteAnswers.expected(data, order) + " (the order: " + order.carrier() + ", zone "
                                + order.zone() + ", " + order.weightGrams() + " g)")
                        .actual(difference.get())
                        .cause("the carrier is asked about another parcel (zone and weight from the order's row), or"
                                + " a field is lost on the way")
                        .next("call /rates/{carrier}/{zone}/{grams} with the order's own values, and answer orderId,"
                                + " carrier, amount and currency")
                        .failure();
            }
        }
        String unknown = QuoteAnswers.path(data.unknownId());
        ProblemDetails.expect(404)
                .check(
                        kata.instance(0).http().get(unknown),
                        "GET " + unknown,
                        "no order has this id",
                        "keep the OrderNotFoundException the starter throws, and ApiExceptionHandler",
                        1);
        for (String bad : new String[] {"abc", "0"}) {
            String path = "/quotes/" + bad;
            ProblemDetails.expect(400)
                    .check(
                            kata.instance(0).http().get(path),
                            "GET " + path,
                            "an order id is a whole number, 1 or more",
                            "keep QuoteController's check and ApiExceptionHandler as the starter has them",
                            1);
        }
        return Verdict.pass(Map.of("ordersQuoted", ORDERS, "badRequestsChecked", 3));
    }
}
