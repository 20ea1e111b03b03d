package lab.aggregateindatabase;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Sum the revenue per month and category in one GROUP BY: the groups that have lines, and only those. */
@Repository
class RevenueRepository {

    private final JdbcTemplate jdbc;

    RevenueRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RevenueCell> revenueByMonthAndCategory(ReportPeriod period) {
        return jdbc.query("""
                select date_trunc('month', o.placed_at at time zone ?) as month,
                       c.name as category,
                       sum(l.quantity * l.unit_price) as revenue
                from purchase_order o
                join order_line l on l.order_id = o.id
                join product p on p.id = l.product_id
                join category c on c.id = p.category_id
                where o.placed_at >= ? and o.placed_at < ?
                group by 1, 2
                order by 1, 2
                """,
                (rs, rowNum) -> new RevenueCell(
                        YearMonth.from(rs.getObject("month", LocalDateTime.class)),
                        rs.getString("category"),
                        rs.getBigDecimal("revenue")),
                period.zone().getId(), period.start(), period.end());
    }
}
