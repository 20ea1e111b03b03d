package lab.grader.katas.sqlinjection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.katas.sqlinjection.SupportData.SeededCustomer;
import lab.grader.katas.sqlinjection.SupportData.SeededOrder;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.ProblemDetails;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * Ordinary searches return exactly the right customers, in order: names with an apostrophe, a percent sign, an
 * underscore or a backslash are searched for literally (each has a decoy a wildcard would match). An order is found
 * by its id; an unknown sort field or direction, and an id that is not a number, get a 400 problem detail.
 */
final class SearchCorrect implements CheckBody<SupportData> {

    private static final String NEXT = "bind q as a parameter of `name ILIKE ? ESCAPE '\\'`, after escaping \\, % and _"
            + " in it; order by the allow-listed column, then id";

    static final List<Search> SEARCHES = List.of(
            new Search("son", "ACTIVE", "name", "desc", 5),
            new Search("O'Brien", null, "id", "asc", 20),
            new Search("100%", null, "name", "asc", 20),
            new Search("a_b", null, "name", "asc", 20),
            new Search("k\\S", null, "name", "asc", 20),
            new Search("", "SUSPENDED", "name", "asc", 100),
            new Search("", null, "id", "desc", 7));

    @Override
    public Verdict run(KataRun kata, SupportData data) throws Exception {
        for (Search search : SEARCHES) {
            List<Long> expected = search.expectedIds(kata.database());
            var response = kata.instance(0).http().urlEncodingEnabled(false).get(search.path());
            if (response.statusCode() != 200) {
                throw HttpAnswers.unexpectedStatus(response, "HTTP 200", search.describe() + " should answer 200.")
                        .cause(cause(search))
                        .next(NEXT)
                        .hint(hint(search))
                        .failure(Map.of("search", search.describe()));
            }
            JsonNode rows = HttpAnswers.parse(response, search.describe(), NEXT);
            List<Long> actual = new ArrayList<>();
            rows.forEach(row -> actual.add(row.path("id").asLong(-1)));
            if (!actual.equals(expected)) {
                throw Feedback.check(search.describe() + " should return exactly the customers whose name contains "
                                + Text.quote(search.q()) + " as typed, in order.")
                        .expected("ids " + expected + " (" + names(data, expected) + ")")
                        .actual("ids " + actual + " (" + names(data, actual) + ")")
                        .cause(cause(search))
                        .next(NEXT)
                        .hint(hint(search))
                        .failure(Map.of("search", search.describe()));
            }
            for (JsonNode row : rows) {
                SeededCustomer customer = data.customer(row.path("id").asLong()).orElseThrow();
                if (!row.path("name").asString("").equals(customer.name())
                        || !row.path("email").asString("").equals(customer.email())) {
                    throw Feedback.check(search.describe() + " should answer each customer's own fields.")
                            .expected(customer.toString())
                            .actual(Text.quote(row.toString()))
                            .cause("the columns are read in the wrong order, or from another table")
                            .next("map id, name, email, status and city from the same row")
                            .failure();
                }
            }
        }
        SeededOrder order = data.orders().getFirst();
        String orderPath = "/orders/" + order.id();
        JsonNode answer = HttpAnswers.json(
                kata.instance(0).http().get(orderPath),
                200,
                "GET " + orderPath,
                "see the exception in the kata's log under target/lab/logs/");
        if (answer.path("customerId").asLong() != order.customerId()
                || answer.path("total").decimalValue().compareTo(order.total()) != 0) {
            throw Feedback.check("GET " + orderPath + " should answer the order.")
                    .expected(order.toString())
                    .actual(Text.quote(answer.toString()))
                    .cause("the order is read from the wrong row")
                    .next("select the order by its id, bound as a parameter")
                    .failure();
        }
        String unknown = "/orders/" + (data.orders().getLast().id() + 1);
        ProblemDetails.expect(404)
                .check(
                        kata.instance(0).http().get(unknown),
                        "GET " + unknown,
                        "no order has that id",
                        "answer OrderNotFoundException with a 404, as the starter does");
        badRequest(kata, "/customers/search?sort=password", "the API offers sort=name, city or id only");
        badRequest(kata, "/customers/search?dir=sideways", "the direction is asc or desc");
        badRequest(kata, "/orders/abc", "an order id is a number");
        return Verdict.pass(Map.of("searchesChecked", SEARCHES.size()));
    }

    private static void badRequest(KataRun kata, String path, String why) throws Exception {
        ProblemDetails.expect(400)
                .check(
                        kata.instance(0).http().urlEncodingEnabled(false).get(path),
                        "GET " + path,
                        why,
                        "check the value against what is allowed before any SQL runs, and answer a 400 problem"
                                + " detail (InvalidSearchException, or a typed @PathVariable)",
                        1);
    }

    private static int hint(Search search) {
        return search.q().matches(".*[%_\\\\].*") ? 2 : 1;
    }

    private static String cause(Search search) {
        if (search.q().contains("'")) {
            return "the apostrophe ends the SQL string the search text was pasted into: a syntax error, or another"
                    + " query";
        }
        if (search.q().contains("%") || search.q().contains("_") || search.q().contains("\\")) {
            return "%, _ and \\ mean something to LIKE: unescaped, \"" + search.q() + "\" matches more (or less)"
                    + " than itself";
        }
        return "the filter, the sort or the limit is not applied as asked";
    }

    private static String names(SupportData data, List<Long> ids) {
        return String.join(
                ", ",
                ids.stream()
                        .map(id -> data.customer(id).map(SeededCustomer::name).orElse("?"))
                        .toList());
    }
}
