package lab.batchwrites;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Store payments a batch at a time; a payment whose reference is already stored is skipped. */
@Repository
class PaymentRepository {

    private final JdbcTemplate jdbc;

    PaymentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Insert the payments in one JDBC batch: one round trip to the database for the whole list. */
    void insert(List<Payment> batch) {
        // "on conflict (reference)" relies on the unique constraint of V2: importing a file again adds nothing.
        jdbc.batchUpdate("""
                insert into payment (reference, booked_on, account, amount, description)
                values (?, ?, ?, ?, ?)
                on conflict (reference) do nothing
                """, batch, batch.size(), (ps, payment) -> {
            ps.setString(1, payment.reference());
            ps.setObject(2, payment.bookedOn());
            ps.setString(3, payment.account());
            ps.setBigDecimal(4, payment.amount());
            ps.setString(5, payment.description());
        });
    }
}
