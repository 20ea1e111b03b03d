package lab.grader.katas.nplusone;

import static lab.grader.katas.nplusone.OrderHistoryRequests.ENDPOINT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.ProblemDetails;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/** Task 3: newest first with the id tie-break, the limit and its default, the empty case, and 4xx problem details. */
final class OrderingAndErrors implements CheckBody<NPlusOneData> {

    private static final String VALIDATE = "validate the input in OrderHistoryController and answer 4xx with a"
            + " ProblemDetail (ApiErrorHandler shows how)";

    @Override
    public Verdict run(KataRun kata, NPlusOneData data) throws Exception {
        Customer busiest = data.busiest();
        int all = busiest.orders().size();
        Optional<String> difference = OrderHistoryAnswers.firstDifference(
                OrderHistoryRequests.get(kata, busiest.id(), 100), busiest.recent(100));
        if (difference.isPresent()) {
            throw Feedback.check(ENDPOINT + "?limit=100 should list all " + all + " orders of customer " + busiest.id()
                            + " newest first; orders placed at the same instant go higher id first.")
                    .expected("orders by placedAt descending, then id descending; lines in the order they were added")
                    .actual(difference.get())
                    .cause("an ORDER BY that is missing, reversed, or without the id tie-break")
                    .next("order by placed_at desc, id desc for orders and by line id for lines")
                    .hint(1)
                    .failure();
        }
        String defaultPath = OrderHistoryRequests.path(busiest.id(), -1);
        JsonNode defaultLimit = HttpAnswers.json(
                kata.instance(0).http().get(defaultPath),
                200,
                "GET " + defaultPath,
                "see the kata's log under target/lab/logs/ for the exception");
        if (defaultLimit.size() != 10) {
            throw Feedback.check(ENDPOINT + " without a limit should return the 10 most recent orders.")
                    .expected("10 orders")
                    .actual(defaultLimit.size() + " orders for customer " + busiest.id() + ", who has " + all)
                    .cause("the default limit is not 10")
                    .next("set the limit parameter's default to 10 in OrderHistoryController")
                    .failure();
        }
        JsonNode none = OrderHistoryRequests.get(kata, data.withoutOrders().id(), 10);
        if (!none.isArray() || !none.isEmpty()) {
            throw Feedback.check(ENDPOINT + " for a customer without orders should return an empty array.")
                    .expected("[]")
                    .actual(Text.quote(none.toString()))
                    .cause("a customer without orders is treated as an error")
                    .next("answer an empty list when the orders query finds none")
                    .hint(3)
                    .failure();
        }
        expectProblem(
                kata,
                ProblemDetails.expect(404),
                "/customers/" + data.unknownCustomerId() + "/orders",
                "customer " + data.unknownCustomerId() + " does not exist");
        for (String badLimit : List.of("0", "101", "abc")) {
            expectProblem(
                    kata,
                    ProblemDetails.expect(400).mentioning("limit"),
                    OrderHistoryRequests.path(busiest.id(), -1) + "?limit=" + badLimit,
                    "limit=" + badLimit + " is not a whole number from 1 to 100");
        }
        expectProblem(
                kata, ProblemDetails.expect(400), "/customers/not-a-number/orders", "the customer id is not a number");
        return Verdict.pass(Map.of("ordersListed", all));
    }

    private static void expectProblem(KataRun kata, ProblemDetails rule, String path, String why) throws CheckFailure {
        rule.check(kata.instance(0).http().get(path), "GET " + path, why, VALIDATE);
    }
}
