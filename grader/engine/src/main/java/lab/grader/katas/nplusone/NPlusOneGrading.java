package lab.grader.katas.nplusone;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.Check;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.KataRun;
import lab.grader.model.SeedContext;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/** Grade 01-n-plus-one: the order history must be right, and cost the same statements for 5 orders as for 50. */
public final class NPlusOneGrading implements KataGrading<NPlusOneData> {

    static final int MAX_STATEMENTS = 4;
    private static final String ENDPOINT = "GET /customers/{id}/orders";
    private static final String README = "exercises/01-n-plus-one/README.md";

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "01-n-plus-one",
                "query optimization",
                "N+1 queries",
                "lab.nplusone.NPlusOneApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of("statements-constant"));
    }

    @Override
    public NPlusOneData seed(SeedContext context) throws Exception {
        return NPlusOneSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<NPlusOneData>> checks() {
        return List.of(
                new Check<>("orders-content", 1, "The order history matches the database", 3, this::ordersContent),
                new Check<>(
                        "statements-constant",
                        2,
                        "SQL statements do not grow with the number of orders",
                        4,
                        this::statementsConstant),
                new Check<>(
                        "ordering-and-errors",
                        3,
                        "Newest first, limit respected, clear 4xx errors",
                        3,
                        this::orderingAndErrors));
    }

    @Override
    public List<String> explorationHints(NPlusOneData data, List<String> baseUrls) {
        return List.of(
                "curl -s '" + baseUrls.getFirst() + "/customers/"
                        + data.busiest().id() + "/orders?limit=5'",
                "customer " + data.busiest().id() + " has "
                        + data.busiest().orders().size() + " orders; customer "
                        + data.withoutOrders().id() + " has none; " + data.unknownCustomerId() + " does not exist");
    }

    private Verdict ordersContent(KataRun kata, NPlusOneData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0x5EED);
        List<Customer> withOrders =
                data.customers().stream().filter(c -> !c.orders().isEmpty()).toList();
        List<Customer> sample = new ArrayList<>(List.of(data.busiest()));
        for (int i = 0; i < 3; i++) {
            sample.add(withOrders.get(random.nextInt(withOrders.size())));
        }
        for (Customer customer : sample) {
            int limit = 1 + random.nextInt(30);
            JsonNode body = get(kata, customer.id(), limit);
            Optional<String> difference = OrderHistoryAnswers.firstDifference(body, customer.recent(limit));
            if (difference.isPresent()) {
                throw Feedback.check(ENDPOINT + "?limit=" + limit + " should return customer " + customer.id() + "'s "
                                + limit + " most recent orders as the database holds them.")
                        .expected(customer.recent(limit).size() + " orders, newest first, each with its lines, product"
                                + " names, quantities and unit prices")
                        .actual(difference.get() + "\n(request: " + path(customer.id(), limit) + ", seed " + kata.seed()
                                + ")")
                        .cause("a join or a grouping step that drops, repeats or mixes up rows")
                        .next("compare your SQL with the schema in src/main/resources/db/migration; task 1 of "
                                + README)
                        .failure(Map.of("customersChecked", sample.size()));
            }
        }
        return Verdict.pass(Map.of("customersChecked", sample.size()));
    }

    private Verdict statementsConstant(KataRun kata, NPlusOneData data) throws Exception {
        Customer few = data.withAtLeast(5);
        Customer many = data.withAtLeast(50);
        SqlSnapshot forFive = kata.sql().measure(() -> get(kata, few.id(), 5));
        SqlSnapshot forFifty = kata.sql().measure(() -> get(kata, many.id(), 50));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("statementsFor5Orders", forFive.statements());
        metrics.put("statementsFor50Orders", forFifty.statements());
        metrics.put("roundTripsFor50Orders", forFifty.roundTrips());
        metrics.put("rowsReadFor50Orders", forFifty.rowsRead());
        if (forFive.statements() != forFifty.statements() || forFifty.statements() > MAX_STATEMENTS) {
            throw Feedback.check(ENDPOINT + " should run the same number of SQL statements for 5 orders as for 50.")
                    .expected("at most " + MAX_STATEMENTS + " statements for both")
                    .actual(forFive.statements() + " statements for 5 orders, " + forFifty.statements() + " for 50."
                            + " Most frequent for 50:" + forFifty.describeMostFrequent(3))
                    .cause(
                            forFifty.statements() > forFive.statements()
                                    ? "a query inside a loop: the lines (or product names) are loaded once per order or per"
                                            + " line, or in fixed-size chunks (N+1)"
                                    : "more statements than needed, even though they do not grow")
                    .next("load the lines of all the orders in one query (a join, or `where order_id = any(?)`) in"
                            + " OrderHistoryRepository -- task 2 of " + README + ", hint 1")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict orderingAndErrors(KataRun kata, NPlusOneData data) throws Exception {
        Customer busiest = data.busiest();
        int all = busiest.orders().size();
        Optional<String> difference =
                OrderHistoryAnswers.firstDifference(get(kata, busiest.id(), 100), busiest.recent(100));
        if (difference.isPresent()) {
            throw Feedback.check(ENDPOINT + "?limit=100 should list all " + all + " orders of customer " + busiest.id()
                            + " newest first; orders placed at the same instant go higher id first.")
                    .expected("orders by placedAt descending, then id descending; lines in the order they were added")
                    .actual(difference.get())
                    .cause("an ORDER BY that is missing, reversed, or without the id tie-break")
                    .next("order by placed_at desc, id desc for orders and by line id for lines -- task 3 of " + README)
                    .failure();
        }
        JsonNode defaultLimit = HttpAnswers.json(
                kata.instance(0).http().get(path(busiest.id(), -1)),
                200,
                "GET " + path(busiest.id(), -1),
                "task 3 of " + README);
        if (defaultLimit.size() != 10) {
            throw Feedback.check(ENDPOINT + " without a limit should return the 10 most recent orders.")
                    .expected("10 orders")
                    .actual(defaultLimit.size() + " orders")
                    .cause("the default limit is not 10")
                    .next("task 3 of " + README)
                    .failure();
        }
        JsonNode none = get(kata, data.withoutOrders().id(), 10);
        if (!none.isArray() || !none.isEmpty()) {
            throw Feedback.check(ENDPOINT + " for a customer without orders should return an empty array.")
                    .expected("[]")
                    .actual(Text.quote(none.toString()))
                    .cause("a customer without orders is treated as an error")
                    .next("task 3 of " + README)
                    .failure();
        }
        expectStatus(kata, "/customers/" + data.unknownCustomerId() + "/orders", 404, "an unknown customer");
        for (String badLimit : List.of("0", "101", "abc")) {
            expectStatus(
                    kata,
                    "/customers/" + busiest.id() + "/orders?limit=" + badLimit,
                    400,
                    "limit=" + badLimit + " (allowed: 1 to 100)");
        }
        expectStatus(kata, "/customers/not-a-number/orders", 400, "a customer id that is not a number");
        return Verdict.pass(Map.of("ordersListed", all));
    }

    private static void expectStatus(KataRun kata, String path, int status, String what) throws CheckFailure {
        Response response = kata.instance(0).http().get(path);
        if (response.statusCode() != status) {
            throw Feedback.check("GET " + path + " should answer " + status + " for " + what + ".")
                    .expected("HTTP " + status + " with a message saying what was wrong")
                    .actual("HTTP " + response.statusCode() + ": " + Text.quote(response.asString()))
                    .cause(
                            response.statusCode() >= 500
                                    ? "an exception escaped the controller"
                                    : "the input is not validated, or the wrong status is chosen")
                    .next("validate the input and answer 4xx with a ProblemDetail -- task 3 of " + README)
                    .failure();
        }
    }

    private static JsonNode get(KataRun kata, long customerId, int limit) throws CheckFailure {
        String path = path(customerId, limit);
        return HttpAnswers.json(
                kata.instance(0).http().get(path),
                200,
                "GET " + path,
                "see the kata's log under target/lab/logs/ and task 1 of " + README);
    }

    private static String path(long customerId, int limit) {
        return "/customers/" + customerId + "/orders" + (limit > 0 ? "?limit=" + limit : "");
    }
}
