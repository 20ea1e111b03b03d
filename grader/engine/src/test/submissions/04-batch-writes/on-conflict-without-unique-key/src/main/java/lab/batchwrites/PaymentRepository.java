package lab.batchwrites;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Known-bad: inserts with {@code on conflict do nothing}, but V2 only adds a plain index on reference: with no
 * unique key there is never a conflict, so a file imported twice is stored twice. Must fail reimport-no-duplicates.
 */
@Repository
class PaymentRepository {

    private final JdbcTemplate jdbc;

    PaymentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Insert the payments in one JDBC batch: one round trip to the database for the whole list. */
    void insert(List<Payment> batch) {
        jdbc.batchUpdate("""
                insert into payment (reference, booked_on, account, amount, description)
                values (?, ?, ?, ?, ?)
                on conflict do nothing
                """,
                batch, batch.size(), (ps, payment) -> {
                    ps.setString(1, payment.reference());
                    ps.setObject(2, payment.bookedOn());
                    ps.setString(3, payment.account());
                    ps.setBigDecimal(4, payment.amount());
                    ps.setString(5, payment.description());
                });
    }
}
