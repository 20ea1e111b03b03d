package lab.nplusone;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Known-bad: "zero statements per request". The first request loads every customer's orders and lines into memory
 * in three statements; every later request is answered from that copy, which is never refreshed, so orders placed
 * afterwards never show.
 */
@Repository
class OrderHistoryRepository {

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    OrderHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean customerExists(long customerId) {
        return snapshot().customers().contains(customerId);
    }

    List<OrderView> recentOrders(long customerId, int limit) {
        List<OrderView> all = snapshot().ordersByCustomer().getOrDefault(customerId, List.of());
        return all.subList(0, Math.min(limit, all.size()));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot load() {
        Set<Long> customers = new HashSet<>(jdbc.queryForList("select id from customer", Long.class));
        Map<Long, List<OrderLineView>> lines = new HashMap<>();
        jdbc.query(
                """
                select l.order_id, l.product_id, p.name as product_name, l.quantity, l.unit_price
                from order_line l
                join product p on p.id = l.product_id
                order by l.id
                """,
                (RowCallbackHandler) rs -> {
                    lines.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>())
                            .add(new OrderLineView(
                                    rs.getLong("product_id"),
                                    rs.getString("product_name"),
                                    rs.getInt("quantity"),
                                    rs.getBigDecimal("unit_price")));
                });
        Map<Long, List<OrderView>> byCustomer = new LinkedHashMap<>();
        jdbc.query(
                "select id, customer_id, placed_at, status from purchase_order order by placed_at desc, id desc",
                (RowCallbackHandler) rs -> {
                    long id = rs.getLong("id");
                    Instant placedAt =
                            rs.getObject("placed_at", OffsetDateTime.class).toInstant();
                    byCustomer
                            .computeIfAbsent(rs.getLong("customer_id"), c -> new ArrayList<>())
                            .add(new OrderView(id, placedAt, rs.getString("status"), lines.getOrDefault(id, List.of())));
                });
        byCustomer.values().forEach(orders -> orders.sort(Comparator.comparing(OrderView::placedAt)
                .thenComparing(OrderView::id)
                .reversed()));
        return new Snapshot(customers, byCustomer);
    }

    private record Snapshot(Set<Long> customers, Map<Long, List<OrderView>> ordersByCustomer) {}
}
