package lab.grader.probes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import tools.jackson.databind.json.JsonMapper;

/**
 * Explain a statement the way a kata runs it, with its parameters, to show buffers and the plan. Sequential scans
 * can be disabled to ask whether an index is usable at all on a table too small for the planner to prefer it.
 */
public final class PlanProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection connection;

    public PlanProbe(Connection connection) {
        this.connection = connection;
    }

    /** Explain a statement as the kata last ran it. */
    public QueryPlan explain(CapturedStatement statement) throws SQLException {
        requireExplainable(statement);
        return explain(false, statement.sql(), statement.parameters().toArray());
    }

    /** Explain a statement as the kata last ran it, with sequential scans disabled: can it use an index at all? */
    public QueryPlan explainWithoutSequentialScans(CapturedStatement statement) throws SQLException {
        requireExplainable(statement);
        return explain(true, statement.sql(), statement.parameters().toArray());
    }

    private static void requireExplainable(CapturedStatement statement) {
        if (!statement.explainable()) {
            throw new IllegalArgumentException("The statement `" + statement.sql() + "` ran with a parameter type the"
                    + " grader cannot rebuild (an array?), so it cannot be explained as it ran");
        }
    }

    public QueryPlan explain(String sql, Object... parameters) throws SQLException {
        return explain(false, sql, parameters);
    }

    public QueryPlan explainWithoutSequentialScans(String sql, Object... parameters) throws SQLException {
        return explain(true, sql, parameters);
    }

    private QueryPlan explain(boolean noSequentialScans, String sql, Object... parameters) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement settings = connection.createStatement()) {
            // Local to this transaction, which is rolled back: an ANALYZE of a write must change nothing either.
            settings.execute("set local enable_seqscan = " + (noSequentialScans ? "off" : "on"));
            try (PreparedStatement explain =
                    connection.prepareStatement("explain (analyze, buffers, format json) " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = explain.executeQuery()) {
                    rows.next();
                    return new QueryPlan(JSON.readTree(rows.getString(1)));
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
