package lab.grader.katas.conditionalrequests;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Seed categories of 20 to 40 products each, with ids from a random offset and names, prices and stock that a
 * hard-coded answer cannot know; then move the product id sequence past the seeded ids, for the products the API
 * creates.
 */
final class CatalogSeeder {

    static final int CATEGORIES = 16;
    private static final String[] KINDS = {"Lamps", "Rugs", "Mugs", "Chairs", "Shelves", "Vases", "Clocks", "Frames"};
    private static final String[] MATERIALS = {"Oak", "Linen", "Copper", "Stone", "Wool", "Glass", "Cork"};

    private CatalogSeeder() {}

    static CatalogData seed(Connection connection, RandomGenerator random) throws SQLException {
        long categoryBase = 100 + random.nextInt(9_000);
        long productId = 10_000 + random.nextInt(500_000);
        List<Long> categories = new ArrayList<>();
        try (PreparedStatement category = connection.prepareStatement("insert into category (id, name) values (?, ?)");
                PreparedStatement product = connection.prepareStatement(
                        "insert into product (id, category_id, sku, name, price, stock) values (?, ?, ?, ?, ?, ?)")) {
            for (int c = 0; c < CATEGORIES; c++) {
                long id = categoryBase + c * 7L;
                categories.add(id);
                category.setLong(1, id);
                category.setString(2, KINDS[random.nextInt(KINDS.length)] + " " + (c + 1));
                category.addBatch();
                int products = 20 + random.nextInt(21);
                for (int p = 0; p < products; p++) {
                    productId += 1 + random.nextInt(3);
                    product.setLong(1, productId);
                    product.setLong(2, id);
                    product.setString(3, String.format("SKU-%07d", productId));
                    product.setString(
                            4, MATERIALS[random.nextInt(MATERIALS.length)] + " item " + (p + 1) + " of " + id);
                    product.setBigDecimal(
                            5, BigDecimal.valueOf(99 + random.nextInt(99_900)).movePointLeft(2));
                    product.setInt(6, random.nextInt(500));
                    product.addBatch();
                }
            }
            category.executeBatch();
            product.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('product', 'id'), (select max(id) from product))");
        }
        return new CatalogData(categories, categoryBase + CATEGORIES * 7L + 3);
    }
}
