package lab.sqlinjection;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

    private final JdbcTemplate jdbc;

    OrderRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CustomerOrder> find(String id) {
        return jdbc
                .query(
                        "select id, customer_id, total, status from customer_order where id = " + id,
                        (row, n) -> new CustomerOrder(
                                row.getLong("id"),
                                row.getLong("customer_id"),
                                row.getBigDecimal("total"),
                                row.getString("status")))
                .stream()
                .findFirst();
    }
}
