package lab.grader.katas.keysetpagination;

import static lab.grader.katas.keysetpagination.FeedAnswers.README;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import lab.grader.katas.keysetpagination.FeedAnswers.Page;
import lab.grader.katas.keysetpagination.FeedAnswers.Row;
import lab.grader.katas.keysetpagination.FeedAnswers.Walk;
import lab.grader.katas.keysetpagination.KeysetPaginationData.Account;
import lab.grader.kit.Text;
import lab.grader.model.Check;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.KataRun;
import lab.grader.model.SeedContext;
import lab.grader.model.Verdict;
import lab.grader.probes.CapturedStatement;
import lab.grader.probes.QueryPlan;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grade 03-keyset-pagination: the feed is walked in a total order, a deep page costs about what page 1 costs, new
 * rows arriving between two requests neither skip nor repeat a row, and a cursor the service did not issue is a
 * 400.
 */
public final class KeysetPaginationGrading implements KataGrading<KeysetPaginationData> {

    static final int PAGE_SIZE = 20;
    static final int WALK_LIMIT = 100;
    static final int WALK_PAGES = 100;
    static final int DEEP_OFFSET = WALK_LIMIT * WALK_PAGES;
    /** A deep page may cost this many times the buffers of page 1, plus {@link #BUFFER_ALLOWANCE}. */
    static final int MAX_FACTOR = 3;

    static final int BUFFER_ALLOWANCE = 20;
    private static final String ENDPOINT = "GET /accounts/{id}/feed";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "03-keyset-pagination",
                "query optimization",
                "Keyset pagination",
                "lab.keysetpagination.KeysetPaginationApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of("deep-page-cost", "stable-while-rows-arrive", "bad-cursor-rejected"));
    }

    @Override
    public KeysetPaginationData seed(SeedContext context) throws Exception {
        return KeysetPaginationSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<KeysetPaginationData>> checks() {
        return List.of(
                new Check<>(
                        "feed-in-order",
                        1,
                        "Every activity exactly once, newest first, ties broken by id",
                        2,
                        this::feedInOrder),
                new Check<>(
                        "deep-page-cost", 2, "Page 501 costs about what page 1 costs (buffers)", 4, this::deepPageCost),
                new Check<>(
                        "stable-while-rows-arrive",
                        3,
                        "No row skipped or repeated while new rows arrive",
                        2,
                        this::stableWhileRowsArrive),
                new Check<>(
                        "bad-cursor-rejected",
                        4,
                        "Opaque cursors; an altered or malformed one gets a 400",
                        2,
                        this::badCursorRejected));
    }

    @Override
    public List<String> explorationHints(KeysetPaginationData data, List<String> baseUrls) {
        String url = baseUrls.getFirst() + "/accounts/" + data.deep().id() + "/feed";
        return List.of(
                "curl -s '" + url + "?limit=3'",
                "curl -s '" + url + "?limit=3&cursor=<the \"next\" of the previous answer>'",
                "account " + data.deep().id() + " has " + data.deep().activities() + " activities; "
                        + data.ties().id() + " has " + data.ties().activities() + ", most of them sharing a timestamp; "
                        + data.emptyAccountId() + " has none; " + data.unknownAccountId() + " does not exist");
    }

    private Verdict feedInOrder(KataRun kata, KeysetPaginationData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0xFEED);
        String next = "see the kata's log under target/lab/logs/ and task 1 of " + README;
        Page empty = FeedAnswers.page(kata, data.emptyAccountId(), null, null, next);
        if (!empty.items().isEmpty() || !empty.last()) {
            throw Feedback.check(ENDPOINT + " for an account without activities should be one empty, last page.")
                    .expected("{\"items\": [], \"next\": null}")
                    .actual(empty.items().size() + " items, next " + empty.next())
                    .cause("the last page is not recognised when the feed is empty")
                    .next("task 1 of " + README)
                    .failure();
        }
        Account other = data.others().get(random.nextInt(data.others().size()));
        Page defaultPage = FeedAnswers.page(kata, other.id(), null, null, next);
        if (defaultPage.items().size() != PAGE_SIZE || defaultPage.last()) {
            throw Feedback.check(ENDPOINT + " without a limit should return the " + PAGE_SIZE + " newest activities of"
                            + " account " + other.id() + " (" + other.activities() + " activities) and a cursor.")
                    .expected(PAGE_SIZE + " items and a \"next\" cursor")
                    .actual(defaultPage.items().size() + " items, next " + defaultPage.next())
                    .cause("the default limit is not " + PAGE_SIZE + ", or the next cursor is missing")
                    .next("task 1 of " + README)
                    .failure();
        }

        Account ties = data.ties();
        int limit = 10 + random.nextInt(24);
        List<Row> expected = FeedAnswers.expected(kata.database(), ties.id(), Integer.MAX_VALUE);
        Walk walk = FeedAnswers.walk(kata, ties.id(), limit, expected.size() / limit + 5, pages -> {}, next);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("activitiesInFeed", expected.size());
        metrics.put("activitiesSharingTheirTimestamp", FeedAnswers.tied(expected));
        metrics.put("pageSize", limit);
        metrics.put("pagesWalked", walk.pages());
        metrics.put("itemsSeen", walk.items().size());
        Optional<String> difference = FeedAnswers.difference(walk.items(), expected, limit);
        if (difference.isPresent() || !walk.reachedEnd()) {
            throw Feedback.check("Following the cursors of " + ENDPOINT + "?limit=" + limit + " from the first page"
                            + " to the last should show each of account " + ties.id() + "'s " + expected.size()
                            + " activities exactly once, newest first; activities created at the same instant go"
                            + " higher id first.")
                    .expected("the feed ordered by createdAt descending, then id descending, and \"next\": null on"
                            + " the last page (after about " + (expected.size() / limit + 1) + " pages)")
                    .actual(difference.orElse("no page with \"next\": null after " + walk.pages() + " pages")
                            + "\n(" + FeedAnswers.tied(expected) + " of the " + expected.size()
                            + " activities share their createdAt with another; seed " + kata.seed() + ")")
                    .cause(
                            skipped(walk.items(), expected) > 0
                                    ? "the cursor holds created_at without the id, so the rows that share the last row's"
                                            + " timestamp are cut off (or created_at lost its microseconds on the way)"
                                    : "an ORDER BY without the id tie-break, or a cursor condition that does not match it")
                    .next("order by created_at desc, id desc, and continue after (created_at, id) of the last row"
                            + " shown -- task 1 of " + README + ", hints 1 and 2")
                    .failure(metrics);
        }

        Page second = FeedAnswers.page(kata, ties.id(), limit, firstCursor(kata, ties.id(), limit, next), next);
        Page again = FeedAnswers.page(kata, ties.id(), limit, firstCursor(kata, ties.id(), limit, next), next);
        if (!ids(second.items()).equals(ids(again.items()))) {
            throw Feedback.check("Asking twice for page 2 of account " + ties.id() + " with the same cursor should"
                            + " give the same page.")
                    .expected(ids(second.items()).toString())
                    .actual(ids(again.items()).toString())
                    .cause("an order that is not total: rows that tie on every ORDER BY column come back in any"
                            + " order")
                    .next("add the id as the last ORDER BY column -- task 1 of " + README)
                    .failure(metrics);
        }
        Account spot = data.others().get(random.nextInt(data.others().size()));
        int spotLimit = 5 + random.nextInt(46);
        Walk spotWalk = FeedAnswers.walk(kata, spot.id(), spotLimit, 3, pages -> {}, next);
        List<Row> spotExpected = FeedAnswers.expected(
                kata.database(), spot.id(), spotWalk.items().size());
        Optional<String> spotDifference = spotWalk.items().size() == Math.min(3 * spotLimit, spot.activities())
                ? FeedAnswers.difference(spotWalk.items(), spotExpected, spotLimit)
                : Optional.of(spotWalk.items().size() + " items on " + spotWalk.pages() + " pages");
        if (spotDifference.isPresent()) {
            throw Feedback.check("The first 3 pages of " + ENDPOINT + "?limit=" + spotLimit + " for account "
                            + spot.id() + " should hold its " + (3 * spotLimit) + " newest activities as the database"
                            + " holds them.")
                    .expected("ids, createdAt (to the microsecond), kind and summary as in the activity table")
                    .actual(spotDifference.get())
                    .cause("a column mapped from the wrong place, or a limit applied to something else")
                    .next("task 1 of " + README)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static long skipped(List<Row> seen, List<Row> expected) {
        Set<Long> shown = new HashSet<>(ids(seen));
        return expected.stream().filter(row -> !shown.contains(row.id())).count();
    }

    private static String firstCursor(KataRun kata, long accountId, int limit, String next) throws CheckFailure {
        return FeedAnswers.page(kata, accountId, limit, null, next).next();
    }

    private Verdict deepPageCost(KataRun kata, KeysetPaginationData data) throws Exception {
        Account deep = data.deep();
        String next = "see the kata's log under target/lab/logs/ and task 2 of " + README;
        Walk walk = FeedAnswers.walk(kata, deep.id(), WALK_LIMIT, WALK_PAGES, pages -> {}, next);
        List<Row> expected = FeedAnswers.expected(kata.database(), deep.id(), DEEP_OFFSET + PAGE_SIZE);
        if (walk.reachedEnd()
                || walk.items().size() != DEEP_OFFSET
                || !ids(walk.items()).equals(ids(expected.subList(0, DEEP_OFFSET)))) {
            throw Feedback.check("Following " + WALK_PAGES + " cursors of " + ENDPOINT + "?limit=" + WALK_LIMIT
                            + " for account " + deep.id() + " (" + deep.activities() + " activities) should show its "
                            + DEEP_OFFSET + " newest activities in feed order.")
                    .expected(DEEP_OFFSET + " items, and a \"next\" cursor on every page")
                    .actual(walk.items().size() + " items on " + walk.pages() + " pages"
                            + (walk.reachedEnd() ? ", the last one without a cursor" : "")
                            + FeedAnswers.difference(walk.items(), expected.subList(0, DEEP_OFFSET), WALK_LIMIT)
                                    .map(d -> "; " + d)
                                    .orElse(""))
                    .cause("the cursor does not lead to the page after the last row shown; feed-in-order (task 1)"
                            + " walks a shorter feed and says more")
                    .next("tasks 1 and 2 of " + README)
                    .failure();
        }
        Page[] pages = new Page[2];
        SqlSnapshot first =
                kata.sql().measure(() -> pages[0] = FeedAnswers.page(kata, deep.id(), PAGE_SIZE, null, next));
        String cursor = walk.next();
        SqlSnapshot deepPage =
                kata.sql().measure(() -> pages[1] = FeedAnswers.page(kata, deep.id(), PAGE_SIZE, cursor, next));
        List<Long> wanted = ids(expected.subList(DEEP_OFFSET, DEEP_OFFSET + PAGE_SIZE));
        List<Long> wantedFirst = ids(expected.subList(0, PAGE_SIZE));
        if (!ids(pages[1].items()).equals(wanted) || !ids(pages[0].items()).equals(wantedFirst)) {
            throw Feedback.check("Page 1 and page " + (DEEP_OFFSET / PAGE_SIZE + 1) + " of " + ENDPOINT + "?limit="
                            + PAGE_SIZE + " for account " + deep.id() + " should hold the right activities.")
                    .expected("page 1: " + wantedFirst + "\ndeep page: " + wanted)
                    .actual("page 1: " + ids(pages[0].items()) + "\ndeep page: " + ids(pages[1].items()))
                    .cause("a cursor made with one limit does not continue right with another")
                    .next("the cursor should say where the next page starts, not how long pages are -- task 2 of "
                            + README)
                    .failure();
        }
        Cost firstCost = cost(kata, first);
        Cost deepCost = cost(kata, deepPage);
        long allowed = MAX_FACTOR * firstCost.buffers() + BUFFER_ALLOWANCE;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("buffersPage1", firstCost.buffers());
        metrics.put("buffersDeepPage", deepCost.buffers());
        metrics.put("buffersAllowed", allowed);
        metrics.put("deepPageStartsAtRow", DEEP_OFFSET);
        metrics.put("statementsPerPage", deepPage.statements());
        metrics.put("rowsReadDeepPage", deepPage.rowsRead());
        if (deepCost.buffers() > allowed) {
            throw Feedback.check("Page " + (DEEP_OFFSET / PAGE_SIZE + 1) + " of " + ENDPOINT + "?limit=" + PAGE_SIZE
                            + " (rows " + DEEP_OFFSET + " to " + (DEEP_OFFSET + PAGE_SIZE - 1) + " of account "
                            + deep.id() + ", reached by following cursors) should cost about what page 1 costs.")
                    .expected("at most " + MAX_FACTOR + " x " + firstCost.buffers() + " + " + BUFFER_ALLOWANCE + " = "
                            + allowed + " shared buffers (hit + read) for the statements of the deep page")
                    .actual(deepCost.buffers() + " buffers for the deep page, " + firstCost.buffers() + " for page 1."
                            + "\nCostliest statement of the deep page (" + deepCost.costliestBuffers() + " buffers,"
                            + " parameters " + deepCost.costliest().parameters() + "):\n  "
                            + deepCost.costliest().sql().strip().replaceAll("\\s+", " ")
                            + "\nPlan: " + deepCost.plan())
                    .cause(
                            deepCost.costliest().sql().toLowerCase(Locale.ROOT).contains("offset")
                                    ? "OFFSET: PostgreSQL reads and throws away every row before the page, so page n costs"
                                            + " n times page 1"
                                    : "the condition that starts the page is not an index condition: PostgreSQL reads the"
                                            + " feed from the newest row and filters out every row before the cursor")
                    .next("remember the last row shown (created_at, id) in the cursor and ask for "
                            + "`where account_id = ? and (created_at, id) < (?, ?) order by created_at desc, id desc"
                            + " limit ?` in FeedRepository.page -- task 2 of " + README + ", hints 2 and 3")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    /** What the SELECT statements of one request cost, explained with the parameters they ran with. */
    private record Cost(long buffers, CapturedStatement costliest, long costliestBuffers, String plan) {}

    private static Cost cost(KataRun kata, SqlSnapshot snapshot) throws Exception {
        long total = 0;
        CapturedStatement costliest = null;
        long most = -1;
        String plan = "";
        for (Map.Entry<String, Long> entry : snapshot.mostFrequent(Integer.MAX_VALUE)) {
            String sql = entry.getKey().strip().toLowerCase(Locale.ROOT);
            if (!sql.startsWith("select") && !sql.startsWith("with")) {
                continue;
            }
            CapturedStatement statement = snapshot.captured(entry.getKey()).orElseThrow();
            if (!statement.explainable()) {
                throw Feedback.check("The grader explains each SELECT of a page request with the parameters it ran"
                                + " with, to count the buffers it touches.")
                        .expected("scalar parameters (numbers, text, timestamps)")
                        .actual("`" + entry.getKey() + "` ran with a parameter type the grader cannot rebuild")
                        .cause("an array or an object bound as a parameter")
                        .next("bind the cursor's values as plain parameters -- task 2 of " + README)
                        .failure();
            }
            QueryPlan explained = kata.plans().explain(statement);
            long buffers = explained.sharedBuffers() * entry.getValue();
            total += buffers;
            if (buffers > most) {
                most = buffers;
                costliest = statement;
                plan = describe(explained);
            }
        }
        if (costliest == null) {
            costliest = new CapturedStatement("(no SELECT)", 0, List.of(), true);
        }
        return new Cost(total, costliest, Math.max(most, 0), plan);
    }

    /** Describe a plan on one line: each node with its index, condition, filter and rows removed. */
    private static String describe(QueryPlan plan) {
        List<String> nodes = new ArrayList<>();
        walk(plan.root().get(0).get("Plan"), nodes);
        return String.join(" -> ", nodes);
    }

    private static void walk(JsonNode node, List<String> nodes) {
        StringBuilder text = new StringBuilder(node.path("Node Type").asString());
        if (node.has("Index Name")) {
            text.append(" using ").append(node.path("Index Name").asString());
        }
        if (node.has("Index Cond")) {
            text.append(" [index cond ")
                    .append(node.path("Index Cond").asString())
                    .append(']');
        }
        if (node.has("Filter")) {
            text.append(" [filter ")
                    .append(node.path("Filter").asString())
                    .append(", ")
                    .append(node.path("Rows Removed by Filter").asLong())
                    .append(" rows removed]");
        }
        text.append(" (")
                .append(node.path("Actual Rows").asLong())
                .append(" rows, ")
                .append(node.path("Shared Hit Blocks").asLong()
                        + node.path("Shared Read Blocks").asLong())
                .append(" buffers)");
        nodes.add(text.toString());
        for (JsonNode child : node.path("Plans")) {
            walk(child, nodes);
        }
    }

    private Verdict stableWhileRowsArrive(KataRun kata, KeysetPaginationData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0x5EED);
        Account live = data.live();
        String next = "see the kata's log under target/lab/logs/ and task 3 of " + README;
        List<Row> before = FeedAnswers.expected(kata.database(), live.id(), Integer.MAX_VALUE);
        int limit = 25 + random.nextInt(16);
        long[] nextId = {maxId(kata) + 1_000 + random.nextInt(1_000)};
        OffsetDateTime[] newest = {OffsetDateTime.ofInstant(before.getFirst().createdAt(), ZoneOffset.UTC)};
        Set<Long> inserted = new HashSet<>();
        Walk walk = FeedAnswers.walk(
                kata,
                live.id(),
                limit,
                2 * (before.size() / limit) + 10,
                pages -> {
                    // A few new activities at the top of the feed, two of them at the same instant.
                    int count = 3 + random.nextInt(4);
                    try (PreparedStatement insert = kata.database()
                            .prepareStatement(
                                    "insert into activity (id, account_id, created_at, kind, summary) values (?, ?, ?, ?, ?)")) {
                        for (int i = 0; i < count; i++) {
                            if (i != 1) {
                                newest[0] = newest[0]
                                        .plusSeconds(1 + random.nextInt(60))
                                        .plusNanos(1_000L * random.nextInt(1_000_000));
                            }
                            insert.setLong(1, nextId[0]);
                            insert.setLong(2, live.id());
                            insert.setObject(3, newest[0]);
                            insert.setString(4, "COMMENT");
                            insert.setString(5, "comment on post #" + (1000 + random.nextInt(9000)) + " (new)");
                            insert.addBatch();
                            inserted.add(nextId[0]);
                            nextId[0] += 1 + random.nextInt(3);
                        }
                        insert.executeBatch();
                    }
                },
                next);
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
                    .next("make the cursor point at the last row shown, (created_at, id), and continue after it --"
                            + " task 3 of " + README + ", hint 1")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static long maxId(KataRun kata) throws SQLException {
        try (Statement select = kata.database().createStatement();
                ResultSet result = select.executeQuery("select coalesce(max(id), 0) from activity")) {
            result.next();
            return result.getLong(1);
        }
    }

    private Verdict badCursorRejected(KataRun kata, KeysetPaginationData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0xC0DE);
        Account account = data.others().get(random.nextInt(data.others().size()));
        String next = "task 4 of " + README;
        int limit = 5;
        Page first = FeedAnswers.page(kata, account.id(), limit, null, next);
        String cursor = first.next();
        if (cursor == null || cursor.isBlank()) {
            throw Feedback.check(ENDPOINT + "?limit=" + limit + " for account " + account.id() + " ("
                            + account.activities() + " activities) should give a cursor to the next page.")
                    .expected("\"next\": a non-empty string")
                    .actual("\"next\": " + cursor)
                    .cause("the next cursor is left out")
                    .next(next)
                    .failure();
        }
        Row last = first.items().getLast();
        List<String> exposed = new ArrayList<>();
        if (cursor.matches("-?\\d+")) {
            exposed.add("it is a plain number");
        }
        if (cursor.contains(Long.toString(last.id()))) {
            exposed.add("it shows the last item's id " + last.id());
        }
        if (cursor.contains(last.createdAt().toString())
                || cursor.contains(Long.toString(last.createdAt().getEpochSecond()))) {
            exposed.add("it shows the last item's createdAt " + last.createdAt());
        }
        if (!exposed.isEmpty()) {
            throw Feedback.check("The \"next\" cursor of " + ENDPOINT + " should be opaque: a token the client sends"
                            + " back, not a position it can read or build itself.")
                    .expected("an encoded token, e.g. base64url of the position and a signature")
                    .actual("\"" + cursor + "\": " + String.join("; ", exposed))
                    .cause("the cursor is the position in plain text")
                    .next("encode it in CursorCodec -- task 4 of " + README + ", hint 1")
                    .failure();
        }
        Page second = FeedAnswers.page(kata, account.id(), limit, cursor, next);
        List<Long> wanted = ids(FeedAnswers.expected(kata.database(), account.id(), 2 * limit))
                .subList(limit, 2 * limit);
        if (!ids(second.items()).equals(wanted)) {
            throw Feedback.check("The cursor of page 1 should lead to page 2 of account " + account.id() + ".")
                    .expected(wanted.toString())
                    .actual(ids(second.items()).toString())
                    .cause("the cursor does not continue after the last row of page 1")
                    .next("task 1 of " + README)
                    .failure();
        }

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("one character changed", changeOneCharacter(cursor));
        bad.put("cut in half", cursor.substring(0, cursor.length() / 2));
        byte[] noise = new byte[24];
        random.nextBytes(noise);
        bad.put(
                "random bytes in base64url",
                Base64.getUrlEncoder().withoutPadding().encodeToString(noise));
        bad.put(
                "base64url of text that is no cursor",
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"createdAt\":\"yesterday\",\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        bad.put(
                "base64url of a negative number",
                Base64.getUrlEncoder().withoutPadding().encodeToString("-1".getBytes(StandardCharsets.UTF_8)));
        bad.put("not base64 at all", "*no-cursor*");
        List<String> answers = new ArrayList<>();
        boolean allRejected = true;
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Response response = FeedAnswers.request(kata, account.id(), Integer.toString(limit), entry.getValue());
            Optional<String> problem = problem(response, "cursor");
            allRejected &= problem.isEmpty();
            answers.add(entry.getKey() + " (" + entry.getValue() + "): "
                    + problem.orElse("400 " + shorten(Text.quote(response.asString()))));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("badCursorsTried", bad.size());
        metrics.put(
                "badCursorsRejected",
                answers.stream().filter(a -> a.contains("): 400 ")).count());
        if (!allRejected) {
            throw Feedback.check(ENDPOINT + "?limit=" + limit + "&cursor=... for account " + account.id() + " should"
                            + " answer 400 with a problem detail about the cursor when the cursor is not one the"
                            + " service issued (from the valid cursor " + cursor + ").")
                    .expected("HTTP 400 with a JSON problem detail whose \"detail\" mentions the cursor, for each of "
                            + bad.size() + " bad cursors")
                    .actual(String.join("\n", answers))
                    .cause(
                            answers.stream().anyMatch(a -> a.contains("): HTTP 5"))
                                    ? "the cursor is decoded without checks: a decoding or parsing exception escapes the"
                                            + " controller as a 500"
                                    : answers.stream().anyMatch(a -> a.contains("): HTTP 200"))
                                            ? "the cursor is not tamper-evident: a changed or made-up cursor still decodes to"
                                                    + " some position"
                                            : "the cursor is rejected, but not with a 400 whose detail names the cursor")
                    .next("sign the cursor (HMAC) in CursorCodec and turn every decoding problem into an"
                            + " InvalidCursorException -- task 4 of " + README + ", hints 2 and 3")
                    .failure(metrics);
        }
        expectStatus(
                kata,
                "/accounts/" + account.id() + "/feed?limit=0",
                FeedAnswers.request(kata, account.id(), "0", null),
                400,
                "limit=0 (allowed: 1 to 100)");
        expectStatus(
                kata,
                "/accounts/" + account.id() + "/feed?limit=101",
                FeedAnswers.request(kata, account.id(), "101", null),
                400,
                "limit=101 (allowed: 1 to 100)");
        expectStatus(
                kata,
                "/accounts/" + account.id() + "/feed?limit=abc",
                FeedAnswers.request(kata, account.id(), "abc", null),
                400,
                "limit=abc (allowed: 1 to 100)");
        expectStatus(
                kata,
                "/accounts/" + data.unknownAccountId() + "/feed",
                FeedAnswers.request(kata, data.unknownAccountId(), null, null),
                404,
                "an unknown account");
        return Verdict.pass(metrics);
    }

    /** Return why the answer is not a 400 problem detail that mentions the subject, or empty when it is one. */
    private static Optional<String> problem(Response response, String subject) {
        if (response.statusCode() != 400) {
            return Optional.of("HTTP " + response.statusCode() + " " + shorten(Text.quote(response.asString())));
        }
        try {
            JsonNode body = JSON.readTree(response.asString());
            String detail = body.path("detail").asString("");
            if (!detail.toLowerCase(Locale.ROOT).contains(subject)) {
                return Optional.of("HTTP 400 whose \"detail\" does not mention the " + subject + ": "
                        + shorten(Text.quote(response.asString())));
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.of("HTTP 400 without a JSON problem detail: " + shorten(Text.quote(response.asString())));
        }
    }

    /** Keep one answer to one line of a failure message that lists several. */
    private static String shorten(String text) {
        return text.length() <= 140 ? text : text.substring(0, 137) + "...";
    }

    /** Change the middle character to another one of the same kind, so the text stays plausible. */
    static String changeOneCharacter(String cursor) {
        int at = cursor.length() / 2;
        char c = cursor.charAt(at);
        char changed;
        if (c >= '0' && c <= '9') {
            changed = (char) ('0' + (c - '0' + 1) % 10);
        } else if (c >= 'a' && c <= 'z') {
            changed = (char) ('a' + (c - 'a' + 1) % 26);
        } else if (c >= 'A' && c <= 'Z') {
            changed = (char) ('A' + (c - 'A' + 1) % 26);
        } else {
            changed = c == 'A' ? 'B' : 'A';
        }
        return cursor.substring(0, at) + changed + cursor.substring(at + 1);
    }

    private static void expectStatus(KataRun kata, String path, Response response, int status, String what)
            throws CheckFailure {
        if (response.statusCode() != status) {
            throw Feedback.check("GET " + path + " should answer " + status + " for " + what + ".")
                    .expected("HTTP " + status + " with a problem detail saying what was wrong")
                    .actual("HTTP " + response.statusCode() + ": " + Text.quote(response.asString()))
                    .cause(
                            response.statusCode() >= 500
                                    ? "an exception escaped the controller"
                                    : "the input is not validated, or the wrong status is chosen")
                    .next("validate the input and answer 4xx with a ProblemDetail -- task 4 of " + README)
                    .failure();
        }
    }

    private static List<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }
}
