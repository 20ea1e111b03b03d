package lab.grader.katas.aggregateindatabase;

import static lab.grader.katas.aggregateindatabase.RevenueReportAnswers.README;

import io.restassured.response.Response;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import lab.grader.katas.aggregateindatabase.RevenueReportAnswers.Difference;
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
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/**
 * Grade 05-aggregate-in-database: the revenue report must be exact (decimal money, months cut in the requested
 * zone, empty months present), and the service must receive about one row per month and category from PostgreSQL,
 * not one per order line, in a few statements, however many orders there are.
 */
public final class AggregateInDatabaseGrading implements KataGrading<SalesData> {

    static final int MAX_STATEMENTS = 3;
    /** Rows allowed per month x category group, plus a constant: room for a category list or a month list. */
    static final int ROWS_PER_GROUP = 2;

    static final int ROWS_SLACK = 20;
    /** How many more rows the report may read after the orders were multiplied by ten. */
    static final int SCALE_SLACK = 10;

    static final int SCALE_FACTOR = 10;
    static final int MAX_MONTHS = 36;
    /**
     * The JVM's default zone is also the zone of the kata's database sessions (the driver sends it). Fixed to UTC,
     * so a submission that leans on the session's zone gets the same grade on every machine.
     */
    static final List<String> JVM_OPTIONS = Stream.concat(
                    KataDefinition.DEFAULT_JVM_OPTIONS.stream(), Stream.of("-Duser.timezone=UTC"))
            .toList();

    private static final String ENDPOINT = "GET /reports/revenue";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "05-aggregate-in-database",
                "query optimization",
                "Aggregate in the database",
                "lab.aggregateindatabase.AggregateInDatabaseApplication",
                1,
                JVM_OPTIONS,
                Set.of("rows-about-groups", "scale-invariant"));
    }

    @Override
    public SalesData seed(SeedContext context) throws Exception {
        return SalesSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<SalesData>> checks() {
        return List.of(
                new Check<>(
                        "report-content",
                        1,
                        "Exact totals, months in the requested zone, empty months listed",
                        3,
                        this::reportContent),
                new Check<>(
                        "rows-about-groups",
                        2,
                        "The service reads one row per month and category, not per order",
                        3,
                        this::rowsAboutGroups),
                new Check<>(
                        "statements-bounded",
                        3,
                        "A report costs a few statements, whatever its number of months",
                        1,
                        this::statementsBounded),
                new Check<>("bad-input", 4, "Invalid periods and zones get a 400 problem detail", 1, this::badInput),
                new Check<>("scale-invariant", 5, "Ten times the orders, the same rows read", 2, this::scaleInvariant));
    }

    @Override
    public List<String> explorationHints(SalesData data, List<String> baseUrls) {
        String base = baseUrls.getFirst() + "/reports/revenue";
        return List.of(
                "curl -s '" + base + "?from=2025-01&to=2025-12&zone=Europe/Berlin'",
                "curl -s '" + base + "?from=" + data.emptyMonth().minusMonths(1) + "&to="
                        + data.emptyMonth().plusMonths(1) + "&zone=America/New_York'   (" + data.emptyMonth()
                        + " has no orders)",
                "orders run from " + data.firstMonth() + " to " + data.lastMonth() + "; " + data.silentCategory()
                        + " never sells, " + data.seasonalCategory() + " only from October to December (UTC)");
    }

    private Verdict reportContent(KataRun kata, SalesData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0x5EED);
        YearMonth empty = data.emptyMonth();
        // A year around the empty month in Berlin; a period that runs past the last order in New York; one month in
        // another zone with orders at its midnight; and two months in UTC.
        YearMonth berlinFrom = maxOf(data.firstMonth(), empty.minusMonths(random.nextInt(12)));
        YearMonth newYorkFrom = data.lastMonth().minusMonths(2 + random.nextInt(6));
        ZoneId other =
                data.boundaryZones().get(2 + random.nextInt(data.boundaryZones().size() - 2));
        YearMonth single = data.firstMonth().plusMonths(random.nextInt(24));
        YearMonth utcFrom = data.firstMonth().plusMonths(random.nextInt(22));
        List<ExpectedReport> reports = List.of(
                data.report(berlinFrom, berlinFrom.plusMonths(11), BERLIN),
                data.report(newYorkFrom, data.lastMonth().plusMonths(3), NEW_YORK),
                data.report(single, single, other),
                data.report(utcFrom, utcFrom.plusMonths(1), UTC));
        int cells = 0;
        for (ExpectedReport expected : reports) {
            requireExact(kata, data, expected, get(kata, expected), "task 1", Map.of());
            cells += expected.groups();
        }
        return Verdict.pass(Map.of("reportsChecked", reports.size(), "cellsChecked", cells));
    }

    private Verdict rowsAboutGroups(KataRun kata, SalesData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0x2035);
        YearMonth from = data.firstMonth().plusMonths(1 + random.nextInt(11));
        ZoneId zone =
                data.boundaryZones().get(random.nextInt(data.boundaryZones().size()));
        ExpectedReport expected = data.report(from, from.plusMonths(11), zone);
        JsonNode[] body = new JsonNode[1];
        SqlSnapshot sql = kata.sql().measure(() -> body[0] = get(kata, expected));
        long allowed = allowedRows(expected);
        long lines = data.linesIn(expected.from(), expected.to(), expected.zone());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rowsRead", sql.rowsRead());
        metrics.put("groups", expected.groups());
        metrics.put("rowsAllowed", allowed);
        metrics.put("orderLinesInPeriod", lines);
        metrics.put("statements", sql.statements());
        requireExact(kata, data, expected, body[0], "task 2", metrics);
        if (sql.rowsRead() > allowed) {
            throw Feedback.check(ENDPOINT + " for " + expected.months().size() + " months should receive about one"
                            + " row per month and category from PostgreSQL, not one per order line.")
                    .expected("at most " + allowed + " rows read ("
                            + expected.months().size() + " months x "
                            + data.categories().size() + " categories = " + expected.groups() + " groups, x"
                            + ROWS_PER_GROUP + " + " + ROWS_SLACK + ")")
                    .actual(sql.rowsRead() + " rows read in " + sql.statements() + " statements; the period holds "
                            + lines + " order lines. Statements:" + sql.describeMostFrequent(3))
                    .cause(
                            sql.rowsRead() >= lines
                                    ? "every order line travels to the service and is added up in Java"
                                    : "the rows are grouped more finely than by month and category (by day, by product, by"
                                            + " order?), or something else is read for each group")
                    .next("let PostgreSQL add up the lines: sum(l.quantity * l.unit_price) ... group by month,"
                            + " category, in RevenueRepository.revenueByMonthAndCategory -- task 2 of " + README
                            + ", hint 1")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict statementsBounded(KataRun kata, SalesData data) throws Exception {
        ExpectedReport quarter = data.report(YearMonth.of(2024, 10), YearMonth.of(2024, 12), NEW_YORK);
        ExpectedReport twoYears =
                data.report(data.firstMonth(), data.firstMonth().plusMonths(23), BERLIN);
        JsonNode[] bodies = new JsonNode[2];
        SqlSnapshot forQuarter = kata.sql().measure(() -> bodies[0] = get(kata, quarter));
        SqlSnapshot forTwoYears = kata.sql().measure(() -> bodies[1] = get(kata, twoYears));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("statementsFor3Months", forQuarter.statements());
        metrics.put("statementsFor24Months", forTwoYears.statements());
        metrics.put("rowsReadFor24Months", forTwoYears.rowsRead());
        requireExact(kata, data, quarter, bodies[0], "task 3", metrics);
        requireExact(kata, data, twoYears, bodies[1], "task 3", metrics);
        if (Math.max(forQuarter.statements(), forTwoYears.statements()) > MAX_STATEMENTS) {
            throw Feedback.check(ENDPOINT + " should run a few SQL statements per report, as many for 24 months as"
                            + " for 3.")
                    .expected("at most " + MAX_STATEMENTS + " statements for both")
                    .actual(forQuarter.statements() + " statements for 3 months, " + forTwoYears.statements()
                            + " for 24. Most frequent for 24:" + forTwoYears.describeMostFrequent(3))
                    .cause(
                            forTwoYears.statements() > forQuarter.statements()
                                    ? "a query inside a loop over the months (or the categories): the statements grow with"
                                            + " the period"
                                    : "more statements than needed, even though they do not grow")
                    .next("group by month in the same statement that groups by category, and let generate_series"
                            + " list the months -- task 3 of " + README + ", hint 1")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict badInput(KataRun kata, SalesData data) throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("from=2025-06&to=2025-01&zone=Europe/Berlin", "from after to");
        bad.put("from=2025-13&to=2025-12&zone=Europe/Berlin", "a month 13");
        bad.put("from=2025/01&to=2025-12&zone=Europe/Berlin", "a month not written yyyy-MM");
        bad.put("from=2025-01&to=2025-12&zone=Mars/Olympus", "an unknown time zone");
        bad.put("from=2023-01&to=2026-01&zone=UTC", "37 months (at most " + MAX_MONTHS + " are allowed)");
        bad.put("from=2025-01&zone=UTC", "no `to`");
        for (Map.Entry<String, String> request : bad.entrySet()) {
            String path = "/reports/revenue?" + request.getKey();
            Response response = kata.instance(0).http().get(path);
            Optional<String> problem = problemDetail(response);
            if (response.statusCode() != 400 || problem.isPresent()) {
                throw Feedback.check("GET " + path + " should answer 400 with a problem detail, for "
                                + request.getValue() + ".")
                        .expected("HTTP 400, application/problem+json with a `detail` that says what is allowed")
                        .actual("HTTP " + response.statusCode() + ": " + Text.quote(response.asString())
                                + problem.map(p -> " (" + p + ")").orElse(""))
                        .cause(
                                response.statusCode() >= 500
                                        ? "an exception escaped the controller; the kata's log under target/lab/logs/ shows it"
                                        : "the input is not validated, or the wrong status is chosen")
                        .next("validate from, to and zone in RevenueReportController and throw a"
                                + " ResponseStatusException(BAD_REQUEST, ...) -- task 4 of " + README)
                        .failure(Map.of("badRequestsChecked", bad.size()));
            }
        }
        // The largest period allowed must still be answered.
        ExpectedReport longest = data.report(YearMonth.of(2023, 7), YearMonth.of(2026, 6), UTC);
        requireExact(kata, data, longest, get(kata, longest), "task 4", Map.of("badRequestsChecked", bad.size()));
        return Verdict.pass(Map.of("badRequestsChecked", bad.size(), "longestPeriodMonths", MAX_MONTHS));
    }

    private Verdict scaleInvariant(KataRun kata, SalesData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0x10AD);
        YearMonth from = data.firstMonth().plusMonths(random.nextInt(12));
        ZoneId zone = random.nextBoolean() ? BERLIN : NEW_YORK;
        ExpectedReport before = data.report(from, from.plusMonths(11), zone);
        JsonNode[] body = new JsonNode[2];
        SqlSnapshot small = kata.sql().measure(() -> body[0] = get(kata, before));
        requireExact(kata, data, before, body[0], "task 5", Map.of("rowsReadBefore", small.rowsRead()));
        SalesData more = SalesSeeder.multiply(kata.database(), data, SCALE_FACTOR, random);
        ExpectedReport after = more.report(before.from(), before.to(), zone);
        SqlSnapshot large = kata.sql().measure(() -> body[1] = get(kata, after));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("ordersBefore", data.orders().size());
        metrics.put("ordersAfter", more.orders().size());
        metrics.put("orderLinesInPeriodBefore", data.linesIn(before.from(), before.to(), zone));
        metrics.put("orderLinesInPeriodAfter", more.linesIn(before.from(), before.to(), zone));
        metrics.put("rowsReadBefore", small.rowsRead());
        metrics.put("rowsReadAfter", large.rowsRead());
        metrics.put("statementsAfter", large.statements());
        Optional<Difference> difference = RevenueReportAnswers.firstDifference(body[1], after, more);
        if (difference.isPresent()) {
            throw Feedback.check(
                            "After " + (more.orders().size() - data.orders().size()) + " orders were added to the"
                                    + " same months (" + data.orders().size() + " -> "
                                    + more.orders().size() + " orders), "
                                    + ENDPOINT + " should include them.")
                    .expected("the totals of all " + more.orders().size() + " orders, read from the database at"
                            + " request time")
                    .actual(difference.get().what() + "\n(request: " + after.path() + ", seed " + kata.seed() + ")")
                    .cause(
                            body[1].equals(body[0])
                                    ? "the report is cached: it is the same as before the new orders"
                                    : difference.get().cause())
                    .next("compute the report from the tables on every request -- task 5 of " + README)
                    .failure(metrics);
        }
        if (large.rowsRead() > small.rowsRead() + SCALE_SLACK) {
            throw Feedback.check(ENDPOINT + " should read no more rows from PostgreSQL for ten times the orders.")
                    .expected("at most " + (small.rowsRead() + SCALE_SLACK) + " rows read after (" + small.rowsRead()
                            + " before, + " + SCALE_SLACK + ")")
                    .actual(small.rowsRead() + " rows read for " + data.orders().size() + " orders, "
                            + large.rowsRead() + " rows read for "
                            + more.orders().size() + " orders (x"
                            + ratio(large.rowsRead(), small.rowsRead()) + "). Statements after:"
                            + large.describeMostFrequent(3))
                    .cause("the rows the service reads grow with the orders: the lines are summed in Java, or"
                            + " grouped by something finer than month and category (day, product, order)")
                    .next("return one row per month and category from SQL (group by), so the result's size depends on"
                            + " the period alone -- task 5 of " + README + ", hint 1")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static void requireExact(
            KataRun kata,
            SalesData data,
            ExpectedReport expected,
            JsonNode body,
            String task,
            Map<String, Object> measured)
            throws CheckFailure {
        Optional<Difference> difference = RevenueReportAnswers.firstDifference(body, expected, data);
        if (difference.isPresent()) {
            throw Feedback.check(ENDPOINT + " should return the revenue of every month from " + expected.from()
                            + " to " + expected.to() + " in " + expected.zone().getId() + ", for every category,"
                            + " to the cent.")
                    .expected(expected.months().size() + " months x "
                            + data.categories().size() + " categories " + data.categories()
                            + ", sums of quantity x unit price, zero where nothing was sold")
                    .actual(difference.get().what() + "\n(request: " + expected.path() + ", seed " + kata.seed() + ")")
                    .cause(difference.get().cause())
                    .next(difference.get().next() + (task.equals("task 1") ? "" : " (checked again in " + task + ")"))
                    .failure(withReportDiffers(measured));
        }
    }

    private static Map<String, Object> withReportDiffers(Map<String, Object> measured) {
        Map<String, Object> metrics = new LinkedHashMap<>(measured);
        metrics.put("reportDiffers", 1);
        return metrics;
    }

    private static JsonNode get(KataRun kata, ExpectedReport expected) throws CheckFailure {
        return HttpAnswers.json(
                kata.instance(0).http().get(expected.path()),
                200,
                "GET " + expected.path(),
                "see the kata's log (its last lines follow when it answered 500) and the task of " + README
                        + " that this check belongs to");
    }

    /** Return what is wrong with an error answer as a problem detail, or nothing when it is one. */
    private static Optional<String> problemDetail(Response response) {
        String type = response.contentType() == null ? "" : response.contentType();
        if (!type.startsWith("application/problem+json")) {
            return Optional.of(
                    "content type " + (type.isEmpty() ? "missing" : type) + ", expected application/problem+json");
        }
        try {
            JsonNode body = HttpAnswers.json(response, response.statusCode(), "", "");
            return body.path("detail").asString("").isBlank() ? Optional.of("no `detail`") : Optional.empty();
        } catch (CheckFailure e) {
            return Optional.of("the body is not JSON");
        }
    }

    private static long allowedRows(ExpectedReport expected) {
        return (long) ROWS_PER_GROUP * expected.groups() + ROWS_SLACK;
    }

    private static String ratio(long after, long before) {
        return before == 0 ? "-" : String.format(Locale.ROOT, "%.1f", (double) after / before);
    }

    private static YearMonth maxOf(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
