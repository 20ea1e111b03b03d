package lab.nplusone;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correct, but not the reference: PostgreSQL builds each order's lines as a JSON array (json_agg, in line-id order),
 * so the orders and their lines come back in a single statement, and Jackson turns each array into the views.
 */
@Repository
class OrderHistoryRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<OrderLineView>> LINES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;

    OrderHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean customerExists(long customerId) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from customer where id = ?)", Boolean.class, customerId));
    }

    List<OrderView> recentOrders(long customerId, int limit) {
        return jdbc.query(
                """
                select o.id, o.placed_at, o.status,
                       coalesce((select json_agg(json_build_object(
                                            'productId', l.product_id,
                                            'productName', p.name,
                                            'quantity', l.quantity,
                                            'unitPrice', l.unit_price)
                                        order by l.id)
                                 from order_line l
                                 join product p on p.id = l.product_id
                                 where l.order_id = o.id),
                                '[]'::json)::text as lines
                from purchase_order o
                where o.customer_id = ?
                order by o.placed_at desc, o.id desc
                limit ?
                """,
                (rs, rowNum) -> new OrderView(
                        rs.getLong("id"),
                        rs.getTimestamp("placed_at").toInstant(),
                        rs.getString("status"),
                        JSON.readValue(rs.getString("lines"), LINES)),
                customerId,
                limit);
    }
}
