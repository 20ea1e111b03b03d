package lab.grader.katas.batchwrites;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read the truth from the kata's payment table through the grader's own connection. */
final class PaymentTable {

    /** What the table holds for one file's prefix. */
    record Stored(long rows, long references, BigDecimal amount, long descriptionCharacters) {

        String describe() {
            return rows + " rows for " + references + " distinct references, amounts adding up to "
                    + amount.toPlainString();
        }
    }

    private PaymentTable() {}

    static long count(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from payment")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Stored stored(Connection db, String prefix) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("""
                select count(*), count(distinct reference), coalesce(sum(amount), 0),
                       coalesce(sum(length(description)), 0)
                from payment where reference like ?
                """)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Stored(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4));
            }
        }
    }

    /** Every stored row of a file, by reference; a list holds more than one row when a payment was duplicated. */
    static Map<String, List<PaymentLine>> rows(Connection db, String prefix) throws SQLException {
        Map<String, List<PaymentLine>> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = db.prepareStatement("""
                select reference, booked_on, account, amount, description
                from payment where reference like ? order by id
                """)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    PaymentLine line = new PaymentLine(
                            rs.getString(1),
                            rs.getDate(2).toLocalDate(),
                            rs.getString(3),
                            rs.getBigDecimal(4),
                            rs.getString(5));
                    rows.computeIfAbsent(line.reference(), reference -> new ArrayList<>())
                            .add(line);
                }
            }
        }
        return rows;
    }

    /** How many rows each reference has; a reference with no row is missing from the map. */
    static Map<String, Long> rowsPerReference(Connection db, List<String> references) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = db.prepareStatement(
                "select reference, count(*) from payment where reference = any (?) group by reference")) {
            statement.setArray(1, db.createArrayOf("text", references.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * Return the id the next write transaction will get. The difference before and after an import is the number
     * of transactions that wrote something; reading it takes no transaction id itself.
     */
    static long nextTransactionId(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void insert(Connection db, List<PaymentLine> lines) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into payment (reference, booked_on, account, amount, description) values (?, ?, ?, ?, ?)
                """)) {
            for (PaymentLine line : lines) {
                insert.setString(1, line.reference());
                insert.setObject(2, line.bookedOn());
                insert.setString(3, line.account());
                insert.setBigDecimal(4, line.amount());
                insert.setString(5, line.description());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
