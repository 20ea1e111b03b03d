package lab.connectionheldduringremotecall;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> priceCents(long productId) {
        return jdbc.sql("select price_cents from product where id = ?")
                .param(productId)
                .query(Long.class)
                .optional();
    }

    /** Insert the order as PENDING and return its id. */
    long insertPending(long productId, int quantity, long totalCents) {
        return jdbc.sql("insert into purchase_order (product_id, quantity, total_cents, status)"
                        + " values (?, ?, ?, 'PENDING') returning id")
                .params(productId, quantity, totalCents)
                .query(Long.class)
                .single();
    }

    void setStatus(long orderId, String status, String paymentId) {
        jdbc.sql("update purchase_order set status = ?, payment_id = ? where id = ?")
                .params(status, paymentId, orderId)
                .update();
    }
}
