package lab.sqlinjection;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CustomerOrder> find(long id) {
        return jdbc.sql("select id, customer_id, total, status from customer_order where id = :id")
                .param("id", id)
                .query(CustomerOrder.class)
                .optional();
    }
}
