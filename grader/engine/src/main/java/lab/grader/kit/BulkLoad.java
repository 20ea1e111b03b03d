package lab.grader.kit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Load generated rows into a kata's migrated tables the fast way, as one transaction: every table through
 * {@code COPY ... FROM STDIN}, the loaded tables' foreign keys lifted during the load and added again as they were
 * (the server checks each once, not once per row), then {@code VACUUM ANALYZE} of the loaded tables, for fresh
 * planner statistics and a visibility map as after a night of autovacuum. The learner's indexes are left alone:
 * the kata's own migrations made them, and some katas grade them.
 *
 * <pre>{@code
 * BulkLoad.into(connection)
 *         .table("customer", List.of("id", "name"), rows -> rows.add(1L, "Anna"))
 *         .load();
 * }</pre>
 */
public final class BulkLoad {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Write a table's rows, in the order they should be stored. */
    @FunctionalInterface
    public interface RowWriter {
        void write(CopyRows rows) throws SQLException;
    }

    private record Table(String name, List<String> columns, RowWriter writer) {}

    private final Connection connection;
    private final List<Table> tables = new ArrayList<>();

    private BulkLoad(Connection connection) {
        this.connection = connection;
    }

    public static BulkLoad into(Connection connection) {
        return new BulkLoad(connection);
    }

    /** Add a table to the load; tables are filled in the order they are added. */
    public BulkLoad table(String name, List<String> columns, RowWriter writer) {
        requirePlainName(name);
        columns.forEach(BulkLoad::requirePlainName);
        tables.add(new Table(name, List.copyOf(columns), writer));
        return this;
    }

    /** Fill the tables in one transaction, then vacuum and analyze them; on any failure nothing is kept. */
    public void load() throws SQLException {
        List<String> names = tables.stream().map(Table::name).distinct().toList();
        Transactions.inTransaction(connection, () -> {
            LiftedForeignKeys keys = LiftedForeignKeys.lift(connection, names);
            for (Table table : tables) {
                copy(table);
            }
            keys.restore();
        });
        vacuumAnalyze(names);
    }

    static String copyStatement(String table, List<String> columns) {
        return "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    }

    private void copy(Table table) throws SQLException {
        CopyIn copy =
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement(table.name(), table.columns()));
        try {
            CopyRows rows = new CopyRows(copy, table.columns().size());
            table.writer().write(rows);
            rows.finish();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    // VACUUM cannot run inside a transaction block.
    private void vacuumAnalyze(List<String> names) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze " + String.join(", ", names));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    // Table and column names come from the grader, never from a learner, but they go into SQL unquoted: make sure.
    private static void requirePlainName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain table or column name: " + name);
        }
    }
}
