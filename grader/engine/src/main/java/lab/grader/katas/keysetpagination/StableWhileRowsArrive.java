package lab.grader.katas.keysetpagination;

import static lab.grader.katas.keysetpagination.FeedAnswers.ENDPOINT;
import static lab.grader.katas.keysetpagination.FeedAnswers.FIX_PAGE;
import static lab.grader.katas.keysetpagination.FeedAnswers.ids;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import lab.grader.katas.keysetpagination.FeedAnswers.Row;
import lab.grader.katas.keysetpagination.FeedAnswers.Walk;
import lab.grader.katas.keysetpagination.KeysetPaginationData.Account;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * A walk through a feed while new activities arrive at its top between two requests shows every activity that was
 * there at the start exactly once, in feed order.
 */
final class StableWhileRowsArrive implements CheckBody<KeysetPaginationData> {

    @Override
    public Verdict run(KataRun kata, KeysetPaginationData data) throws Exception {
        RandomGenerator random = kata.random();
        Account live = data.live();
        List<Row> before = FeedAnswers.expected(kata.database(), live.id(), Integer.MAX_VALUE);
        int limit = 25 + random.nextInt(16);
        Arrivals arrivals = new Arrivals(
                kata.database(),
                live.id(),
                maxId(kata) + 1_000 + random.nextInt(1_000),
                OffsetDateTime.ofInstant(before.getFirst().createdAt(), ZoneOffset.UTC),
                random);
        Walk walk = FeedAnswers.walk(
                kata, live.id(), limit, 2 * (before.size() / limit) + 10, pages -> arrivals.insert(), FIX_PAGE);
        Set<Long> inserted = arrivals.inserted;
        Map<Long, Integer> seen = new HashMap<>();
        walk.items().forEach(row -> seen.merge(row.id(), 1, Integer::sum));
        List<Long> repeated = seen.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        List<Row> skipped =
                before.stream().filter(row -> !seen.containsKey(row.id())).toList();
        List<Long> oldInWalk = ids(walk.items()).stream()
                .filter(id -> !inserted.contains(id))
                .distinct()
                .toList();
        boolean inOrder =
                oldInWalk.equals(ids(before).stream().filter(seen::containsKey).toList());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("activitiesAtStart", before.size());
        metrics.put("activitiesInsertedDuringWalk", inserted.size());
        metrics.put("pagesWalked", walk.pages());
        metrics.put("rowsRepeated", repeated.size());
        metrics.put("rowsSkipped", skipped.size());
        if (!repeated.isEmpty() || !skipped.isEmpty() || !inOrder || !walk.reachedEnd()) {
            String example = !repeated.isEmpty()
                    ? "first repeated: id " + repeated.getFirst() + ", shown " + seen.get(repeated.getFirst())
                            + " times"
                    : !skipped.isEmpty()
                            ? "first skipped: " + skipped.getFirst().describe()
                            : !inOrder
                                    ? "the activities that were there from the start are out of order"
                                    : "no page with \"next\": null after " + walk.pages() + " pages";
            throw Feedback.check("Paging through account " + live.id() + "'s feed (" + before.size() + " activities,"
                            + " " + ENDPOINT + "?limit=" + limit + ") while new activities arrive at the top between"
                            + " two requests should show every activity that was there at the start exactly once.")
                    .expected("0 repeated and 0 skipped, in feed order; the new activities may be left out")
                    .actual(repeated.size() + " repeated, " + skipped.size() + " skipped over " + walk.pages()
                            + " pages, with " + inserted.size() + " activities inserted during the walk; " + example)
                    .cause(
                            !repeated.isEmpty()
                                    ? "the cursor counts rows (an OFFSET): every row that arrives at the top pushes the rows"
                                            + " already shown down onto the next page"
                                    : !skipped.isEmpty()
                                            ? "the cursor loses rows at page boundaries, e.g. those that share the last row's"
                                                    + " timestamp (see feed-in-order)"
                                            : "the pages do not continue where the previous one ended")
                    .next("make the cursor point at the last row shown, (created_at, id), and continue after it, in"
                            + " FeedCursor and FeedRepository.page")
                    .hint(skipped.isEmpty() ? 1 : 2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    /** New activities at the top of one feed, a few before each page request, two of them at the same instant. */
    private static final class Arrivals {

        private final Connection database;
        private final long accountId;
        private final RandomGenerator random;
        private final Set<Long> inserted = new HashSet<>();
        private long nextId;
        private OffsetDateTime newest;

        Arrivals(Connection database, long accountId, long firstId, OffsetDateTime newest, RandomGenerator random) {
            this.database = database;
            this.accountId = accountId;
            this.nextId = firstId;
            this.newest = newest;
            this.random = random;
        }

        void insert() throws SQLException {
            int count = 3 + random.nextInt(4);
            try (PreparedStatement insert = database.prepareStatement(
                    "insert into activity (id, account_id, created_at, kind, summary) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    if (i != 1) {
                        newest = newest.plusSeconds(1 + random.nextInt(60))
                                .plusNanos(1_000L * random.nextInt(1_000_000));
                    }
                    insert.setLong(1, nextId);
                    insert.setLong(2, accountId);
                    insert.setObject(3, newest);
                    insert.setString(4, "COMMENT");
                    insert.setString(5, "comment on post #" + (1000 + random.nextInt(9000)) + " (new)");
                    insert.addBatch();
                    inserted.add(nextId);
                    nextId += 1 + random.nextInt(3);
                }
                insert.executeBatch();
            }
        }
    }

    private static long maxId(KataRun kata) throws SQLException {
        try (Statement select = kata.database().createStatement();
                ResultSet result = select.executeQuery("select coalesce(max(id), 0) from activity")) {
            result.next();
            return result.getLong(1);
        }
    }
}
