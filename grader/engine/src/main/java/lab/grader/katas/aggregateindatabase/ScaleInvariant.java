package lab.grader.katas.aggregateindatabase;

import static lab.grader.katas.aggregateindatabase.RevenueRequests.BERLIN;
import static lab.grader.katas.aggregateindatabase.RevenueRequests.ENDPOINT;
import static lab.grader.katas.aggregateindatabase.RevenueRequests.NEW_YORK;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.aggregateindatabase.RevenueReportAnswers.Difference;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/** Ten times the orders in the same months: the same report reads no more rows, and includes the new orders. */
final class ScaleInvariant implements CheckBody<SalesData> {

    static final int SCALE_FACTOR = 10;
    /** How many more rows the report may read after the orders were multiplied by ten. */
    static final int SCALE_SLACK = 10;
    /** How many more values the report may receive after the orders were multiplied by ten. */
    static final int VALUES_SCALE_SLACK = 20;

    private static final int TASK = 5;

    @Override
    public Verdict run(KataRun kata, SalesData data) throws Exception {
        RandomGenerator random = kata.random();
        YearMonth from = data.firstMonth().plusMonths(random.nextInt(12));
        ZoneId zone = random.nextBoolean() ? BERLIN : NEW_YORK;
        ExpectedReport before = data.report(from, from.plusMonths(11), zone);
        Measured<JsonNode> first = Measured.around(kata, () -> RevenueRequests.get(kata, before));
        SqlSnapshot small = first.sql();
        RevenueRequests.requireExact(
                kata, data, before, first.value(), TASK, Map.of("rowsReadBefore", small.rowsRead()));
        SalesData more = SalesSeeder.multiply(kata.database(), data, SCALE_FACTOR, random);
        ExpectedReport after = more.report(before.from(), before.to(), zone);
        Measured<JsonNode> second = Measured.around(kata, () -> RevenueRequests.get(kata, after));
        SqlSnapshot large = second.sql();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("ordersBefore", data.orders().size());
        metrics.put("ordersAfter", more.orders().size());
        metrics.put("orderLinesInPeriodBefore", data.linesIn(before.from(), before.to(), zone));
        metrics.put("orderLinesInPeriodAfter", more.linesIn(before.from(), before.to(), zone));
        metrics.put("rowsReadBefore", small.rowsRead());
        metrics.put("rowsReadAfter", large.rowsRead());
        metrics.put("valuesReadBefore", small.valuesRead());
        metrics.put("valuesReadAfter", large.valuesRead());
        metrics.put("statementsAfter", large.statements());
        Optional<Difference> difference = RevenueReportAnswers.firstDifference(second.value(), after, more);
        if (difference.isPresent()) {
            throw Feedback.check(
                            "After " + (more.orders().size() - data.orders().size()) + " orders were added to the"
                                    + " same months (" + data.orders().size() + " -> "
                                    + more.orders().size() + " orders), "
                                    + ENDPOINT + " should include them.")
                    .expected("the totals of all " + more.orders().size() + " orders, read from the database at"
                            + " request time")
                    .actual(difference.get().what() + "\n(request: " + after.path() + ", seed " + kata.seed() + ")")
                    .cause(
                            second.value().equals(first.value())
                                    ? "the report is cached: it is the same as before the new orders"
                                    : difference.get().cause())
                    .next("compute the report from the tables on every request")
                    .failure(metrics);
        }
        if (large.rowsRead() > small.rowsRead() + SCALE_SLACK) {
            throw Feedback.check(ENDPOINT + " should read no more rows from PostgreSQL for ten times the orders.")
                    .expected("at most " + (small.rowsRead() + SCALE_SLACK) + " rows read after (" + small.rowsRead()
                            + " before, + " + SCALE_SLACK + ")")
                    .actual(small.rowsRead() + " rows read for " + data.orders().size() + " orders, "
                            + large.rowsRead() + " rows read for "
                            + more.orders().size() + " orders (x"
                            + ratio(large.rowsRead(), small.rowsRead()) + "). Statements after:"
                            + large.describeMostFrequent(3))
                    .cause("the rows the service reads grow with the orders: the lines are summed in Java, or"
                            + " grouped by something finer than month and category (day, product, order)")
                    .next("return one row per month and category from SQL (group by), so the result's size depends on"
                            + " the period alone")
                    .hint(1)
                    .failure(metrics);
        }
        if (large.valuesRead() > small.valuesRead() + VALUES_SCALE_SLACK) {
            throw Feedback.check(ENDPOINT + " should receive no more values from PostgreSQL for ten times the orders.")
                    .expected("at most " + (small.valuesRead() + VALUES_SCALE_SLACK) + " values received after ("
                            + small.valuesRead() + " before, + " + VALUES_SCALE_SLACK + ")")
                    .actual(small.valuesRead() + " values in " + small.rowsRead() + " rows for "
                            + data.orders().size() + " orders, " + large.valuesRead() + " values in "
                            + large.rowsRead() + " rows for " + more.orders().size() + " orders (x"
                            + ratio(large.valuesRead(), small.valuesRead()) + "). Statements after:"
                            + large.describeMostFrequent(3))
                    .cause("the rows stay as few, but what they carry grows with the orders: an array, a JSON text or a"
                            + " long text with the amount of every order line, added up in Java")
                    .next("return one total per month and category from SQL (sum ... group by), not the amounts it is"
                            + " made of")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    static String ratio(long after, long before) {
        return before == 0 ? "-" : String.format(Locale.ROOT, "%.1f", (double) after / before);
    }
}
