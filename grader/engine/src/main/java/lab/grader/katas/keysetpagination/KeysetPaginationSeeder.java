package lab.grader.katas.keysetpagination;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.keysetpagination.KeysetPaginationData.Account;

/**
 * Seed about 110,000 activities for a handful of accounts with {@code generate_series}, from the run's seed. Ids
 * start at random offsets and are unrelated to time; timestamps carry microseconds and are drawn from fewer slots
 * than rows, so ties are everywhere and a cursor without the id, or rounded to the millisecond, loses rows.
 */
final class KeysetPaginationSeeder {

    static final OffsetDateTime NEWEST = OffsetDateTime.parse("2026-06-01T12:00:00Z");

    private KeysetPaginationSeeder() {}

    static KeysetPaginationData seed(Connection connection, RandomGenerator random) throws SQLException {
        long accountBase = 1_000 + random.nextInt(90_000);
        // Feed sizes, and how many rows share a timestamp on average (rows / distinct timestamps).
        Account deep = new Account(accountBase, 100_000 + random.nextInt(10_000));
        Account ties = new Account(accountBase + 11, 1_000 + random.nextInt(600));
        Account live = new Account(accountBase + 22, 400 + random.nextInt(200));
        List<Account> others = List.of(
                new Account(accountBase + 33, 300 + random.nextInt(2_700)),
                new Account(accountBase + 44, 300 + random.nextInt(2_700)),
                new Account(accountBase + 55, 300 + random.nextInt(2_700)));
        long empty = accountBase + 66;
        List<Account> accounts = new ArrayList<>(List.of(deep, ties, live));
        accounts.addAll(others);
        try (PreparedStatement insert = connection.prepareStatement("insert into account (id, name) values (?, ?)")) {
            for (Account account : accounts) {
                insert.setLong(1, account.id());
                insert.setString(2, "Account " + account.id());
                insert.addBatch();
            }
            insert.setLong(1, empty);
            insert.setString(2, "Account " + empty + " (no activity yet)");
            insert.addBatch();
            insert.executeBatch();
        }
        try (PreparedStatement setSeed = connection.prepareStatement("select setseed(?)")) {
            setSeed.setDouble(1, random.nextDouble() * 2 - 1);
            setSeed.execute();
        }
        long nextId = 100_000 + random.nextInt(900_000);
        for (Account account : accounts) {
            int rowsPerTimestamp = account == ties ? 5 : 2;
            insertActivities(connection, account, nextId, Math.max(1, account.activities() / rowsPerTimestamp));
            nextId += account.activities() * 3L + 1 + random.nextInt(50);
        }
        try (Statement analyze = connection.createStatement()) {
            // Settled hint bits and a visibility map, so explaining a page touches the same buffers every run.
            analyze.execute("vacuum analyze");
        }
        return new KeysetPaginationData(deep, ties, live, others, empty, accountBase + 77);
    }

    private static void insertActivities(Connection connection, Account account, long firstId, int timestamps)
            throws SQLException {
        // Rows go in in random order, so neither the heap nor the ids follow the feed's order.
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into activity (id, account_id, created_at, kind, summary)
                select id, ?::bigint, created_at, kind, lower(kind) || ' on post #' || post
                from (
                    select ?::bigint + g * 3 + floor(random() * 3)::bigint as id,
                           ?::timestamptz - floor(random() * ?::int) * interval '7.234567 seconds' as created_at,
                           (array['COMMENT', 'LIKE', 'SHARE', 'MENTION', 'FOLLOW', 'UPLOAD'])
                               [1 + floor(random() * 6)::int] as kind,
                           1000 + floor(random() * 90000)::int as post
                    from generate_series(1, ?::int) g
                ) generated
                order by random()
                """)) {
            insert.setLong(1, account.id());
            insert.setLong(2, firstId);
            insert.setObject(3, NEWEST);
            insert.setInt(4, timestamps);
            insert.setInt(5, account.activities());
            insert.executeUpdate();
        }
    }
}
