package lab.aggregateindatabase;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Sum the non-empty groups in SQL, truncating in the zone with the three-argument date_trunc, and fill the empty
 * months and categories with zeros in Java.
 */
@Repository
class RevenueRepository {

    private final JdbcTemplate jdbc;

    RevenueRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RevenueCell> revenueByMonthAndCategory(ReportPeriod period) {
        List<String> categories = jdbc.queryForList("select name from category order by name", String.class);
        Map<YearMonth, Map<String, BigDecimal>> revenue = new HashMap<>();
        jdbc.query("""
                select to_char(date_trunc('month', o.placed_at, ?), 'YYYY-MM') as month, c.name as category,
                       sum(l.quantity * l.unit_price) as revenue
                from purchase_order o
                join order_line l on l.order_id = o.id
                join product p on p.id = l.product_id
                join category c on c.id = p.category_id
                where o.placed_at >= ? and o.placed_at < ?
                group by 1, 2
                """,
                (RowCallbackHandler) rs -> revenue.computeIfAbsent(YearMonth.parse(rs.getString("month")),
                        m -> new HashMap<>()).put(rs.getString("category"), rs.getBigDecimal("revenue")),
                period.zone().getId(), period.start(), period.end());
        List<RevenueCell> cells = new ArrayList<>();
        for (YearMonth month : period.months()) {
            Map<String, BigDecimal> ofMonth = revenue.getOrDefault(month, Map.of());
            for (String category : categories) {
                cells.add(new RevenueCell(month, category, ofMonth.getOrDefault(category, BigDecimal.ZERO)));
            }
        }
        return cells;
    }
}
