package lab.aggregateindatabase;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Known bad: groups by month and category, so one row per group, but ships every line's amount inside it with
 * array_agg and adds them up in Java. The rows stay few; what they carry grows with the orders.
 */
@Repository
class RevenueRepository {

    private final JdbcTemplate jdbc;

    RevenueRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RevenueCell> revenueByMonthAndCategory(ReportPeriod period) {
        return jdbc.query(
                """
                with sales as (
                    select date_trunc('month', o.placed_at at time zone ?) as month,
                           p.category_id,
                           array_agg(l.quantity * l.unit_price) as amounts
                    from purchase_order o
                    join order_line l on l.order_id = o.id
                    join product p on p.id = l.product_id
                    where o.placed_at >= ? and o.placed_at < ?
                    group by 1, 2
                )
                select m.month, c.name as category, s.amounts
                from generate_series(?::timestamp, ?::timestamp, interval '1 month') as m (month)
                cross join category c
                left join sales s on s.month = m.month and s.category_id = c.id
                order by m.month, c.name
                """,
                (rs, rowNum) -> {
                    BigDecimal revenue = BigDecimal.ZERO;
                    Array amounts = rs.getArray("amounts");
                    if (amounts != null) {
                        for (Object amount : (Object[]) amounts.getArray()) {
                            revenue = revenue.add((BigDecimal) amount);
                        }
                    }
                    return new RevenueCell(
                            YearMonth.from(rs.getObject("month", LocalDateTime.class)),
                            rs.getString("category"),
                            revenue);
                },
                period.zone().getId(),
                period.start(),
                period.end(),
                period.firstMonthStart(),
                period.lastMonthStart());
    }
}
