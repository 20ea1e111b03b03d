package lab.nplusone;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Known-bad: loads the lines ten orders at a time. It looks batched, but the number of statements still grows
 * with the number of orders (one lines query for 5 orders, five for 50). Must fail statements-constant.
 */
@Repository
class OrderHistoryRepository {

    private static final int CHUNK_SIZE = 10;

    private final JdbcTemplate jdbc;

    OrderHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean customerExists(long customerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from customer where id = ?)", Boolean.class, customerId));
    }

    List<OrderView> recentOrders(long customerId, int limit) {
        List<OrderRow> orderRows = jdbc.query("""
                select id, placed_at, status
                from purchase_order
                where customer_id = ?
                order by placed_at desc, id desc
                limit ?
                """,
                (rs, rowNum) -> new OrderRow(
                        rs.getLong("id"),
                        rs.getObject("placed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("status")),
                customerId, limit);
        if (orderRows.isEmpty()) {
            return List.of();
        }

        Map<Long, List<OrderLineView>> linesByOrder = linesOf(orderRows);
        return orderRows.stream()
                .map(order -> new OrderView(order.id(), order.placedAt(), order.status(),
                        linesByOrder.getOrDefault(order.id(), List.of())))
                .toList();
    }

    private Map<Long, List<OrderLineView>> linesOf(List<OrderRow> orders) {
        List<LineRow> lineRows = new ArrayList<>();
        for (int from = 0; from < orders.size(); from += CHUNK_SIZE) {
            Long[] chunk = orders.subList(from, Math.min(from + CHUNK_SIZE, orders.size())).stream()
                    .map(OrderRow::id)
                    .toArray(Long[]::new);
            lineRows.addAll(jdbc.query("""
                    select l.order_id, l.product_id, p.name as product_name, l.quantity, l.unit_price
                    from order_line l
                    join product p on p.id = l.product_id
                    where l.order_id = any (?)
                    order by l.id
                    """,
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", chunk)),
                    (rs, rowNum) -> new LineRow(
                            rs.getLong("order_id"),
                            new OrderLineView(
                                    rs.getLong("product_id"),
                                    rs.getString("product_name"),
                                    rs.getInt("quantity"),
                                    rs.getBigDecimal("unit_price")))));
        }
        // All lines of one order fall in one chunk, in id order, so grouping keeps them in id order.
        return lineRows.stream().collect(groupingBy(LineRow::orderId, mapping(LineRow::line, toList())));
    }

    private record OrderRow(long id, Instant placedAt, String status) {
    }

    private record LineRow(long orderId, OrderLineView line) {
    }
}
