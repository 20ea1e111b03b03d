package lab.grader.kit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The foreign keys of tables being loaded, dropped for the load and added again exactly as they were, inside the
 * load's transaction: the server then checks each key once over the whole table instead of once per row, and no
 * other session ever sees a table without its keys. Indexes are never touched.
 */
final class LiftedForeignKeys {

    /** One foreign key as the catalog describes it, names already quoted as SQL needs them. */
    record ForeignKey(String table, String name, String definition, String commentLiteral) {

        String drop() {
            return "alter table " + table + " drop constraint " + name;
        }

        String add() {
            return "alter table " + table + " add constraint " + name + " " + definition;
        }

        String comment() {
            return "comment on constraint " + name + " on " + table + " is " + commentLiteral;
        }
    }

    // Only a table's own keys (not one inherited from a partitioned parent, which goes with its parent).
    private static final String KEYS = """
            select c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid),
                   quote_literal(obj_description(c.oid, 'pg_constraint'))
            from pg_constraint c
            where c.contype = 'f' and c.conparentid = 0 and c.conrelid = any(?::text[]::regclass[])
            order by 1, 2
            """;

    private final Connection connection;
    private final List<String> tables;
    private final List<ForeignKey> keys;

    private LiftedForeignKeys(Connection connection, List<String> tables, List<ForeignKey> keys) {
        this.connection = connection;
        this.tables = tables;
        this.keys = keys;
    }

    /** Drop the foreign keys of the tables, in the connection's open transaction. */
    static LiftedForeignKeys lift(Connection connection, List<String> tables) throws SQLException {
        List<ForeignKey> keys = describe(connection, tables);
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey key : keys) {
                statement.execute(key.drop());
            }
        }
        return new LiftedForeignKeys(connection, tables, keys);
    }

    /** Add every key again, with its comment; the catalog must then describe exactly the keys that were lifted. */
    void restore() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey key : keys) {
                statement.execute(key.add());
                if (key.commentLiteral() != null) {
                    statement.execute(key.comment());
                }
            }
        }
        List<ForeignKey> now = describe(connection, tables);
        if (!now.equals(keys)) {
            throw new IllegalStateException(
                    "the foreign keys of " + tables + " did not come back as they were: " + keys + " became " + now);
        }
    }

    List<ForeignKey> keys() {
        return keys;
    }

    static List<ForeignKey> describe(Connection connection, List<String> tables) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(KEYS)) {
            select.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(
                            new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return keys;
    }
}
