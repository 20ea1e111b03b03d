package lab.grader.katas.missingindex;

import static lab.grader.katas.missingindex.SupportSearchCalls.EMAIL_CALL;
import static lab.grader.katas.missingindex.SupportSearchCalls.findByEmail;
import static lab.grader.katas.missingindex.SupportSearchCalls.listOrders;
import static lab.grader.katas.missingindex.SupportSearchCalls.ordersPath;
import static lab.grader.katas.missingindex.SupportSearchCalls.spell;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import lab.grader.katas.missingindex.MissingIndexData.BoundaryOrder;
import lab.grader.katas.missingindex.SupportSearchAnswers.Customer;
import lab.grader.katas.missingindex.SupportSearchAnswers.Order;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * The e-mail lookup finds a customer whatever the case it is typed in; the order lists match the database: on the
 * edges of the range, at one instant shared by three orders, for key accounts, and for empty ranges.
 */
final class SearchResults implements CheckBody<MissingIndexData> {

    @Override
    public Verdict run(KataRun kata, MissingIndexData data) throws Exception {
        RandomGenerator random = kata.random();
        for (int spelling = 0; spelling < 4; spelling++) {
            Customer customer =
                    SupportSearchAnswers.customer(kata.database(), data.customerAt(random.nextInt(data.customers())));
            String asked = spell(customer.email(), spelling);
            JsonNode body = findByEmail(kata, asked);
            Optional<String> difference = SupportSearchAnswers.customerDifference(body, customer);
            if (difference.isPresent()) {
                throw Feedback.check(EMAIL_CALL + asked + " should find customer " + customer.id() + ", whose e-mail is"
                                + " stored as " + customer.email() + ".")
                        .expected("id " + customer.id() + ", name \"" + customer.name() + "\", email \""
                                + customer.email() + "\" (as stored)")
                        .actual(difference.get() + "\n(seed " + kata.seed() + ")")
                        .cause(
                                asked.equals(customer.email())
                                        ? "a column is mapped to the wrong field"
                                        : "the e-mail is compared with its case, e.g. `where email = ?`, or lower() is applied"
                                                + " on one side only")
                        .next("compare lower(email) with lower(?) (and index that expression) in"
                                + " SupportSearchRepository.customerByEmail")
                        .hint(3)
                        .failure();
            }
        }
        Map<Long, String> why =
                data.boundaryOrders().stream().collect(Collectors.toMap(BoundaryOrder::id, BoundaryOrder::why));
        List<Order> boundary = requireOrders(
                kata,
                data.boundaryCustomerId(),
                data.boundaryFrom(),
                data.boundaryTo(),
                why,
                "customer " + data.boundaryCustomerId() + " (orders on the very edges of the range, and three"
                        + " at one instant)");
        for (BoundaryOrder order : data.boundaryOrders()) {
            if (order.inRange() != boundary.stream().anyMatch(o -> o.id() == order.id())) {
                throw new IllegalStateException(
                        "The grader's own range query disagrees with the seeded edge case " + order);
            }
        }
        long keyAccount =
                data.keyAccountIds().get(random.nextInt(data.keyAccountIds().size()));
        LocalDate from = MissingIndexData.START.plusDays(random.nextInt(700));
        requireOrders(
                kata,
                keyAccount,
                from,
                from.plusDays(5 + random.nextInt(10)),
                why,
                "customer " + keyAccount + " (a key account with thousands of orders)");
        for (int i = 0; i < 2; i++) {
            long customer = data.customerAt(random.nextInt(data.customers()));
            LocalDate start = MissingIndexData.START.plusDays(random.nextInt(300));
            requireOrders(
                    kata, customer, start, start.plusDays(100 + random.nextInt(300)), why, "customer " + customer);
        }
        LocalDate later = MissingIndexData.END.plusDays(10);
        requireOrders(
                kata,
                keyAccount,
                later,
                later.plusDays(30),
                why,
                "customer " + keyAccount + " (none: the range is after the last order)");
        requireOrders(kata, keyAccount, from, from, why, "customer " + keyAccount + " (none: from = to is empty)");
        return Verdict.pass(Map.of("emailLookupsChecked", 4, "orderListsChecked", 6));
    }

    private static List<Order> requireOrders(
            KataRun kata, long customerId, LocalDate from, LocalDate to, Map<Long, String> why, String whose)
            throws Exception {
        List<Order> expected = SupportSearchAnswers.orders(kata.database(), customerId, from, to);
        JsonNode body = listOrders(kata, customerId, from, to);
        Optional<String> difference = SupportSearchAnswers.ordersDifference(body, expected, why);
        if (difference.isPresent()) {
            throw Feedback.check("GET " + ordersPath(customerId, from, to) + " should list the orders of " + whose
                            + " placed from " + from + " 00:00 UTC (inclusive) to " + to + " 00:00 UTC (exclusive),"
                            + " newest first.")
                    .expected(expected.size() + " orders, by placedAt descending, then id descending")
                    .actual(difference.get() + "\n(seed " + kata.seed() + ")")
                    .cause("the range edges are off (<= instead of <, a time zone other than UTC, a day added or"
                            + " lost when turning dates into instants), or the ORDER BY lacks the id tie-break")
                    .next("compare placed_at >= <from at 00:00 UTC> and placed_at < <to at 00:00 UTC>, order by"
                            + " placed_at desc, id desc, in SupportSearchRepository.ordersPlacedBetween")
                    .hint(2)
                    .failure();
        }
        return expected;
    }
}
