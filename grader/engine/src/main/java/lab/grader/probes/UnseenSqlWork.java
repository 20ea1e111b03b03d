package lab.grader.probes;

import java.util.Optional;

/**
 * Thrown by {@link SqlMeter} when the server was sent clearly more round trips than the probe inside the kata saw:
 * the kata ran SQL on a connection the probe does not wrap. It is the learner's: the engine turns it into a failed
 * check with these four parts (the probes know nothing of the check model).
 */
public final class UnseenSqlWork extends RuntimeException {

    /**
     * Round trips the server may see beyond the probe's own, whatever the action: pgjdbc's type lookups the first
     * time a connection meets an array or a custom type, HikariCP's validation of a connection idle for over 500 ms,
     * a connection opened or replaced during the action. Measured at most 6 over every kata's reference and starter
     * (decision 0012); the per-row mistake this catches costs hundreds.
     */
    public static final long ALLOWANCE = 25;

    /**
     * pgjdbc sends a Sync after every 256 statements of one executeBatch, so that neither side's buffers fill up:
     * one probe round trip is then several on the wire. Counted here as one per 128 batched statements, twice the
     * driver's rate.
     */
    public static final long BATCHED_STATEMENTS_PER_SYNC = 128;

    private final String what;
    private final String expected;
    private final String actual;
    private final String cause;
    private final String next;

    private UnseenSqlWork(String what, String expected, String actual, String cause, String next) {
        super(what + " " + actual);
        this.what = what;
        this.expected = expected;
        this.actual = actual;
        this.cause = cause;
        this.next = next;
    }

    /** The most round trips the server may see for what the probe saw. */
    public static long allowed(SqlSnapshot probe) {
        // A commit or rollback is a round trip of its own; BEGIN travels with the first statement.
        return probe.roundTrips()
                + probe.commits()
                + probe.rollbacks()
                + ceilDiv(probe.batchedStatements(), BATCHED_STATEMENTS_PER_SYNC)
                + ALLOWANCE;
    }

    /**
     * Compare what the probe saw with what the server was sent during the same action. COPY exchanges are left out:
     * a COPY through {@code unwrap(PGConnection.class)} is the fastest legitimate import, and its rows travel as
     * CopyData, not as round trips.
     */
    public static Optional<UnseenSqlWork> between(SqlSnapshot probe, WireCounts server) {
        long allowed = allowed(probe);
        if (server.roundTrips() - server.copies() <= allowed) {
            return Optional.empty();
        }
        return Optional.of(new UnseenSqlWork(
                "The SQL work of this request should be visible to the grader's probe, which counts every statement"
                        + " on the kata's DataSource.",
                "at most " + allowed + " round trips at the server besides COPY for the " + probe.roundTrips()
                        + " the probe saw (plus commits, batch syncs and " + ALLOWANCE
                        + " for the driver and the pool)",
                "the server saw " + server.roundTrips() + " round trips, the probe only " + probe.roundTrips() + " ("
                        + server.statements() + " statements, " + server.copies() + " of them COPY, sent to"
                        + " PostgreSQL, " + probe.statements() + " statements seen by the probe, "
                        + server.connections() + " connections opened)",
                "the kata runs SQL on a connection the probe does not see (unwrap(...) or DriverManager), so its"
                        + " statements are neither counted nor batched",
                "run every statement through the DataSource's JDBC API (JdbcTemplate, batchUpdate, or a"
                        + " PreparedStatement.executeBatch on the Connection it hands out); COPY through"
                        + " unwrap(PGConnection.class) is fine, statements one per row on it are not"));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    public String what() {
        return what;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }

    public String cause() {
        return cause;
    }

    public String next() {
        return next;
    }
}
