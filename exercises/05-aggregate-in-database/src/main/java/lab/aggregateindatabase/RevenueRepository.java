package lab.aggregateindatabase;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Read the revenue of a period from the sales tables. */
@Repository
class RevenueRepository {

    private final JdbcTemplate jdbc;

    RevenueRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Return the revenue of every month of the period for every category: months oldest first, categories by
     * name within a month, zero where a category sold nothing that month.
     */
    List<RevenueCell> revenueByMonthAndCategory(ReportPeriod period) {
        List<String> categories = jdbc.queryForList("select name from category order by name", String.class);

        Map<YearMonth, Map<String, BigDecimal>> revenue = new HashMap<>();
        jdbc.query(
                """
                select o.placed_at, c.name as category, l.quantity, l.unit_price
                from purchase_order o
                join order_line l on l.order_id = o.id
                join product p on p.id = l.product_id
                join category c on c.id = p.category_id
                where o.placed_at >= ? and o.placed_at < ?
                """,
                (RowCallbackHandler) rs -> {
                    // The month as the report's zone sees it: 23:30 UTC on 31 January is already February in Berlin.
                    YearMonth month = YearMonth.from(
                            rs.getObject("placed_at", OffsetDateTime.class).atZoneSameInstant(period.zone()));
                    BigDecimal amount =
                            rs.getBigDecimal("unit_price").multiply(BigDecimal.valueOf(rs.getInt("quantity")));
                    revenue.computeIfAbsent(month, m -> new HashMap<>())
                            .merge(rs.getString("category"), amount, BigDecimal::add);
                },
                period.start(),
                period.end());

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
