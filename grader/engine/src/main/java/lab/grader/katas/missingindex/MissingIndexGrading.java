package lab.grader.katas.missingindex;

import io.restassured.response.Response;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import lab.grader.katas.missingindex.MissingIndexData.BoundaryOrder;
import lab.grader.katas.missingindex.SupportSearchAnswers.Customer;
import lab.grader.katas.missingindex.SupportSearchAnswers.Order;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.Check;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.KataRun;
import lab.grader.model.SeedContext;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * Grade 02-missing-index: the support search must stay correct (any case, range edges, ties) while both of its
 * queries seek through an index, each call reads at most a tenth of what a scan of its table reads, and the schema
 * gains no more than a few indexes.
 */
public final class MissingIndexGrading implements KataGrading<MissingIndexData> {

    static final int MAX_NEW_INDEXES = 3;
    /** A call may read at most this fraction of the pages a sequential scan of its table reads. */
    static final int SCAN_FRACTION = 10;
    /** The indexes V1 creates: the two primary keys. */
    static final Set<String> STARTER_INDEXES = Set.of("customer_pkey", "purchase_order_pkey");

    private static final String README = "exercises/02-missing-index/README.md";
    private static final String MIGRATION = "a new migration, src/main/resources/db/migration/V2__<name>.sql";
    private static final String EMAIL_CALL = "GET /support/customers?email=";
    private static final String ORDERS_CALL = "GET /support/customers/{id}/orders?from=&to=";

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "02-missing-index",
                "query optimization",
                "Missing index",
                "lab.missingindex.MissingIndexApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of("queries-use-indexes", "buffers-per-call"));
    }

    @Override
    public MissingIndexData seed(SeedContext context) throws Exception {
        return MissingIndexSeeder.seed(context.connection(), context.random(), context.seed());
    }

    @Override
    public List<Check<MissingIndexData>> checks() {
        return List.of(
                new Check<>(
                        "search-results",
                        1,
                        "Search results match the database: any case, range edges, ties",
                        3,
                        this::searchResults),
                new Check<>(
                        "queries-use-indexes",
                        2,
                        "Both searches can seek through an index",
                        3,
                        this::queriesUseIndexes),
                new Check<>(
                        "buffers-per-call",
                        3,
                        "Each call reads at most a tenth of a table scan",
                        4,
                        this::buffersPerCall),
                new Check<>("few-indexes", 4, "At most " + MAX_NEW_INDEXES + " new indexes", 2, this::fewIndexes),
                new Check<>("bad-input", 5, "Clear 400s and 404s for bad input", 2, this::badInput));
    }

    @Override
    public List<String> explorationHints(MissingIndexData data, List<String> baseUrls) {
        String url = baseUrls.getFirst();
        long keyAccount = data.keyAccountIds().getFirst();
        LocalDate from = MissingIndexData.END.minusDays(30);
        return List.of(
                "curl -s '" + url + "/support/customers?email=" + spell(data.keyAccountEmail(), 3) + "'",
                "curl -s '" + url + "/support/customers/" + keyAccount + "/orders?from=" + from + "&to="
                        + from.plusDays(7) + "'",
                "curl -s '" + url + "/support/customers/" + data.boundaryCustomerId() + "/orders?from="
                        + data.boundaryFrom() + "&to=" + data.boundaryTo() + "'",
                "customer " + keyAccount + " (e-mail stored as " + data.keyAccountEmail() + ") is a key account"
                        + " with thousands of orders; customer " + data.boundaryCustomerId() + " has orders on the"
                        + " edges of from=" + data.boundaryFrom() + " to=" + data.boundaryTo() + " and three at one"
                        + " instant; customer " + data.unknownCustomerId() + " does not exist",
                "in psql: explain (analyze, buffers) <a query of SupportSearchRepository, with values for the ?>");
    }

    private Verdict searchResults(KataRun kata, MissingIndexData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0x02_5EED);
        for (int spelling = 0; spelling < 4; spelling++) {
            Customer customer =
                    SupportSearchAnswers.customer(kata.database(), data.customerAt(random.nextInt(data.customers())));
            String asked = spell(customer.email(), spelling);
            JsonNode body = findByEmail(kata, asked);
            Optional<String> difference = SupportSearchAnswers.customerDifference(body, customer);
            if (difference.isPresent()) {
                throw Feedback.check(EMAIL_CALL + asked + " should find customer " + customer.id() + ", whose e-mail is"
                                + " stored as " + customer.email() + ".")
                        .expected("id " + customer.id() + ", name \"" + customer.name() + "\", email \""
                                + customer.email() + "\" (as stored)")
                        .actual(difference.get() + "\n(seed " + kata.seed() + ")")
                        .cause(
                                asked.equals(customer.email())
                                        ? "a column is mapped to the wrong field"
                                        : "the e-mail is compared with its case, e.g. `where email = ?`, or lower() is applied"
                                                + " on one side only")
                        .next("compare lower(email) with lower(?) (and index that expression) in"
                                + " SupportSearchRepository.customerByEmail -- task 1 of " + README)
                        .failure();
            }
        }
        Map<Long, String> why =
                data.boundaryOrders().stream().collect(Collectors.toMap(BoundaryOrder::id, BoundaryOrder::why));
        List<Order> boundary = requireOrders(
                kata,
                data.boundaryCustomerId(),
                data.boundaryFrom(),
                data.boundaryTo(),
                why,
                "customer " + data.boundaryCustomerId() + " (orders on the very edges of the range, and three"
                        + " at one instant)");
        for (BoundaryOrder order : data.boundaryOrders()) {
            if (order.inRange() != boundary.stream().anyMatch(o -> o.id() == order.id())) {
                throw new IllegalStateException(
                        "The grader's own range query disagrees with the seeded edge case " + order);
            }
        }
        long keyAccount =
                data.keyAccountIds().get(random.nextInt(data.keyAccountIds().size()));
        LocalDate from = MissingIndexData.START.plusDays(random.nextInt(700));
        requireOrders(
                kata,
                keyAccount,
                from,
                from.plusDays(5 + random.nextInt(10)),
                why,
                "customer " + keyAccount + " (a key account with thousands of orders)");
        for (int i = 0; i < 2; i++) {
            long customer = data.customerAt(random.nextInt(data.customers()));
            LocalDate start = MissingIndexData.START.plusDays(random.nextInt(300));
            requireOrders(
                    kata, customer, start, start.plusDays(100 + random.nextInt(300)), why, "customer " + customer);
        }
        LocalDate later = MissingIndexData.END.plusDays(10);
        requireOrders(
                kata,
                keyAccount,
                later,
                later.plusDays(30),
                why,
                "customer " + keyAccount + " (none: the range is after the last order)");
        requireOrders(kata, keyAccount, from, from, why, "customer " + keyAccount + " (none: from = to is empty)");
        return Verdict.pass(Map.of("emailLookupsChecked", 4, "orderListsChecked", 6));
    }

    private Verdict queriesUseIndexes(KataRun kata, MissingIndexData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0x1DE8);
        Customer customer =
                SupportSearchAnswers.customer(kata.database(), data.customerAt(random.nextInt(data.customers())));
        String next2 = "task 2 of " + README;
        CallCost lookup = CallCost.measure(
                kata, EMAIL_CALL + customer.email(), () -> findByEmail(kata, customer.email()), true, next2);
        long regular = data.customerAt(random.nextInt(data.customers()));
        LocalDate from = MissingIndexData.START.plusDays(random.nextInt(600));
        LocalDate to = from.plusDays(90);
        CallCost orders = CallCost.measure(
                kata, "GET " + ordersPath(regular, from, to), () -> listOrders(kata, regular, from, to), true, next2);
        List<Finding> findings = new ArrayList<>();
        seekFinding(lookup, "customer", List.of(), true).ifPresent(findings::add);
        seekFinding(orders, "purchase_order", List.of("customer_id", "placed_at"), true)
                .ifPresent(findings::add);
        // The customer check may be folded into the orders query; if it reads customer at all, it must seek.
        seekFinding(orders, "customer", List.of(), false).ifPresent(findings::add);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("emailLookupIndexes", indexNames(lookup, "customer"));
        metrics.put("orderListIndexes", indexNames(orders, "purchase_order"));
        if (!findings.isEmpty()) {
            throw Feedback.check("With sequential scans disabled (set enable_seqscan = off), each search should"
                            + " reach its table through an index that seeks on what the WHERE clause compares.")
                    .expected("an Index Scan, Index Only Scan or Bitmap Index Scan with an Index Cond: on lower(email)"
                            + " for customer, on customer_id and the placed_at range for purchase_order")
                    .actual(findings.stream().map(Finding::actual).collect(Collectors.joining("\n")))
                    .cause(findings.stream().map(Finding::cause).collect(Collectors.joining("\n")))
                    .next(findings.stream().map(Finding::next).distinct().collect(Collectors.joining("\n")))
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    /** One problem a check found, in the parts of a failure message; a check may report several at once. */
    private record Finding(String actual, String cause, String next) {}

    private static Optional<Finding> seekFinding(
            CallCost call, String table, List<String> seekColumns, boolean required) {
        List<TableAccess> accesses = call.accessesTo(table);
        if (accesses.isEmpty()) {
            return required
                    ? Optional.of(new Finding(
                            call.call() + " ran no query on " + table + ":" + call.describe(),
                            "the answer does not come from the " + table + " table",
                            "task 2 of " + README))
                    : Optional.empty();
        }
        for (TableAccess access : accesses) {
            if (!access.seeks() || !seekColumns.stream().allMatch(access::seeksOn)) {
                String search = table.equals("customer") && call.call().contains("/orders")
                        ? "customer check"
                        : table.equals("customer") ? "e-mail lookup" : "order list";
                return Optional.of(new Finding(
                        call.call() + ", explained with its parameters:" + call.describe(),
                        search + ": " + seekCause(access),
                        search + ": " + seekNext(table)));
            }
        }
        return Optional.empty();
    }

    private static String seekCause(TableAccess access) {
        String filter = access.filter().toLowerCase(Locale.ROOT);
        if (access.table().equals("customer") && filter.contains("lower(")) {
            return "no index holds lower(email). An index on plain email cannot answer `lower(email) = ...`:"
                    + " the planner only matches an index built on that same expression";
        }
        if (access.table().equals("purchase_order") && access.seeks() && filter.contains("placed_at")) {
            return filter.contains("time zone") || filter.contains("::date") || filter.contains("date(")
                    ? "the index finds the customer's orders, but the date range is a Filter checked on every one"
                            + " of them: placed_at is wrapped in a cast or function, so the index cannot seek on it"
                    : "the index finds the customer's orders, but the date range is a Filter checked on every one of"
                            + " them: the index has no placed_at right after customer_id";
        }
        if (access.nodeType().equals("Seq Scan")) {
            return "no index fits this WHERE clause: even with sequential scans disabled the whole table is read";
        }
        if (access.seeks()) {
            return "the index seeks on part of the WHERE clause only: it misses "
                    + (access.seeksOn("customer_id") ? "placed_at" : "customer_id")
                    + ", which is then checked row by row";
        }
        return "the index is read from end to end instead of seeking: its leading column is not compared in the"
                + " WHERE clause, or is wrapped in a function";
    }

    private static String seekNext(String table) {
        if (table.equals("customer")) {
            return "index the expression the query compares, lower(email), in " + MIGRATION + " -- task 2 of " + README
                    + ", hints 1 and 2";
        }
        return "simplest: index (customer_id, placed_at) in " + MIGRATION
                + ", and compare the bare column with two instants"
                + " (placed_at >= ? and placed_at < ?) in SupportSearchRepository.ordersPlacedBetween -- task 2 of "
                + README + ", hint 3";
    }

    private Verdict buffersPerCall(KataRun kata, MissingIndexData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0xB0FF);
        long customerPages = pages(kata, "customer");
        long orderPages = pages(kata, "purchase_order");
        long emailLimit = customerPages / SCAN_FRACTION;
        long ordersLimit = orderPages / SCAN_FRACTION;
        String next3 = "task 3 of " + README;
        List<CallCost> lookups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Customer customer =
                    SupportSearchAnswers.customer(kata.database(), data.customerAt(random.nextInt(data.customers())));
            String asked = spell(customer.email(), i + 1);
            lookups.add(CallCost.measure(kata, EMAIL_CALL + asked, () -> findByEmail(kata, asked), false, next3));
        }
        long keyAccount =
                data.keyAccountIds().get(random.nextInt(data.keyAccountIds().size()));
        LocalDate weekFrom = MissingIndexData.START.plusDays(30 + random.nextInt(650));
        LocalDate weekTo = weekFrom.plusDays(7);
        CallCost keyAccountWeek = CallCost.measure(
                kata,
                "GET " + ordersPath(keyAccount, weekFrom, weekTo) + " (a key account, one week)",
                () -> listOrders(kata, keyAccount, weekFrom, weekTo),
                false,
                next3);
        long regular = data.customerAt(random.nextInt(data.customers()));
        LocalDate yearFrom = MissingIndexData.START.plusDays(random.nextInt(300));
        LocalDate yearTo = yearFrom.plusDays(365);
        CallCost regularYear = CallCost.measure(
                kata,
                "GET " + ordersPath(regular, yearFrom, yearTo) + " (a customer, one year)",
                () -> listOrders(kata, regular, yearFrom, yearTo),
                false,
                next3);

        CallCost worstLookup = lookups.stream()
                .max(Comparator.comparingLong(CallCost::sharedBuffers))
                .orElseThrow();
        CallCost worstOrders =
                keyAccountWeek.sharedBuffers() >= regularYear.sharedBuffers() ? keyAccountWeek : regularYear;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("customerTablePages", customerPages);
        metrics.put("orderTablePages", orderPages);
        metrics.put("emailLookupBuffersPerCall", worstLookup.sharedBuffers());
        metrics.put("emailLookupBufferLimit", emailLimit);
        metrics.put("orderListBuffersPerCall", worstOrders.sharedBuffers());
        metrics.put("orderListBufferLimit", ordersLimit);
        metrics.put("keyAccountWeekBuffers", keyAccountWeek.sharedBuffers());
        metrics.put("customerYearBuffers", regularYear.sharedBuffers());
        List<Finding> findings = new ArrayList<>();
        if (worstLookup.sharedBuffers() > emailLimit) {
            findings.add(new Finding(
                    "e-mail lookup: " + worstLookup.sharedBuffers() + " buffers, limit " + emailLimit
                            + " (customer has " + customerPages + " pages). " + worstLookup.call() + ":"
                            + worstLookup.describe(),
                    "e-mail lookup: " + bufferCause(worstLookup, "customer"),
                    "e-mail lookup: index lower(email) in " + MIGRATION + " -- task 3 of " + README + ", hint 1"));
        }
        if (worstOrders.sharedBuffers() > ordersLimit) {
            findings.add(new Finding(
                    "order list: " + keyAccountWeek.sharedBuffers() + " buffers for a key account's"
                            + " week, " + regularYear.sharedBuffers() + " for a customer's year, limit " + ordersLimit
                            + " (purchase_order has " + orderPages + " pages). " + worstOrders.call() + ":"
                            + worstOrders.describe(),
                    "order list: " + bufferCause(worstOrders, "purchase_order"),
                    "order list: index (customer_id, placed_at) in " + MIGRATION + " and keep placed_at bare in the"
                            + " WHERE clause of SupportSearchRepository.ordersPlacedBetween -- task 3 of " + README
                            + ", hint 2"));
        }
        if (!findings.isEmpty()) {
            throw Feedback.check("Each search should read at most a tenth of the pages a sequential scan of its table"
                            + " reads: " + EMAIL_CALL + " against customer, " + ORDERS_CALL + " against purchase_order"
                            + " (for a key account's week as for an ordinary customer's year).")
                    .expected("at most " + emailLimit + " shared buffers per e-mail lookup and " + ordersLimit
                            + " per order list")
                    .actual(findings.stream().map(Finding::actual).collect(Collectors.joining("\n")))
                    .cause(findings.stream().map(Finding::cause).collect(Collectors.joining("\n")))
                    .next(findings.stream().map(Finding::next).collect(Collectors.joining("\n")))
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static String bufferCause(CallCost call, String table) {
        List<TableAccess> accesses = call.accessesTo(table);
        if (accesses.stream().anyMatch(access -> access.nodeType().equals("Seq Scan"))) {
            return "the planner scans all of " + table + ": no index fits the WHERE clause as written";
        }
        if (table.equals("purchase_order") && accesses.stream().anyMatch(access -> !access.seeksOn("placed_at"))) {
            return "the index finds the customer, then every one of the customer's orders is read and the date"
                    + " range is checked row by row (a key account has thousands): placed_at is not part of the"
                    + " index seek";
        }
        if (table.equals("purchase_order")
                && accesses.stream()
                        .anyMatch(access -> !access.seeksOn("customer_id")
                                || access.indexCondition().replace("(", "").startsWith("placed_at"))) {
            return "the index leads with the date range, so it walks through every customer's orders in the range"
                    + " (a year holds half the table) to find this customer's: the equality column, customer_id,"
                    + " must come first in the index";
        }
        return "the index does not narrow the rows down enough";
    }

    private Verdict fewIndexes(KataRun kata, MissingIndexData data) throws Exception {
        List<String> added = new ArrayList<>();
        long addedBytes = 0;
        try (PreparedStatement select = kata.database().prepareStatement("""
                select t.relname as table_name, i.relname as index_name, pg_relation_size(i.oid) as bytes,
                       pg_get_indexdef(i.oid) as definition
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                where t.relnamespace = current_schema()::regnamespace and t.relname <> 'flyway_schema_history'
                order by t.relname, i.relname""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (!STARTER_INDEXES.contains(rows.getString("index_name"))) {
                    added.add(rows.getString("index_name") + " (" + rows.getLong("bytes") / 1024 + " kB): "
                            + rows.getString("definition"));
                    addedBytes += rows.getLong("bytes");
                }
            }
        }
        long tableBytes = relationBytes(kata, "customer") + relationBytes(kata, "purchase_order");
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("newIndexes", added.size());
        metrics.put("newIndexKilobytes", addedBytes / 1024);
        metrics.put("tableKilobytes", tableBytes / 1024);
        if (added.size() > MAX_NEW_INDEXES) {
            throw Feedback.check("The schema should gain at most " + MAX_NEW_INDEXES + " indexes: every index is"
                            + " updated on every insert, and the search needs two.")
                    .expected("at most " + MAX_NEW_INDEXES + " indexes besides the primary keys")
                    .actual(added.size() + " new indexes, " + addedBytes / 1024 + " kB in all (the two tables: "
                            + tableBytes / 1024 + " kB):\n  " + String.join("\n  ", added))
                    .cause("an index on every column, just in case; most of them serve no query of the service")
                    .next("keep the indexes the two queries use (explain them) and drop the rest from your V2"
                            + " migration -- task 4 of " + README)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict badInput(KataRun kata, MissingIndexData data) throws Exception {
        long customer = data.boundaryCustomerId();
        String range = "from=" + data.boundaryFrom() + "&to=" + data.boundaryTo();
        expectStatus(
                kata,
                "/support/customers?email=nobody." + kata.seed() + "@example.invalid",
                404,
                "an e-mail no customer has");
        expectStatus(kata, "/support/customers?email=anna.example.com", 400, "an e-mail without @");
        expectStatus(kata, "/support/customers?email=anna@", 400, "an e-mail with nothing after the @");
        expectStatus(kata, "/support/customers", 400, "a missing email parameter");
        expectStatus(
                kata,
                "/support/customers/" + data.unknownCustomerId() + "/orders?" + range,
                404,
                "an unknown customer");
        expectStatus(kata, "/support/customers/abc/orders?" + range, 400, "a customer id that is not a number");
        expectStatus(
                kata,
                "/support/customers/" + customer + "/orders?from=2026-02-30&to=2026-03-10",
                400,
                "from=2026-02-30 (no such day)");
        expectStatus(
                kata,
                "/support/customers/" + customer + "/orders?from=03/01/2026&to=2026-03-10",
                400,
                "from=03/01/2026 (not yyyy-mm-dd)");
        expectStatus(
                kata, "/support/customers/" + customer + "/orders?from=2026-03-10&to=2026-03-01", 400, "from after to");
        expectStatus(kata, "/support/customers/" + customer + "/orders?from=2026-03-01", 400, "a missing to");
        return Verdict.pass(Map.of("badRequestsChecked", 10));
    }

    private static void expectStatus(KataRun kata, String path, int status, String what) throws CheckFailure {
        Response response = kata.instance(0).http().get(path);
        if (response.statusCode() != status) {
            throw Feedback.check("GET " + path + " should answer " + status + " for " + what + ".")
                    .expected("HTTP " + status + " with a problem detail saying what was wrong")
                    .actual("HTTP " + response.statusCode() + ": " + Text.quote(response.asString()))
                    .cause(
                            response.statusCode() >= 500
                                    ? "an exception escaped the controller (see the kata's log"
                                            + " under target/lab/logs/)"
                                    : "the input is not validated, or the wrong status is chosen")
                    .next("validate the input in SupportSearchController and answer 4xx with a ProblemDetail --"
                            + " task 5 of " + README)
                    .failure();
        }
    }

    private List<Order> requireOrders(
            KataRun kata, long customerId, LocalDate from, LocalDate to, Map<Long, String> why, String whose)
            throws Exception {
        List<Order> expected = SupportSearchAnswers.orders(kata.database(), customerId, from, to);
        JsonNode body = listOrders(kata, customerId, from, to);
        Optional<String> difference = SupportSearchAnswers.ordersDifference(body, expected, why);
        if (difference.isPresent()) {
            throw Feedback.check("GET " + ordersPath(customerId, from, to) + " should list the orders of " + whose
                            + " placed from " + from + " 00:00 UTC (inclusive) to " + to + " 00:00 UTC (exclusive),"
                            + " newest first.")
                    .expected(expected.size() + " orders, by placedAt descending, then id descending")
                    .actual(difference.get() + "\n(seed " + kata.seed() + ")")
                    .cause("the range edges are off (<= instead of <, a time zone other than UTC, a day added or"
                            + " lost when turning dates into instants), or the ORDER BY lacks the id tie-break")
                    .next("compare placed_at >= <from at 00:00 UTC> and placed_at < <to at 00:00 UTC>, order by"
                            + " placed_at desc, id desc, in SupportSearchRepository.ordersPlacedBetween -- task 1 of "
                            + README + ", hint 2")
                    .failure();
        }
        return expected;
    }

    private static JsonNode findByEmail(KataRun kata, String email) throws CheckFailure {
        return HttpAnswers.json(
                kata.instance(0).http().queryParam("email", email).get("/support/customers"),
                200,
                EMAIL_CALL + email,
                "see the kata's log under target/lab/logs/ and task 1 of " + README);
    }

    private static JsonNode listOrders(KataRun kata, long customerId, LocalDate from, LocalDate to)
            throws CheckFailure {
        String path = ordersPath(customerId, from, to);
        return HttpAnswers.json(
                kata.instance(0).http().get(path),
                200,
                "GET " + path,
                "see the kata's log under target/lab/logs/ and task 1 of " + README);
    }

    private static String ordersPath(long customerId, LocalDate from, LocalDate to) {
        return "/support/customers/" + customerId + "/orders?from=" + from + "&to=" + to;
    }

    /** Spell an e-mail as stored, in lower case, in upper case, or with every letter's case swapped. */
    static String spell(String email, int spelling) {
        return switch (spelling % 4) {
            case 0 -> email;
            case 1 -> email.toLowerCase(Locale.ROOT);
            case 2 -> email.toUpperCase(Locale.ROOT);
            default ->
                email.chars()
                        .map(c -> Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
        };
    }

    private static List<String> indexNames(CallCost call, String table) {
        return call.accessesTo(table).stream()
                .map(access -> access.index().isEmpty() ? access.nodeType() : access.index())
                .distinct()
                .toList();
    }

    private static long pages(KataRun kata, String table) throws SQLException {
        return tableFigure(kata, "select pg_relation_size(?::regclass) / current_setting('block_size')::int", table);
    }

    private static long relationBytes(KataRun kata, String table) throws SQLException {
        return tableFigure(kata, "select pg_relation_size(?::regclass)", table);
    }

    private static long tableFigure(KataRun kata, String sql, String table) throws SQLException {
        try (PreparedStatement select = kata.database().prepareStatement(sql)) {
            select.setString(1, table);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
