package lab.virtualthreads;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ShipmentOrder> find(long orderId) {
        return jdbc.sql("select id, carrier, zone, weight_grams from shipment_order where id = ?")
                .param(orderId)
                .query((row, number) -> new ShipmentOrder(
                        row.getLong("id"), row.getString("carrier"), row.getInt("zone"), row.getInt("weight_grams")))
                .optional();
    }
}
