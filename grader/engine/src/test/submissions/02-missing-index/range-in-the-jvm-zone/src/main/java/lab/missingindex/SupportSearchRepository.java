package lab.missingindex;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** All the SQL of the support search. */
@Repository
class SupportSearchRepository {

    private final JdbcTemplate jdbc;

    SupportSearchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CustomerView> customerByEmail(String email) {
        // Customers type their e-mail in any case they like; the desk must find "anna@x.com" as "Anna@X.com".
        // lower(email) is exactly the expression V2 indexes, so the planner matches it with that index.
        return jdbc
                .query(
                        """
                select id, name, email
                from customer
                where lower(email) = lower(?)
                """,
                        (rs, rowNum) -> new CustomerView(rs.getLong("id"), rs.getString("name"), rs.getString("email")),
                        email)
                .stream()
                .findFirst();
    }

    boolean customerExists(long customerId) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from customer where id = ?)", Boolean.class, customerId));
    }

    List<OrderView> ordersPlacedBetween(long customerId, LocalDate from, LocalDate to) {
        // A day is a UTC day. The column is compared bare with two instants (UTC midnights), so that the index on
        // (customer_id, placed_at) can seek straight to the range: a function or cast around placed_at would hide
        // the column from the index, and every order of the customer would be read and filtered instead.
        return jdbc.query(
                """
                select id, placed_at, status, total
                from purchase_order
                where customer_id = ?
                  and placed_at >= ?
                  and placed_at < ?
                order by placed_at desc, id desc
                """,
                (rs, rowNum) -> new OrderView(
                        rs.getLong("id"),
                        rs.getObject("placed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("status"),
                        rs.getBigDecimal("total")),
                customerId,
                startOfUtcDay(from),
                startOfUtcDay(to));
    }

    // Known-bad: a zone-less LocalDateTime is read by the driver in the JVM's zone, not as a UTC midnight. It passes
    // on a machine whose zone is UTC and fails elsewhere; the grader never runs a kata in UTC, so it fails always.
    // Must fail search-results.
    private static LocalDateTime startOfUtcDay(LocalDate day) {
        return day.atStartOfDay();
    }
}
