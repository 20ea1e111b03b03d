package lab.grader.katas.aggregateindatabase;

import static lab.grader.katas.aggregateindatabase.RevenueRequests.ENDPOINT;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/** A 12-month report receives about one row per month and category from PostgreSQL, not one per order line. */
final class RowsAboutGroups implements CheckBody<SalesData> {

    /** Rows allowed per month x category group, plus a constant: room for a category list or a month list. */
    static final int ROWS_PER_GROUP = 2;

    static final int ROWS_SLACK = 20;
    /**
     * Values received per group, plus a constant: a month, a category and a total are three; room for a few more
     * columns, or for a JSON document of the totals. Every line's amount in an array is not.
     */
    static final int VALUES_PER_GROUP = 6;

    static final int VALUES_SLACK = 20;
    private static final int TASK = 2;

    @Override
    public Verdict run(KataRun kata, SalesData data) throws Exception {
        RandomGenerator random = kata.random();
        YearMonth from = data.firstMonth().plusMonths(1 + random.nextInt(11));
        ZoneId zone =
                data.boundaryZones().get(random.nextInt(data.boundaryZones().size()));
        ExpectedReport expected = data.report(from, from.plusMonths(11), zone);
        Measured<JsonNode> report = Measured.around(kata, () -> RevenueRequests.get(kata, expected));
        SqlSnapshot sql = report.sql();
        long allowed = allowedRows(expected);
        long lines = data.linesIn(expected.from(), expected.to(), expected.zone());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rowsRead", sql.rowsRead());
        metrics.put("groups", expected.groups());
        metrics.put("rowsAllowed", allowed);
        metrics.put("valuesRead", sql.valuesRead());
        metrics.put("valuesAllowed", allowedValues(expected));
        metrics.put("orderLinesInPeriod", lines);
        metrics.put("statements", sql.statements());
        RevenueRequests.requireExact(kata, data, expected, report.value(), TASK, metrics);
        if (sql.rowsRead() > allowed) {
            throw Feedback.check(ENDPOINT + " for " + expected.months().size() + " months should receive about one"
                            + " row per month and category from PostgreSQL, not one per order line.")
                    .expected("at most " + allowed + " rows read ("
                            + expected.months().size() + " months x "
                            + data.categories().size() + " categories = " + expected.groups() + " groups, x"
                            + ROWS_PER_GROUP + " + " + ROWS_SLACK + ")")
                    .actual(sql.rowsRead() + " rows read in " + sql.statements() + " statements; the period holds "
                            + lines + " order lines. Statements:" + sql.describeMostFrequent(3))
                    .cause(
                            sql.rowsRead() >= lines
                                    ? "every order line travels to the service and is added up in Java"
                                    : "the rows are grouped more finely than by month and category (by day, by product, by"
                                            + " order?), or something else is read for each group")
                    .next("let PostgreSQL add up the lines: sum(l.quantity * l.unit_price) ... group by month,"
                            + " category, in RevenueRepository.revenueByMonthAndCategory")
                    .hint(1)
                    .failure(metrics);
        }
        if (sql.valuesRead() > allowedValues(expected)) {
            throw Feedback.check(ENDPOINT + " for " + expected.months().size() + " months should receive about a"
                            + " total per month and category from PostgreSQL, not every order line's amount packed"
                            + " into a few rows.")
                    .expected("at most " + allowedValues(expected) + " values received (" + expected.groups()
                            + " groups x " + VALUES_PER_GROUP + " + " + VALUES_SLACK + "). A value is one column of a"
                            + " row, one element of an array, one number or string in a JSON text, or 16 characters"
                            + " of any other text")
                    .actual(sql.valuesRead() + " values received in " + sql.rowsRead() + " rows and "
                            + sql.statements() + " statements; the period holds " + lines + " order lines."
                            + " Statements:" + sql.describeMostFrequent(3))
                    .cause(
                            sql.valuesRead() >= lines
                                    ? "the rows are few, but they carry the amount of every order line (array_agg,"
                                            + " json_agg or string_agg of the lines) and Java adds them up"
                                    : "each group carries more than its total: an array, a JSON text or a long text that"
                                            + " grows with the orders")
                    .next("let PostgreSQL finish the sum: sum(l.quantity * l.unit_price) ... group by month, category"
                            + " returns one total per group, in RevenueRepository.revenueByMonthAndCategory")
                    .hint(4)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    static long allowedValues(ExpectedReport expected) {
        return (long) VALUES_PER_GROUP * expected.groups() + VALUES_SLACK;
    }

    static long allowedRows(ExpectedReport expected) {
        return (long) ROWS_PER_GROUP * expected.groups() + ROWS_SLACK;
    }
}
