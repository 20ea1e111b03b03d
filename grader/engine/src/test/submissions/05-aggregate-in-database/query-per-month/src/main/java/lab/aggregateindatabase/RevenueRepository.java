package lab.aggregateindatabase;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Sum each month in a statement of its own: every category, left-joined to that month's lines. */
@Repository
class RevenueRepository {

    private final JdbcTemplate jdbc;

    RevenueRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RevenueCell> revenueByMonthAndCategory(ReportPeriod period) {
        List<RevenueCell> cells = new ArrayList<>();
        for (YearMonth month : period.months()) {
            ReportPeriod single = new ReportPeriod(month, month, period.zone());
            cells.addAll(jdbc.query("""
                    select c.name as category, coalesce(sum(s.amount), 0) as revenue
                    from category c
                    left join (
                        select p.category_id, l.quantity * l.unit_price as amount
                        from purchase_order o
                        join order_line l on l.order_id = o.id
                        join product p on p.id = l.product_id
                        where o.placed_at >= ? and o.placed_at < ?
                    ) s on s.category_id = c.id
                    group by c.name
                    order by c.name
                    """,
                    (rs, rowNum) -> new RevenueCell(month, rs.getString("category"), rs.getBigDecimal("revenue")),
                    single.start(), single.end()));
        }
        return cells;
    }
}
