package lab.grader.katas.batchwrites;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.random.RandomGenerator;

/** Seed the payments booked from earlier files, so that an import lands in a table that is not empty. */
final class BatchWritesSeeder {

    static final int BOOKED = 400;

    private BatchWritesSeeder() {}

    static BatchWritesData seed(Connection connection, RandomGenerator random) throws SQLException {
        SettlementFile earlier = new SettlementFiles(random).next('S', BOOKED);
        PaymentTable.insert(connection, earlier.lines());
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze payment");
        }
        return new BatchWritesData(earlier.lines());
    }
}
