package lab.grader.katas.missingindex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import lab.grader.model.KataRun;

/** How big the kata's tables are on disk, which is what a sequential scan of them reads. */
final class TableSizes {

    private TableSizes() {}

    static long pages(KataRun kata, String table) throws SQLException {
        return figure(kata, "select pg_relation_size(?::regclass) / current_setting('block_size')::int", table);
    }

    static long bytes(KataRun kata, String table) throws SQLException {
        return figure(kata, "select pg_relation_size(?::regclass)", table);
    }

    private static long figure(KataRun kata, String sql, String table) throws SQLException {
        try (PreparedStatement select = kata.database().prepareStatement(sql)) {
            select.setString(1, table);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
