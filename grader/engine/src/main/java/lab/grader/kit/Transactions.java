package lab.grader.kit;

import java.sql.Connection;
import java.sql.SQLException;

/** Run grader-side statements in one transaction on a connection that may be in auto-commit, and put it back. */
public final class Transactions {

    /** Statements that either all take effect or none. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private Transactions() {}

    /** Commit when the work ends normally; on any failure roll back, so nothing of it is kept, and rethrow. */
    public static void inTransaction(Connection connection, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
