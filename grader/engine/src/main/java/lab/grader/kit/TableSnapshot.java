package lab.grader.kit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every row of a table, by its key, read by the grader: taken before and after an attack, the difference counts the
 * rows the attack inserted, deleted or changed. A table that is gone counts all its rows as deleted.
 *
 * @param table the table's name
 * @param rows each row's columns as text, by the value of its first column
 * @param exists whether the table could be read
 */
public record TableSnapshot(String table, Map<String, String> rows, boolean exists) {

    /** What changed between two snapshots of the same table. */
    public record Changes(String table, int inserted, int deleted, int updated) {

        public int total() {
            return inserted + deleted + updated;
        }

        public String describe() {
            return table + ": " + inserted + " inserted, " + deleted + " deleted, " + updated + " changed";
        }
    }

    /** Read the table; its first column must be its key. */
    public static TableSnapshot take(Connection connection, String table) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c == 1 ? "" : "|").append(result.getString(c));
                }
                rows.put(result.getString(1), row.toString());
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                // undefined_table: dropped by the attack
                return new TableSnapshot(table, Map.of(), false);
            }
            throw e;
        }
        return new TableSnapshot(table, Map.copyOf(rows), true);
    }

    public Changes changesSince(TableSnapshot before) {
        Set<String> keys = new HashSet<>(before.rows.keySet());
        keys.addAll(rows.keySet());
        int inserted = 0;
        int deleted = 0;
        int updated = 0;
        for (String key : keys) {
            String was = before.rows.get(key);
            String now = rows.get(key);
            if (was == null) {
                inserted++;
            } else if (now == null) {
                deleted++;
            } else if (!Objects.equals(was, now)) {
                updated++;
            }
        }
        return new Changes(table, inserted, deleted, updated);
    }
}
