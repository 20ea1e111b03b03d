package lab.batchwrites;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Store payments. */
@Repository
class PaymentRepository {

    private final JdbcTemplate jdbc;

    PaymentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Payment payment) {
        jdbc.update(
                """
                insert into payment (reference, booked_on, account, amount, description)
                values (?, ?, ?, ?, ?)
                """,
                payment.reference(),
                payment.bookedOn(),
                payment.account(),
                payment.amount(),
                payment.description());
    }
}
