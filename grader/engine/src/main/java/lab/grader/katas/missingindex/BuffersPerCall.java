package lab.grader.katas.missingindex;

import static lab.grader.katas.missingindex.SupportSearchCalls.EMAIL_CALL;
import static lab.grader.katas.missingindex.SupportSearchCalls.MIGRATION;
import static lab.grader.katas.missingindex.SupportSearchCalls.ORDERS_CALL;
import static lab.grader.katas.missingindex.SupportSearchCalls.findByEmail;
import static lab.grader.katas.missingindex.SupportSearchCalls.listOrders;
import static lab.grader.katas.missingindex.SupportSearchCalls.ordersPath;
import static lab.grader.katas.missingindex.SupportSearchCalls.spell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import lab.grader.katas.missingindex.SupportSearchAnswers.Customer;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Each search reads at most a tenth of the pages a sequential scan of its table reads: three e-mail lookups, a key
 * account's week and an ordinary customer's year, each explained as the planner runs it.
 */
final class BuffersPerCall implements CheckBody<MissingIndexData> {

    @Override
    public Verdict run(KataRun kata, MissingIndexData data) throws Exception {
        RandomGenerator random = kata.random();
        long customerPages = TableSizes.pages(kata, "customer");
        long orderPages = TableSizes.pages(kata, "purchase_order");
        long emailLimit = customerPages / MissingIndexGrading.SCAN_FRACTION;
        long ordersLimit = orderPages / MissingIndexGrading.SCAN_FRACTION;
        List<CallCost> lookups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Customer customer =
                    SupportSearchAnswers.customer(kata.database(), data.customerAt(random.nextInt(data.customers())));
            String asked = spell(customer.email(), i + 1);
            lookups.add(CallCost.measure(kata, EMAIL_CALL + asked, () -> findByEmail(kata, asked), false));
        }
        long keyAccount =
                data.keyAccountIds().get(random.nextInt(data.keyAccountIds().size()));
        LocalDate weekFrom = MissingIndexData.START.plusDays(30 + random.nextInt(650));
        LocalDate weekTo = weekFrom.plusDays(7);
        CallCost keyAccountWeek = CallCost.measure(
                kata,
                "GET " + ordersPath(keyAccount, weekFrom, weekTo) + " (a key account, one week)",
                () -> listOrders(kata, keyAccount, weekFrom, weekTo),
                false);
        long regular = data.customerAt(random.nextInt(data.customers()));
        LocalDate yearFrom = MissingIndexData.START.plusDays(random.nextInt(300));
        LocalDate yearTo = yearFrom.plusDays(365);
        CallCost regularYear = CallCost.measure(
                kata,
                "GET " + ordersPath(regular, yearFrom, yearTo) + " (a customer, one year)",
                () -> listOrders(kata, regular, yearFrom, yearTo),
                false);

        CallCost worstLookup = lookups.stream()
                .max(Comparator.comparingLong(CallCost::sharedBuffers))
                .orElseThrow();
        CallCost worstOrders =
                keyAccountWeek.sharedBuffers() >= regularYear.sharedBuffers() ? keyAccountWeek : regularYear;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("customerTablePages", customerPages);
        metrics.put("orderTablePages", orderPages);
        metrics.put("emailLookupBuffersPerCall", worstLookup.sharedBuffers());
        metrics.put("emailLookupBufferLimit", emailLimit);
        metrics.put("orderListBuffersPerCall", worstOrders.sharedBuffers());
        metrics.put("orderListBufferLimit", ordersLimit);
        metrics.put("keyAccountWeekBuffers", keyAccountWeek.sharedBuffers());
        metrics.put("customerYearBuffers", regularYear.sharedBuffers());
        List<Finding> findings = new ArrayList<>();
        if (worstLookup.sharedBuffers() > emailLimit) {
            findings.add(new Finding(
                    "e-mail lookup: " + worstLookup.sharedBuffers() + " buffers, limit " + emailLimit
                            + " (customer has " + customerPages + " pages). " + worstLookup.call() + ":"
                            + worstLookup.describe(),
                    "e-mail lookup: " + bufferCause(worstLookup, "customer"),
                    "e-mail lookup: index lower(email) in " + MIGRATION,
                    1));
        }
        if (worstOrders.sharedBuffers() > ordersLimit) {
            findings.add(new Finding(
                    "order list: " + keyAccountWeek.sharedBuffers() + " buffers for a key account's"
                            + " week, " + regularYear.sharedBuffers() + " for a customer's year, limit " + ordersLimit
                            + " (purchase_order has " + orderPages + " pages). " + worstOrders.call() + ":"
                            + worstOrders.describe(),
                    "order list: " + bufferCause(worstOrders, "purchase_order"),
                    "order list: index (customer_id, placed_at) in " + MIGRATION + " and keep placed_at bare in the"
                            + " WHERE clause of SupportSearchRepository.ordersPlacedBetween",
                    2));
        }
        if (!findings.isEmpty()) {
            throw Finding.report(
                            Feedback.check("Each search should read at most a tenth of the pages a sequential scan of"
                                            + " its table reads: " + EMAIL_CALL + " against customer, " + ORDERS_CALL
                                            + " against purchase_order (for a key account's week as for an ordinary"
                                            + " customer's year).")
                                    .expected("at most " + emailLimit + " shared buffers per e-mail lookup and "
                                            + ordersLimit + " per order list"),
                            findings)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static String bufferCause(CallCost call, String table) {
        List<TableAccess> accesses = call.accessesTo(table);
        if (accesses.stream().anyMatch(access -> access.nodeType().equals("Seq Scan"))) {
            return "the planner scans all of " + table + ": no index fits the WHERE clause as written";
        }
        if (table.equals("purchase_order") && accesses.stream().anyMatch(access -> !access.seeksOn("placed_at"))) {
            return "the index finds the customer, then every one of the customer's orders is read and the date"
                    + " range is checked row by row (a key account has thousands): placed_at is not part of the"
                    + " index seek";
        }
        if (table.equals("purchase_order")
                && accesses.stream()
                        .anyMatch(access -> !access.seeksOn("customer_id")
                                || access.indexCondition().replace("(", "").startsWith("placed_at"))) {
            return "the index leads with the date range, so it walks through every customer's orders in the range"
                    + " (a year holds half the table) to find this customer's: the equality column, customer_id,"
                    + " must come first in the index";
        }
        return "the index does not narrow the rows down enough";
    }
}
