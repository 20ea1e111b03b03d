package lab.batchwrites;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Known-bad: "faster without the pool's wrappers": each payment is inserted with a statement of its own on the
 * driver's connection, unwrapped from the one the transaction holds. The rows are right and in one transaction, but
 * every row is a round trip, and the probe inside the kata sees none of them.
 */
@Repository
class PaymentRepository {

    private final JdbcTemplate jdbc;

    PaymentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Payment> batch) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Connection driver = (Connection) connection.unwrap(PGConnection.class);
            try (PreparedStatement insert = driver.prepareStatement("""
                    insert into payment (reference, booked_on, account, amount, description)
                    values (?, ?, ?, ?, ?)
                    on conflict (reference) do nothing
                    """)) {
                for (Payment payment : batch) {
                    insert.setString(1, payment.reference());
                    insert.setDate(2, Date.valueOf(payment.bookedOn()));
                    insert.setString(3, payment.account());
                    insert.setBigDecimal(4, payment.amount());
                    insert.setString(5, payment.description());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }
}
