package lab.grader.katas.aggregateindatabase;

import static lab.grader.katas.aggregateindatabase.RevenueRequests.BERLIN;
import static lab.grader.katas.aggregateindatabase.RevenueRequests.NEW_YORK;
import static lab.grader.katas.aggregateindatabase.RevenueRequests.UTC;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import lab.grader.model.CheckBody;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Four reports, each compared cell by cell with the one computed in Java from the seeded orders. */
final class ReportContent implements CheckBody<SalesData> {

    @Override
    public Verdict run(KataRun kata, SalesData data) throws Exception {
        RandomGenerator random = kata.random();
        YearMonth empty = data.emptyMonth();
        // A year around the empty month in Berlin; a period that runs past the last order in New York; one month in
        // another zone with orders at its midnight; two months in UTC; and the months around the wholesale line, whose
        // amount has more significant digits than a double holds.
        YearMonth berlinFrom = maxOf(data.firstMonth(), empty.minusMonths(random.nextInt(12)));
        YearMonth newYorkFrom = data.lastMonth().minusMonths(2 + random.nextInt(6));
        ZoneId other =
                data.boundaryZones().get(2 + random.nextInt(data.boundaryZones().size() - 2));
        YearMonth single = data.firstMonth().plusMonths(random.nextInt(24));
        YearMonth utcFrom = data.firstMonth().plusMonths(random.nextInt(22));
        YearMonth wholesale = data.wholesaleMonth();
        ZoneId anyZone =
                data.boundaryZones().get(random.nextInt(data.boundaryZones().size()));
        List<ExpectedReport> reports = List.of(
                data.report(berlinFrom, berlinFrom.plusMonths(11), BERLIN),
                data.report(newYorkFrom, data.lastMonth().plusMonths(3), NEW_YORK),
                data.report(single, single, other),
                data.report(utcFrom, utcFrom.plusMonths(1), UTC),
                data.report(wholesale.minusMonths(1), wholesale.plusMonths(1), anyZone));
        int cells = 0;
        for (ExpectedReport expected : reports) {
            RevenueRequests.requireExact(
                    kata, data, expected, RevenueRequests.get(kata, expected), RevenueRequests.CONTENT_TASK, Map.of());
            cells += expected.groups();
        }
        return Verdict.pass(Map.of("reportsChecked", reports.size(), "cellsChecked", cells));
    }

    private static YearMonth maxOf(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
