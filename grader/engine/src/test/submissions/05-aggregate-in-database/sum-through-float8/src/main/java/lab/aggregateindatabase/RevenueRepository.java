package lab.aggregateindatabase;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Known bad: sums in float8 ("faster than numeric") and rounds back to numeric cents. That hides the error while
 * a total has at most 15 significant digits, but a cast from float8 to numeric keeps 15, so a total of trillions
 * loses its cents.
 */
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
        // sales: one row per month and category that sold something. "placed_at at time zone ?" turns the instant
        // into the zone's wall-clock time, daylight saving included, so date_trunc cuts at the zone's midnight.
        // The where clause compares instants with the period's bounds, so the index on placed_at still applies.
        // The grid of all months x all categories is the driving side of a left join: a month or a category
        // without sales is a row too, with coalesce turning its missing sum into 0.
        return jdbc.query(
                """
                with sales as (
                    select date_trunc('month', o.placed_at at time zone ?) as month,
                           p.category_id,
                           round(sum(l.quantity * l.unit_price::float8)::numeric, 2) as revenue
                    from purchase_order o
                    join order_line l on l.order_id = o.id
                    join product p on p.id = l.product_id
                    where o.placed_at >= ? and o.placed_at < ?
                    group by 1, 2
                )
                select m.month, c.name as category, coalesce(s.revenue, 0) as revenue
                from generate_series(?::timestamp, ?::timestamp, interval '1 month') as m (month)
                cross join category c
                left join sales s on s.month = m.month and s.category_id = c.id
                order by m.month, c.name
                """,
                (rs, rowNum) -> new RevenueCell(
                        YearMonth.from(rs.getObject("month", LocalDateTime.class)),
                        rs.getString("category"),
                        rs.getBigDecimal("revenue")),
                period.zone().getId(),
                period.start(),
                period.end(),
                period.firstMonthStart(),
                period.lastMonthStart());
    }
}
