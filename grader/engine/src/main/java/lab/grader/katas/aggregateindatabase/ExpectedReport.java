package lab.grader.katas.aggregateindatabase;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** What GET /reports/revenue should answer: every month of the period, every category in each month. */
record ExpectedReport(YearMonth from, YearMonth to, ZoneId zone, List<Month> months) {

    record Month(YearMonth month, List<Cell> categories) {

        BigDecimal total() {
            return categories.stream().map(Cell::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record Cell(String category, BigDecimal revenue) {}

    /** The number of month x category groups: the rows a report aggregated in the database needs. */
    int groups() {
        return months.size()
                * (months.isEmpty() ? 0 : months.getFirst().categories().size());
    }

    String path() {
        return "/reports/revenue?from=" + from + "&to=" + to + "&zone=" + zone.getId();
    }
}
