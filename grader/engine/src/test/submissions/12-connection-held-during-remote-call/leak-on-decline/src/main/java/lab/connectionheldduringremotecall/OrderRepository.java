package lab.connectionheldduringremotecall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    OrderRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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

    // Known-bad: a declined payment is written through a connection taken by hand, and never closed.
    void setStatus(long orderId, String status, String paymentId) {
        if (!status.equals("PAYMENT_FAILED")) {
            jdbc.sql("update purchase_order set status = ?, payment_id = ? where id = ?")
                    .params(status, paymentId, orderId)
                    .update();
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            PreparedStatement update =
                    connection.prepareStatement("update purchase_order set status = ?, payment_id = ? where id = ?");
            update.setString(1, status);
            update.setString(2, paymentId);
            update.setLong(3, orderId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
