package lab.nplusone;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read an order history in three statements however many orders are asked for: the customer, the orders, and
 * the lines of all those orders joined to their products.
 */
@Repository
class OrderHistoryRepository {

    private final JdbcTemplate jdbc;

    OrderHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean customerExists(long customerId) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from customer where id = ?)", Boolean.class, customerId));
    }

    List<OrderView> recentOrders(long customerId, int limit) {
        List<OrderRow> orderRows = jdbc.query(
                """
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
                customerId,
                limit);
        if (orderRows.isEmpty()) {
            return List.of();
        }

        Map<Long, List<OrderLineView>> linesByOrder = linesOf(orderRows);
        // The orders keep the database's order; the map only answers "which lines belong to this one".
        return orderRows.stream()
                .map(order -> new OrderView(
                        order.id(), order.placedAt(), order.status(), linesByOrder.getOrDefault(order.id(), List.of())))
                .toList();
    }

    private Map<Long, List<OrderLineView>> linesOf(List<OrderRow> orders) {
        Long[] orderIds = orders.stream().map(OrderRow::id).toArray(Long[]::new);
        // One array parameter, not "in (?, ?, ...)": the SQL text stays the same for 1 or 100 orders.
        List<LineRow> lineRows = jdbc.query(
                """
                select l.order_id, l.product_id, p.name as product_name, l.quantity, l.unit_price
                from order_line l
                join product p on p.id = l.product_id
                where l.order_id = any (?)
                order by l.id
                """,
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", orderIds)),
                (rs, rowNum) -> new LineRow(
                        rs.getLong("order_id"),
                        new OrderLineView(
                                rs.getLong("product_id"),
                                rs.getString("product_name"),
                                rs.getInt("quantity"),
                                rs.getBigDecimal("unit_price"))));
        // groupingBy keeps the rows' encounter order inside each list, so lines stay in id order.
        return lineRows.stream().collect(groupingBy(LineRow::orderId, mapping(LineRow::line, toList())));
    }

    private record OrderRow(long id, Instant placedAt, String status) {}

    private record LineRow(long orderId, OrderLineView line) {}
}
