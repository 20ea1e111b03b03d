package lab.grader.katas.nplusone;

import static lab.grader.katas.nplusone.OrderHistoryRequests.ENDPOINT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/** Task 1: for randomly picked customers, the JSON matches what the database holds, field by field. */
final class OrdersContent implements CheckBody<NPlusOneData> {

    @Override
    public Verdict run(KataRun kata, NPlusOneData data) throws Exception {
        RandomGenerator random = kata.random();
        List<Customer> withOrders =
                data.customers().stream().filter(c -> !c.orders().isEmpty()).toList();
        List<Customer> sample = new ArrayList<>(List.of(data.busiest()));
        for (int i = 0; i < 3; i++) {
            sample.add(withOrders.get(random.nextInt(withOrders.size())));
        }
        for (Customer customer : sample) {
            int limit = 1 + random.nextInt(30);
            JsonNode body = OrderHistoryRequests.get(kata, customer.id(), limit);
            Optional<String> difference = OrderHistoryAnswers.firstDifference(body, customer.recent(limit));
            if (difference.isPresent()) {
                throw Feedback.check(ENDPOINT + "?limit=" + limit + " should return customer " + customer.id() + "'s "
                                + limit + " most recent orders as the database holds them.")
                        .expected(customer.recent(limit).size() + " orders, newest first, each with its lines, product"
                                + " names, quantities and unit prices")
                        .actual(difference.get() + "\n(request: " + OrderHistoryRequests.path(customer.id(), limit)
                                + ", seed " + kata.seed() + ")")
                        .cause("a join or a grouping step that drops, repeats or mixes up rows")
                        .next("compare your SQL with the schema in src/main/resources/db/migration")
                        .hint(1)
                        .failure(Map.of("customersChecked", sample.size()));
            }
        }
        return Verdict.pass(Map.of("customersChecked", sample.size()));
    }
}
