package lab.grader.katas.connectionheldduringremotecall;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.connectionheldduringremotecall.Checkouts.Checkout;
import lab.grader.katas.connectionheldduringremotecall.Checkouts.StoredOrder;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Checkouts one after another: each answer and each stored order has the database's total and the payment's outcome
 * (the stand-in declines every fifth order id); bad checkouts get problem details.
 */
final class OrdersCorrect implements CheckBody<CheckoutData> {

    private static final int CHECKOUTS = 10;

    @Override
    public Verdict run(KataRun kata, CheckoutData data) throws Exception {
        List<Checkout> checkouts = Checkouts.random(data, CHECKOUTS, kata.random());
        int declined = 0;
        for (int i = 0; i < checkouts.size(); i++) {
            Checkout checkout = checkouts.get(i);
            KataInstance instance = kata.instance(i % kata.instances().size());
            String request = "POST /orders " + checkout.json() + " on instance " + instance.name();
            Response response = post(instance, checkout.json());
            Optional<String> wrong = Checkouts.wrongAnswer(checkout, response.statusCode(), response.asString());
            if (wrong.isPresent()) {
                HttpAnswers.requireStatus(response, 201, request, Checkouts.SEE_THE_LOG);
                throw Feedback.check(request + " should answer the stored order: its total from the product's price,"
                                + " and PAID or PAYMENT_FAILED as the payment provider answered.")
                        .expected("totalCents " + checkout.totalCents() + " ("
                                + checkout.product().priceCents() + " x " + checkout.quantity() + ")")
                        .actual(wrong.get())
                        .cause("the total or the status is not the stored one (a status set before the payment's"
                                + " answer, or a declined payment reported as PAID)")
                        .next("answer the order as stored after the payment: PAID when the provider says APPROVED,"
                                + " PAYMENT_FAILED when it says DECLINED")
                        .failure();
            }
            long orderId = HttpAnswers.readOrMissing(response.asString())
                    .path("orderId")
                    .asLong();
            String status = Checkouts.expectedStatus(orderId);
            declined += status.equals("PAID") ? 0 : 1;
            Optional<StoredOrder> stored = Checkouts.stored(kata, orderId);
            StoredOrder expected = new StoredOrder(
                    orderId, checkout.product().id(), checkout.quantity(), checkout.totalCents(), status);
            if (stored.isEmpty() || !stored.get().equals(expected)) {
                throw Feedback.check("Order " + orderId + ", answered by " + request + ", should be stored in"
                                + " purchase_order as answered.")
                        .expected(expected.toString())
                        .actual(stored.map(StoredOrder::toString).orElse("no row with id " + orderId))
                        .cause("the status update after the payment is lost (never committed), or another row is"
                                + " updated")
                        .next("update the order's status by its id once the provider has answered, and let that"
                                + " statement commit")
                        .failure();
            }
        }
        requireProblems(kata, data);
        return Verdict.pass(Map.of("checkouts", CHECKOUTS, "declinedByTheProvider", declined, "badRequestsChecked", 4));
    }

    private static void requireProblems(KataRun kata, CheckoutData data) throws Exception {
        KataInstance instance = kata.instance(0);
        String unknown = "{\"productId\":" + data.unknownProduct() + ",\"quantity\":1}";
        ProblemDetails.expect(404)
                .check(
                        post(instance, unknown),
                        "POST /orders " + unknown,
                        "no product has this id",
                        "keep the ProductNotFoundException the starter throws, and ApiExceptionHandler",
                        1);
        long product = data.products().getFirst().id();
        for (String bad : new String[] {
            "{\"productId\":" + product + ",\"quantity\":0}", "{\"quantity\":1}", "{\"productId\":" + product
        }) {
            ProblemDetails.expect(400)
                    .check(
                            post(instance, bad),
                            "POST /orders " + bad,
                            "a checkout needs a productId of 1 or more and a quantity from 1 to 100, as JSON",
                            "keep CheckoutController's checks and ApiExceptionHandler as the starter has them",
                            1);
        }
    }

    private static Response post(KataInstance instance, String json) {
        return instance.http().contentType("application/json").body(json).post("/orders");
    }
}
