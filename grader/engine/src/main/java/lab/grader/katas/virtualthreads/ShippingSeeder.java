package lab.grader.katas.virtualthreads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.virtualthreads.ShippingData.Order;

/** Seed orders with ids from a random offset, each with a carrier, a zone and a weight of its own. */
final class ShippingSeeder {

    static final int ORDERS = 500;
    static final List<String> CARRIERS = List.of("dhl", "ups", "gls", "dpd");

    private ShippingSeeder() {}

    static ShippingData seed(Connection connection, long seed, RandomGenerator random) throws SQLException {
        long base = 1_000 + random.nextInt(900_000);
        List<Order> orders = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into shipment_order (id, carrier, zone, weight_grams) values (?, ?, ?, ?)")) {
            for (int i = 0; i < ORDERS; i++) {
                Order order = new Order(
                        base + i * 7L,
                        CARRIERS.get(random.nextInt(CARRIERS.size())),
                        1 + random.nextInt(6),
                        100 + random.nextInt(30_000));
                orders.add(order);
                insert.setLong(1, order.id());
                insert.setString(2, order.carrier());
                insert.setInt(3, order.zone());
                insert.setInt(4, order.weightGrams());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new ShippingData(seed, List.copyOf(orders), base + ORDERS * 7L + 3);
    }
}
