package lab.aggregateindatabase;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Shape the repository's month x category grid into the report the dashboard reads. */
@Service
class RevenueReports {

    private final RevenueRepository repository;

    RevenueReports(RevenueRepository repository) {
        this.repository = repository;
    }

    RevenueReport report(ReportPeriod period) {
        // A LinkedHashMap keeps the grid's order: months oldest first, categories by name within a month.
        Map<YearMonth, List<CategoryRevenue>> byMonth = new LinkedHashMap<>();
        for (RevenueCell cell : repository.revenueByMonthAndCategory(period)) {
            byMonth.computeIfAbsent(cell.month(), month -> new ArrayList<>())
                    .add(new CategoryRevenue(cell.category(), cell.revenue()));
        }
        List<MonthRevenue> months = new ArrayList<>();
        byMonth.forEach((month, categories) -> months.add(new MonthRevenue(month, total(categories), categories)));
        return new RevenueReport(period.from(), period.to(), period.zone().getId(), months);
    }

    // Adding up one number per category is cheap here; adding up every order line is what belongs in the database.
    private static BigDecimal total(List<CategoryRevenue> categories) {
        return categories.stream().map(CategoryRevenue::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
