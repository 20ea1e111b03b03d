package lab.grader.katas.boundedfanout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import lab.grader.katas.boundedfanout.BasketData.Basket;
import lab.grader.katas.boundedfanout.BasketData.Line;

/** Seed baskets of 20 lines each, with ids from a random offset and SKUs of their own. */
final class BasketSeeder {

    static final int BASKETS = 30;
    static final int LINES = 20;

    private BasketSeeder() {}

    static BasketData seed(Connection connection, long seed, RandomGenerator random) throws SQLException {
        long base = 1_000 + random.nextInt(900_000);
        List<Basket> baskets = new ArrayList<>();
        try (PreparedStatement basket = connection.prepareStatement("insert into basket (id) values (?)");
                PreparedStatement line = connection.prepareStatement(
                        "insert into basket_line (basket_id, line_no, sku, quantity) values (?, ?, ?, ?)")) {
            for (int b = 0; b < BASKETS; b++) {
                long id = base + b * 11L;
                basket.setLong(1, id);
                basket.addBatch();
                Set<String> skus = new LinkedHashSet<>();
                while (skus.size() < LINES) {
                    skus.add("SKU-" + (10_000 + random.nextInt(90_000)));
                }
                List<Line> lines = new ArrayList<>();
                int number = 1;
                for (String sku : skus) {
                    Line seeded = new Line(sku, 1 + random.nextInt(4));
                    lines.add(seeded);
                    line.setLong(1, id);
                    line.setInt(2, number++);
                    line.setString(3, sku);
                    line.setInt(4, seeded.quantity());
                    line.addBatch();
                }
                baskets.add(new Basket(id, List.copyOf(lines)));
            }
            basket.executeBatch();
            line.executeBatch();
        }
        return new BasketData(seed, List.copyOf(baskets), base + BASKETS * 11L + 5);
    }
}
