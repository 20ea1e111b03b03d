package lab.grader.katas.cacheaside;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import lab.grader.katas.cacheaside.CacheAsideData.Product;

/** Seed a random catalogue: ids from a random offset, names, prices and stock that a hard-coded answer cannot know. */
final class CacheAsideSeeder {

    private static final String[] MATERIALS = {"Bamboo", "Cotton", "Marble", "Leather", "Ceramic", "Brass", "Felt"};
    private static final String[] ITEMS = {"tray", "pillow", "coaster", "wallet", "planter", "bookend", "basket"};

    private CacheAsideSeeder() {}

    static CacheAsideData seed(Connection connection, RandomGenerator random) throws SQLException {
        long base = 500 + random.nextInt(90_000);
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long id = base + i * 3L;
            products.add(new Product(
                    id,
                    String.format("SKU-%06d", id),
                    MATERIALS[random.nextInt(MATERIALS.length)] + " " + ITEMS[random.nextInt(ITEMS.length)] + " "
                            + (i + 1),
                    BigDecimal.valueOf(99 + random.nextInt(99_900)).movePointLeft(2),
                    random.nextInt(500)));
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into product (id, sku, name, price, stock) values (?, ?, ?, ?, ?)")) {
            for (Product product : products) {
                insert.setLong(1, product.id());
                insert.setString(2, product.sku());
                insert.setString(3, product.name());
                insert.setBigDecimal(4, product.price());
                insert.setInt(5, product.stock());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<Product> shuffled = new ArrayList<>(products);
        Collections.shuffle(shuffled, new Random(random.nextLong()));
        return new CacheAsideData(shuffled, base + products.size() * 3L + 1);
    }
}
