package lab.grader.katas.writebehindcounters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Seed products with ids from a random offset and view counts of their own, which a hard-coded answer cannot know. */
final class CountersSeeder {

    static final int PRODUCTS = 160;

    private CountersSeeder() {}

    static CountersData seed(Connection connection, RandomGenerator random) throws SQLException {
        long base = 1_000 + random.nextInt(900_000);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert =
                connection.prepareStatement("insert into product (id, name, views) values (?, ?, ?)")) {
            for (int i = 0; i < PRODUCTS; i++) {
                long id = base + i * 5L;
                ids.add(id);
                insert.setLong(1, id);
                insert.setString(2, "Product " + id);
                insert.setLong(3, random.nextInt(100_000));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new CountersData(ids);
    }
}
