package lab.grader.kit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import lab.grader.model.KataRun;

/**
 * Row locks held by the grader on a connection of its own, to freeze a kata in the middle of its transaction: while
 * the grader holds {@code SELECT ... FOR UPDATE} on a row, any statement of the kata that writes that row waits, so a
 * check can look at what the kata did before the write, deterministically, and then let it go on.
 */
public final class RowLock implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");
    private static final Duration POLL = Duration.ofMillis(20);

    private final Connection connection;
    private final int backendPid;
    private String held = "";

    private RowLock(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement();
                ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            this.backendPid = pid.getInt(1);
        }
        connection.setAutoCommit(false);
    }

    /** Open a connection of the grader's own to the kata's database, holding nothing yet. */
    public static RowLock open(KataRun kata) throws SQLException {
        Connection connection = kata.openDatabase();
        try {
            return new RowLock(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The statement that locks one row of the table by its {@code id}; the table is the grader's, never input. */
    static String lockStatement(String table) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain table name: " + table);
        }
        return "select 1 from " + table + " where id = ? for update";
    }

    /** Lock the row until {@link #release()}; a row that does not exist is the grader's mistake. */
    public RowLock hold(String table, long id) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(lockStatement(table))) {
            lock.setLong(1, id);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No row " + table + " " + id + " to lock");
                }
            }
        }
        held = held.isEmpty() ? table + " " + id : held + ", " + table + " " + id;
        return this;
    }

    /** What is locked, e.g. "product 42", for messages. */
    public String held() {
        return held;
    }

    /**
     * Wait until another backend waits for a lock this one holds, and return its statement; return empty when the
     * timeout passes first or {@code giveUp} says there is no point waiting any longer (the kata already answered).
     */
    public Optional<String> awaitWaiter(Duration timeout, BooleanSupplier giveUp)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            Optional<String> waiter = waiter();
            if (waiter.isPresent()) {
                return waiter;
            }
            if (giveUp.getAsBoolean()) {
                return Optional.empty();
            }
            Thread.sleep(POLL);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /**
     * Wait until at least {@code count} backends of the kata's database wait for a lock, this one's or another
     * waiter's (a statement blocked behind a blocked transaction), and return how many did at the end; stop early
     * when {@code giveUp} says there is no point waiting any longer.
     */
    public int awaitWaiters(int count, Duration timeout, BooleanSupplier giveUp)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int waiting;
        do {
            waiting = waiters();
            if (waiting >= count || giveUp.getAsBoolean()) {
                return waiting;
            }
            Thread.sleep(POLL);
        } while (System.nanoTime() < deadline);
        return waiting;
    }

    private int waiters() throws SQLException {
        try (Statement clear = connection.createStatement()) {
            clear.execute("select pg_stat_clear_snapshot()");
        }
        try (Statement count = connection.createStatement();
                ResultSet row = count.executeQuery("select count(*) from pg_stat_activity where datname ="
                        + " current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    // pg_locks is read live; pg_stat_activity is a snapshot per transaction, so it is cleared before each look.
    private Optional<String> waiter() throws SQLException {
        try (Statement clear = connection.createStatement()) {
            clear.execute("select pg_stat_clear_snapshot()");
        }
        try (PreparedStatement waiting = connection.prepareStatement("""
                select coalesce(a.query, '(statement unknown)')
                  from pg_locks l
                  left join pg_stat_activity a on a.pid = l.pid
                 where not l.granted
                   and ? = any(pg_blocking_pids(l.pid))
                 limit 1
                """)) {
            waiting.setInt(1, backendPid);
            try (ResultSet row = waiting.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Let the waiting statements go on: end the transaction that holds the locks. Safe to call twice. */
    public void release() throws SQLException {
        if (!connection.isClosed()) {
            connection.rollback();
        }
        held = "";
    }

    @Override
    public void close() throws SQLException {
        try {
            release();
        } finally {
            connection.close();
        }
    }
}
