package lab.grader.katas.connectionheldduringremotecall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.connectionheldduringremotecall.CheckoutData.Product;

/**
 * Seed products with ids from a random offset and prices of their own, and start the order ids at a random number:
 * which orders the payment stand-in declines (every fifth id) is not known before the run.
 */
final class CheckoutSeeder {

    static final int PRODUCTS = 80;

    private CheckoutSeeder() {}

    static CheckoutData seed(Connection connection, RandomGenerator random) throws SQLException {
        long base = 1_000 + random.nextInt(900_000);
        List<Product> products = new ArrayList<>();
        try (PreparedStatement insert =
                connection.prepareStatement("insert into product (id, name, price_cents) values (?, ?, ?)")) {
            for (int i = 0; i < PRODUCTS; i++) {
                Product product = new Product(base + i * 3L, 99 + random.nextInt(50_000));
                products.add(product);
                insert.setLong(1, product.id());
                insert.setString(2, "Product " + product.id());
                insert.setLong(3, product.priceCents());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval('purchase_order_id_seq', " + (10_000 + random.nextInt(900_000)) + ")");
        }
        return new CheckoutData(List.copyOf(products), base + PRODUCTS * 3L + 1);
    }
}
