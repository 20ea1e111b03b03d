package lab.grader.katas.nplusone;

import static lab.grader.katas.nplusone.OrderHistoryRequests.ENDPOINT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.katas.nplusone.NPlusOneData.Order;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * Task 1: for randomly picked customers, the JSON matches what the database holds, field by field, also right after
 * the grader changed a customer's orders behind the kata's back.
 */
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
        Customer changed = withOrders.get(random.nextInt(withOrders.size()));
        long statements = showsChangesAtOnce(kata, data, changed, random);
        return Verdict.pass(Map.of("customersChecked", sample.size(), "statementsAfterChange", statements));
    }

    /**
     * Let the kata answer once, change the customer's history over the grader's own connection, and require the very
     * next answer to show the change: a copy of the orders kept from an earlier request must not pass.
     */
    private static long showsChangesAtOnce(KataRun kata, NPlusOneData data, Customer customer, RandomGenerator random)
            throws Exception {
        int limit = Math.min(customer.orders().size() + 1, 100);
        OrderHistoryRequests.get(kata, customer.id(), limit);
        OrderHistoryChange change = OrderHistoryChange.plan(data, customer, random);
        change.apply(kata.database());
        try {
            Measured<JsonNode> answer =
                    Measured.around(kata, () -> OrderHistoryRequests.get(kata, customer.id(), limit));
            long statements = answer.sql().statements();
            List<Order> expected = change.applyTo(customer).recent(limit);
            Optional<String> difference = OrderHistoryAnswers.firstDifference(answer.value(), expected);
            if (difference.isPresent()) {
                throw Feedback.check("After the kata answered " + ENDPOINT + "?limit=" + limit + " for customer "
                                + customer.id() + ", the grader changed that customer's orders in the database: "
                                + change.describe() + ". The very next request should show both.")
                        .expected(expected.size() + " orders: order "
                                + change.placed().id() + " first, and line "
                                + change.before().id() + " with quantity "
                                + change.after().quantity()
                                + " and unit price " + change.after().unitPrice())
                        .actual(difference.get() + "; that request ran " + statements + " SQL statements"
                                + (statements == 0 ? " (none: the answer did not come from the database)" : "")
                                + "\n(request: " + OrderHistoryRequests.path(customer.id(), limit) + ", seed "
                                + kata.seed() + ")")
                        .cause(
                                statements == 0
                                        ? "a response cache with no freshness: the orders were read once and later"
                                                + " answers come from that copy; a request that must show current data"
                                                + " cannot run no statement at all"
                                        : "the answer is built, at least partly, from a copy read earlier (a cache, a"
                                                + " map filled on a first request), or the query loses the new rows")
                        .next("read the orders and their lines from the database on every request in"
                                + " OrderHistoryRepository and drop any copy kept between requests: this kata is about"
                                + " loading less per request, not about not reading")
                        .hint(4)
                        .failure(Map.of("statementsAfterChange", statements));
            }
            return statements;
        } finally {
            change.undo(kata.database());
        }
    }
}
