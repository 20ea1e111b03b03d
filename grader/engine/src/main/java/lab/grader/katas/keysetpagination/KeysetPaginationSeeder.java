package lab.grader.katas.keysetpagination;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import lab.grader.katas.keysetpagination.KeysetPaginationData.Account;
import lab.grader.kit.BulkLoad;

/**
 * Seed about 110,000 activities for a handful of accounts, generated in Java from the run's seed and loaded through
 * COPY. Ids start at random offsets and are unrelated to time; timestamps carry microseconds and are drawn from fewer
 * slots than rows, so ties are everywhere and a cursor without the id, or rounded to the millisecond, loses rows.
 */
final class KeysetPaginationSeeder {

    static final OffsetDateTime NEWEST = OffsetDateTime.parse("2026-06-01T12:00:00Z");
    private static final long MICROSECONDS_BETWEEN_SLOTS = 7_234_567;
    private static final String[] KINDS = {"COMMENT", "LIKE", "SHARE", "MENTION", "FOLLOW", "UPLOAD"};

    private KeysetPaginationSeeder() {}

    private record Activity(long id, long accountId, Instant createdAt, String kind, String summary) {}

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
        List<Activity> activities = new ArrayList<>();
        long nextId = 100_000 + random.nextInt(900_000);
        for (Account account : accounts) {
            int rowsPerTimestamp = account == ties ? 5 : 2;
            activities.addAll(
                    activities(account, nextId, Math.max(1, account.activities() / rowsPerTimestamp), random));
            nextId += account.activities() * 3L + 1 + random.nextInt(50);
        }
        BulkLoad.into(connection)
                .table("account", List.of("id", "name"), rows -> {
                    for (Account account : accounts) {
                        rows.add(account.id(), "Account " + account.id());
                    }
                    rows.add(empty, "Account " + empty + " (no activity yet)");
                })
                .table("activity", List.of("id", "account_id", "created_at", "kind", "summary"), rows -> {
                    for (Activity activity : activities) {
                        rows.add(
                                activity.id(),
                                activity.accountId(),
                                activity.createdAt(),
                                activity.kind(),
                                activity.summary());
                    }
                })
                .load();
        return new KeysetPaginationData(deep, ties, live, others, empty, accountBase + 77);
    }

    /** One account's activities, in random order: neither the heap nor the ids follow the feed's order. */
    private static List<Activity> activities(Account account, long firstId, int timestamps, RandomGenerator random) {
        Instant newest = NEWEST.toInstant();
        List<Activity> activities = new ArrayList<>(account.activities());
        for (int g = 1; g <= account.activities(); g++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            activities.add(new Activity(
                    firstId + g * 3L + random.nextInt(3),
                    account.id(),
                    newest.minus(MICROSECONDS_BETWEEN_SLOTS * random.nextInt(timestamps), ChronoUnit.MICROS),
                    kind,
                    kind.toLowerCase(Locale.ROOT) + " on post #" + (1_000 + random.nextInt(90_000))));
        }
        Collections.shuffle(activities, random);
        return activities;
    }
}
