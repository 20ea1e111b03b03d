package lab.nplusone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read a customer's order history: the orders, each order's lines, and each line's product name. */
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

        List<OrderView> orders = new ArrayList<>();
        for (OrderRow order : orderRows) {
            orders.add(new OrderView(order.id(), order.placedAt(), order.status(), linesOf(order.id())));
        }
        return orders;
    }

    private List<OrderLineView> linesOf(long orderId) {
        List<LineRow> lineRows = jdbc.query(
                """
                select product_id, quantity, unit_price
                from order_line
                where order_id = ?
                order by id
                """,
                (rs, rowNum) ->
                        new LineRow(rs.getLong("product_id"), rs.getInt("quantity"), rs.getBigDecimal("unit_price")),
                orderId);

        List<OrderLineView> lines = new ArrayList<>();
        for (LineRow line : lineRows) {
            String productName = productName(line.productId());
            lines.add(new OrderLineView(line.productId(), productName, line.quantity(), line.unitPrice()));
        }
        return lines;
    }

    private String productName(long productId) {
        return jdbc.queryForObject("select name from product where id = ?", String.class, productId);
    }

    private record OrderRow(long id, Instant placedAt, String status) {}

    private record LineRow(long productId, int quantity, BigDecimal unitPrice) {}
}
