package lab.grader.katas.objectlevelauthorization;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Invoices and users as stored, read by the grader on its own connection. */
final class InvoiceRows {

    record Row(
            long id,
            long tenantId,
            long ownerId,
            String customerName,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal total,
            String status,
            Long approvedBy,
            String internalNotes) {}

    record UserRow(String displayName, String role, BigDecimal creditLimit) {}

    private InvoiceRows() {}

    static Optional<Row> find(Connection connection, long id) throws SQLException {
        List<Row> rows = query(connection, "where id = ?", id);
        return rows.stream().findFirst();
    }

    static List<Row> named(Connection connection, String customerName) throws SQLException {
        return query(connection, "where customer_name = ?", customerName);
    }

    static UserRow user(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select display_name, role, credit_limit from app_user where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new UserRow(row.getString(1), row.getString(2), row.getBigDecimal(3));
            }
        }
    }

    private static List<Row> query(Connection connection, String where, Object value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id, tenant_id, owner_id, customer_name,"
                + " quantity, unit_price, total, status, approved_by, internal_notes from invoice " + where)) {
            statement.setObject(1, value);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(
                            row.getLong(1),
                            row.getLong(2),
                            row.getLong(3),
                            row.getString(4),
                            row.getInt(5),
                            row.getBigDecimal(6),
                            row.getBigDecimal(7),
                            row.getString(8),
                            (Long) row.getObject(9),
                            row.getString(10)));
                }
            }
            return rows;
        }
    }
}
