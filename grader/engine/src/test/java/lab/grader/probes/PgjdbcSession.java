package lab.grader.probes;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A pgjdbc session whose client bytes are captured in {@code pgjdbc-session.bin} (by {@code
 * WireProxySelfCheckTests}, against the run's real server): what the proxy must count for the driver's own traffic.
 */
public final class PgjdbcSession {

    public static final int BATCH_ROWS = 1_000;
    public static final int COPY_ROWS = 500;

    /**
     * One connection: a create table, a prepared select, a batch of 1,000 inserts in a transaction and its commit, a
     * COPY of 500 rows written one row per CopyData message, a drop table. As pgjdbc 42 sends it: the two plain
     * Statements and the COPY as simple Queries (3 round trips), the select as one extended exchange, BEGIN in front
     * of the batch's first statement, the batch in 6 exchanges (pgjdbc ends one with a Sync every 256 statements, its
     * guard against both sides' buffers filling up), and the commit as an exchange of its own: 11 round trips.
     */
    public static final WireCounts EXPECTED = new WireCounts(1, 11, 3, 5, 1_004, 1_004, COPY_ROWS, 1, 0);

    private PgjdbcSession() {}

    public static void run(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("create table wire_item (id int primary key, name text not null)");
            }
            try (PreparedStatement count = connection.prepareStatement("select count(*) from wire_item where id > ?")) {
                count.setInt(1, 0);
                count.executeQuery().close();
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into wire_item values (?, ?)")) {
                for (int id = 1; id <= BATCH_ROWS; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "item " + id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy wire_item from stdin");
            for (int id = BATCH_ROWS + 1; id <= BATCH_ROWS + COPY_ROWS; id++) {
                byte[] row = (id + "\tcopied " + id + "\n").getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(row, 0, row.length);
            }
            copy.endCopy();
            try (Statement sql = connection.createStatement()) {
                sql.execute("drop table wire_item");
            }
        }
    }
}
