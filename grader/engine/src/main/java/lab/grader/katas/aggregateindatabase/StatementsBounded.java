package lab.grader.katas.aggregateindatabase;

import static lab.grader.katas.aggregateindatabase.RevenueRequests.BERLIN;
import static lab.grader.katas.aggregateindatabase.RevenueRequests.ENDPOINT;
import static lab.grader.katas.aggregateindatabase.RevenueRequests.NEW_YORK;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/** A 3-month and a 24-month report each run a few statements: no query per month. */
final class StatementsBounded implements CheckBody<SalesData> {

    static final int MAX_STATEMENTS = 3;
    private static final int TASK = 3;

    @Override
    public Verdict run(KataRun kata, SalesData data) throws Exception {
        ExpectedReport quarter = data.report(YearMonth.of(2024, 10), YearMonth.of(2024, 12), NEW_YORK);
        ExpectedReport twoYears =
                data.report(data.firstMonth(), data.firstMonth().plusMonths(23), BERLIN);
        Measured<JsonNode> forQuarter = Measured.around(kata, () -> RevenueRequests.get(kata, quarter));
        Measured<JsonNode> forTwoYears = Measured.around(kata, () -> RevenueRequests.get(kata, twoYears));
        long statementsForQuarter = forQuarter.sql().statements();
        long statementsForTwoYears = forTwoYears.sql().statements();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("statementsFor3Months", statementsForQuarter);
        metrics.put("statementsFor24Months", statementsForTwoYears);
        metrics.put("rowsReadFor24Months", forTwoYears.sql().rowsRead());
        RevenueRequests.requireExact(kata, data, quarter, forQuarter.value(), TASK, metrics);
        RevenueRequests.requireExact(kata, data, twoYears, forTwoYears.value(), TASK, metrics);
        if (Math.max(statementsForQuarter, statementsForTwoYears) > MAX_STATEMENTS) {
            throw Feedback.check(ENDPOINT + " should run a few SQL statements per report, as many for"
                            + " 24 months as for 3.")
                    .expected("at most " + MAX_STATEMENTS + " statements for both")
                    .actual(statementsForQuarter + " statements for 3 months, " + statementsForTwoYears
                            + " for 24. Most frequent for 24:"
                            + forTwoYears.sql().describeMostFrequent(3))
                    .cause(
                            statementsForTwoYears > statementsForQuarter
                                    ? "a query inside a loop over the months (or the categories): the statements grow with"
                                            + " the period"
                                    : "more statements than needed, even though they do not grow")
                    .next("group by month in the same statement that groups by category, and let generate_series"
                            + " list the months, in RevenueRepository.revenueByMonthAndCategory")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
