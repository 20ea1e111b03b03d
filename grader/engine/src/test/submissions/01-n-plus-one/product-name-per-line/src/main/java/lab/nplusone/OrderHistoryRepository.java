package lab.nplusone;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Known-bad: orders and lines are each read in one statement, but the product name is still looked up once per
 * line (the N+1 moved one level down: 3 + 15 statements for 5 orders, 3 + 150 for 50). Must fail
 * statements-constant.
 */
@Repository
class OrderHistoryRepository {

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
        Long[] orderIds = orders.stream().map(OrderRow::id).toArray(Long[]::new);
        List<LineRow> lineRows = jdbc.query("""
                select order_id, product_id, quantity, unit_price
                from order_line
                where order_id = any (?)
                order by id
                """,
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", orderIds)),
                (rs, rowNum) -> new LineRow(
                        rs.getLong("order_id"),
                        rs.getLong("product_id"),
                        rs.getInt("quantity"),
                        rs.getBigDecimal("unit_price")));
        return lineRows.stream().collect(groupingBy(LineRow::orderId, mapping(
                line -> new OrderLineView(line.productId(), productName(line.productId()), line.quantity(),
                        line.unitPrice()),
                toList())));
    }

    private String productName(long productId) {
        return jdbc.queryForObject("select name from product where id = ?", String.class, productId);
    }

    private record OrderRow(long id, Instant placedAt, String status) {
    }

    private record LineRow(long orderId, long productId, int quantity, BigDecimal unitPrice) {
    }
}
