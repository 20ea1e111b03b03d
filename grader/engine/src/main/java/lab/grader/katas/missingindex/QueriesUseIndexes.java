package lab.grader.katas.missingindex;

import static lab.grader.katas.missingindex.SupportSearchCalls.EMAIL_CALL;
import static lab.grader.katas.missingindex.SupportSearchCalls.MIGRATION;
import static lab.grader.katas.missingindex.SupportSearchCalls.findByEmail;
import static lab.grader.katas.missingindex.SupportSearchCalls.listOrders;
import static lab.grader.katas.missingindex.SupportSearchCalls.ordersPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.missingindex.SupportSearchAnswers.Customer;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * With sequential scans disabled, each search reaches its table through an index that seeks on what its WHERE
 * clause compares: lower(email) for the customer, customer_id and the placed_at range for the orders.
 */
final class QueriesUseIndexes implements CheckBody<MissingIndexData> {

    @Override
    public Verdict run(KataRun kata, MissingIndexData data) throws Exception {
        RandomGenerator random = kata.random();
        Customer customer =
                SupportSearchAnswers.customer(kata.database(), data.customerAt(random.nextInt(data.customers())));
        CallCost lookup =
                CallCost.measure(kata, EMAIL_CALL + customer.email(), () -> findByEmail(kata, customer.email()), true);
        long regular = data.customerAt(random.nextInt(data.customers()));
        LocalDate from = MissingIndexData.START.plusDays(random.nextInt(600));
        LocalDate to = from.plusDays(90);
        CallCost orders = CallCost.measure(
                kata, "GET " + ordersPath(regular, from, to), () -> listOrders(kata, regular, from, to), true);
        List<Finding> findings = new ArrayList<>();
        seekFinding(lookup, "customer", List.of(), true).ifPresent(findings::add);
        seekFinding(orders, "purchase_order", List.of("customer_id", "placed_at"), true)
                .ifPresent(findings::add);
        // The customer check may be folded into the orders query; if it reads customer at all, it must seek.
        seekFinding(orders, "customer", List.of(), false).ifPresent(findings::add);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("emailLookupIndexes", lookup.indexNames("customer"));
        metrics.put("orderListIndexes", orders.indexNames("purchase_order"));
        if (!findings.isEmpty()) {
            throw Finding.report(
                            Feedback.check("With sequential scans disabled (set enable_seqscan = off), each search"
                                            + " should reach its table through an index that seeks on what the WHERE"
                                            + " clause compares.")
                                    .expected("an Index Scan, Index Only Scan or Bitmap Index Scan with an Index Cond:"
                                            + " on lower(email) for customer, on customer_id and the placed_at range"
                                            + " for purchase_order"),
                            findings)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static Optional<Finding> seekFinding(
            CallCost call, String table, List<String> seekColumns, boolean required) {
        List<TableAccess> accesses = call.accessesTo(table);
        if (accesses.isEmpty()) {
            return required
                    ? Optional.of(new Finding(
                            call.call() + " ran no query on " + table + ":" + call.describe(),
                            "the answer does not come from the " + table + " table",
                            "read the " + table + " table in SupportSearchRepository",
                            1))
                    : Optional.empty();
        }
        for (TableAccess access : accesses) {
            if (!access.seeks() || !seekColumns.stream().allMatch(access::seeksOn)) {
                String search = table.equals("customer") && call.call().contains("/orders")
                        ? "customer check"
                        : table.equals("customer") ? "e-mail lookup" : "order list";
                boolean customer = table.equals("customer");
                return Optional.of(new Finding(
                        call.call() + ", explained with its parameters:" + call.describe(),
                        search + ": " + seekCause(access),
                        search + ": " + seekNext(table),
                        customer ? 2 : 3));
            }
        }
        return Optional.empty();
    }

    static String seekCause(TableAccess access) {
        String filter = access.filter().toLowerCase(Locale.ROOT);
        if (access.table().equals("customer") && filter.contains("lower(")) {
            return "no index holds lower(email). An index on plain email cannot answer `lower(email) = ...`:"
                    + " the planner only matches an index built on that same expression";
        }
        if (access.table().equals("purchase_order") && access.seeks() && filter.contains("placed_at")) {
            return filter.contains("time zone") || filter.contains("::date") || filter.contains("date(")
                    ? "the index finds the customer's orders, but the date range is a Filter checked on every one"
                            + " of them: placed_at is wrapped in a cast or function, so the index cannot seek on it"
                    : "the index finds the customer's orders, but the date range is a Filter checked on every one of"
                            + " them: the index has no placed_at right after customer_id";
        }
        if (access.nodeType().equals("Seq Scan")) {
            return "no index fits this WHERE clause: even with sequential scans disabled the whole table is read";
        }
        if (access.seeks()) {
            return "the index seeks on part of the WHERE clause only: it misses "
                    + (access.seeksOn("customer_id") ? "placed_at" : "customer_id")
                    + ", which is then checked row by row";
        }
        return "the index is read from end to end instead of seeking: its leading column is not compared in the"
                + " WHERE clause, or is wrapped in a function";
    }

    private static String seekNext(String table) {
        if (table.equals("customer")) {
            return "index the expression the query compares, lower(email), in " + MIGRATION;
        }
        return "simplest: index (customer_id, placed_at) in " + MIGRATION
                + ", and compare the bare column with two instants"
                + " (placed_at >= ? and placed_at < ?) in SupportSearchRepository.ordersPlacedBetween";
    }
}
