package lab.grader.katas.batchwrites;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import lab.grader.katas.batchwrites.PaymentTable.Stored;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grade 04-batch-writes: a settlement file posted to {@code /imports} must be stored exactly once, in batches, in one
 * transaction, all or nothing, and streamed, so that a file several times the kata's heap still goes through.
 */
public final class BatchWritesGrading implements KataGrading<BatchWritesData> {

    static final String README = "exercises/04-batch-writes/README.md";
    static final String ENDPOINT = "POST /imports";

    static final int ROUND_TRIP_ROWS = 3_000;
    static final int ROWS_PER_ROUND_TRIP = 100;
    static final int ROUND_TRIP_ALLOWANCE = 10;
    static final int TRANSACTION_ROWS = 3_000;
    static final int MAX_TRANSACTIONS = 3;
    static final int REIMPORT_NEW = 850;
    static final int REIMPORT_BOOKED = 150;
    static final int HEAP_MEGABYTES = 32;
    static final int BIG_FILE_ROWS = 45_000;
    static final int BIG_FILE_DESCRIPTION = 1_900;

    private static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "04-batch-writes",
                "query optimization",
                "Batch writes",
                "lab.batchwrites.BatchWritesApplication",
                1,
                List.of("-Xmx" + HEAP_MEGABYTES + "m"),
                Set.of(
                        "round-trips-bounded",
                        "transactions-bounded",
                        "reimport-no-duplicates",
                        "malformed-file-rejected",
                        "big-file-small-heap"),
                // By design: a starter that reads the whole file runs out of its 32 MB heap here.
                "big-file-small-heap");
    }

    @Override
    public BatchWritesData seed(SeedContext context) throws Exception {
        return BatchWritesSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<BatchWritesData>> checks() {
        return List.of(
                new Check<>(
                        "payments-stored",
                        1,
                        "Every payment of a file is stored as it is in the file",
                        2,
                        this::paymentsStored),
                new Check<>(
                        "round-trips-bounded",
                        2,
                        "Rows go to PostgreSQL in batches, not one round trip each",
                        3,
                        this::roundTripsBounded),
                new Check<>(
                        "transactions-bounded",
                        3,
                        "A file is written in a constant number of transactions",
                        2,
                        this::transactionsBounded),
                new Check<>(
                        "reimport-no-duplicates",
                        4,
                        "Importing a file again stores no payment twice",
                        2,
                        this::reimportNoDuplicates),
                new Check<>(
                        "malformed-file-rejected",
                        5,
                        "A bad row rejects the whole file with its line number",
                        3,
                        this::malformedFileRejected),
                // Last: a kata that reads the whole file runs out of memory here, and a dead kata fails what follows.
                new Check<>(
                        "big-file-small-heap",
                        6,
                        "A file several times the heap is streamed, not loaded whole",
                        3,
                        this::bigFileSmallHeap));
    }

    @Override
    public List<String> explorationHints(BatchWritesData data, List<String> baseUrls) {
        SettlementFile sample = new SettlementFiles(new SplittableRandom(7)).next('X', 3);
        return List.of(
                "printf '" + sample.csv().replace("\n", "\\n") + "' > payments.csv",
                "curl -s -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @payments.csv " + baseUrls.getFirst()
                        + "/imports",
                data.booked().size() + " payments are already booked, e.g. "
                        + data.booked().getFirst().describe());
    }

    private Verdict paymentsStored(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0xC0_47E47L);
        SettlementFiles files = new SettlementFiles(random);
        // An odd number of rows: no batch size divides it, so a last batch left unsent shows.
        SettlementFile file = files.next('C', 601 + 2 * random.nextInt(150));
        String task = "task 1 of " + README;
        JsonNode answer = importFile(kata, file.csv(), file.rows() + " rows", task);
        if (answer.path("rows").asLong(-1) != file.rows()) {
            throw Feedback.check(ENDPOINT + " with a file of " + file.rows() + " payments should say how many rows it"
                            + " read.")
                    .expected("{\"rows\": " + file.rows() + "}")
                    .actual(Text.quote(answer.toString()))
                    .cause("the header or an empty last line is counted, or the answer is built before every row is"
                            + " read")
                    .next("return new ImportSummary(<data rows read>) from PaymentImporter -- " + task)
                    .failure();
        }
        Optional<String> difference = firstDifference(file, PaymentTable.rows(kata.database(), file.prefix()));
        if (difference.isPresent()) {
            throw Feedback.check(ENDPOINT + " with a file of " + file.rows() + " payments should store each of them"
                            + " once, exactly as the file has it.")
                    .expected(file.rows() + " rows whose references start with " + file.prefix() + ", e.g. "
                            + file.lines().getFirst().describe())
                    .actual(difference.get())
                    .cause("a column is mapped to the wrong field, rounded, or decoded with the wrong character set"
                            + " (the body is UTF-8); or rows are lost or repeated between batches")
                    .next("compare PaymentFile.parse and PaymentRepository.insert with the schema in"
                            + " src/main/resources/db/migration -- " + task)
                    .failure(Map.of("rows", file.rows()));
        }
        SettlementFile reordered = files.next('H', 20);
        String header = "booked_on,reference,account,amount,description";
        Response rejected = post(kata, reordered.csvWithHeader(header));
        HttpAnswers.requireStatus(
                rejected,
                400,
                ENDPOINT + " with the header " + header + " (columns in another order than " + SettlementFile.HEADER
                        + ")",
                "check the header before reading rows -- " + task);
        Stored stored = PaymentTable.stored(kata.database(), reordered.prefix());
        if (stored.rows() > 0) {
            throw Feedback.check(ENDPOINT + " with a wrong header should store nothing.")
                    .expected("0 rows with references starting with " + reordered.prefix())
                    .actual(stored.describe())
                    .cause("rows are stored before the header is checked")
                    .next("check the header first -- " + task)
                    .failure();
        }
        return Verdict.pass(Map.of("rows", file.rows()));
    }

    private Verdict roundTripsBounded(KataRun kata, BatchWritesData data) throws Exception {
        SettlementFile file =
                new SettlementFiles(new SplittableRandom(kata.seed() ^ 0xB47C4L)).next('R', ROUND_TRIP_ROWS);
        String task = "task 2 of " + README;
        SqlSnapshot sql = kata.sql().measure(() -> importFile(kata, file.csv(), file.rows() + " rows", task));
        requireStoredOnce(kata, file, task);
        long allowed = file.rows() / ROWS_PER_ROUND_TRIP + ROUND_TRIP_ALLOWANCE;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rows", file.rows());
        metrics.put("roundTrips", sql.roundTrips());
        metrics.put("batches", sql.batches());
        metrics.put("batchedStatements", sql.batchedStatements());
        metrics.put("statements", sql.statements());
        metrics.put("allowedRoundTrips", allowed);
        if (sql.roundTrips() > allowed) {
            long perBatch = sql.batches() == 0 ? 0 : sql.batchedStatements() / sql.batches();
            long single = sql.roundTrips() - sql.batches();
            throw Feedback.check(ENDPOINT + " of " + file.rows() + " rows should send them to PostgreSQL in batches:"
                            + " at most one round trip per " + ROWS_PER_ROUND_TRIP + " rows, plus "
                            + ROUND_TRIP_ALLOWANCE + ".")
                    .expected("at most " + allowed + " round trips (a JDBC executeBatch counts as one)")
                    .actual(sql.roundTrips() + " round trips: " + sql.batches() + " batches holding "
                            + sql.batchedStatements() + " statements, and " + single + " single statements. Most"
                            + " frequent:" + sql.describeMostFrequent(3))
                    .cause(
                            sql.batches() == 0
                                    ? "every row is inserted with a statement of its own (jdbc.update inside the loop over"
                                            + " rows)"
                                    : single > allowed
                                            ? "besides the batches, a statement runs for each row (a select to see whether"
                                                    + " the payment is already stored?): see the most frequent ones above"
                                            : "batches of about " + perBatch + " rows: too small to matter")
                    .next("collect the rows in a list and send them a few hundred at a time with jdbc.batchUpdate"
                            + " (one executeBatch each) from PaymentRepository -- " + task + ", hint 2")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict transactionsBounded(KataRun kata, BatchWritesData data) throws Exception {
        SettlementFile file =
                new SettlementFiles(new SplittableRandom(kata.seed() ^ 0x7A45L)).next('T', TRANSACTION_ROWS);
        String task = "task 3 of " + README;
        Connection db = kata.database();
        long before = PaymentTable.nextTransactionId(db);
        SqlSnapshot sql = kata.sql().measure(() -> importFile(kata, file.csv(), file.rows() + " rows", task));
        long transactions = PaymentTable.nextTransactionId(db) - before;
        requireStoredOnce(kata, file, task);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rows", file.rows());
        metrics.put("writeTransactions", transactions);
        metrics.put("commits", sql.commits());
        metrics.put("roundTrips", sql.roundTrips());
        if (transactions > MAX_TRANSACTIONS) {
            throw Feedback.check(ENDPOINT + " of " + file.rows() + " rows should write them in a constant number of"
                            + " transactions, not one per row or per batch.")
                    .expected("at most " + MAX_TRANSACTIONS + " write transactions")
                    .actual(transactions + " write transactions (PostgreSQL handed out transaction ids " + before
                            + " to " + (before + transactions - 1) + "); the kata called commit() " + sql.commits()
                            + " times and made " + sql.roundTrips() + " round trips")
                    .cause(
                            transactions >= file.rows()
                                    ? "autocommit: every insert is a transaction of its own"
                                    : "a commit after every batch: autocommit around batchUpdate, or a transaction per batch"
                                            + " instead of one around the whole file")
                    .next("run the whole import in one transaction (TransactionTemplate.execute, or @Transactional"
                            + " on a public method of another bean) in PaymentImporter -- " + task + ", hint 2")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict reimportNoDuplicates(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0xD0_B1EL);
        SettlementFile fresh = new SettlementFiles(random).next('D', REIMPORT_NEW);
        List<PaymentLine> booked = new ArrayList<>(data.booked());
        Collections.shuffle(booked, new Random(random.nextLong()));
        // The bank sends again some payments of an earlier file, among new ones.
        List<PaymentLine> lines = new ArrayList<>(fresh.lines());
        for (PaymentLine again : booked.subList(0, REIMPORT_BOOKED)) {
            lines.add(random.nextInt(lines.size() + 1), again);
        }
        SettlementFile file = new SettlementFile(fresh.prefix(), lines);
        List<String> references = lines.stream().map(PaymentLine::reference).toList();
        String task = "task 4 of " + README;
        Connection db = kata.database();
        long tableBefore = PaymentTable.count(db);
        String what = file.rows() + " rows (" + REIMPORT_NEW + " new payments, " + REIMPORT_BOOKED + " booked before)";
        importFile(kata, file.csv(), what, task);
        long afterFirst = PaymentTable.count(db);
        importFile(kata, file.csv(), what + " a second time", task);
        long afterSecond = PaymentTable.count(db);
        Map<String, Long> perReference = PaymentTable.rowsPerReference(db, references);
        List<String> problems = new ArrayList<>();
        for (String reference : references) {
            long rows = perReference.getOrDefault(reference, 0L);
            if (rows != 1 && problems.size() < 3) {
                problems.add(reference + " has " + rows + " rows");
            }
        }
        long repeated = perReference.values().stream().filter(rows -> rows > 1).count();
        long expected = tableBefore + REIMPORT_NEW;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rowsAddedByFirstImport", afterFirst - tableBefore);
        metrics.put("rowsAddedBySecondImport", afterSecond - afterFirst);
        metrics.put("referencesStoredMoreThanOnce", repeated);
        if (!problems.isEmpty() || afterSecond != expected) {
            throw Feedback.check("Importing the same file twice, " + what + ", should store each payment once.")
                    .expected("each of the " + file.rows() + " references exactly once: the table grows by "
                            + REIMPORT_NEW + " rows, from " + tableBefore + " to " + expected)
                    .actual("the first import added " + (afterFirst - tableBefore) + " rows, the second "
                            + (afterSecond - afterFirst) + "; " + repeated + " references are stored more than once"
                            + (problems.isEmpty() ? "" : ", e.g. " + String.join(", ", problems)))
                    .cause(
                            repeated > 0
                                    ? "nothing tells the database that two rows with the same reference are the same payment"
                                            + " (no unique key on reference, or `on conflict do nothing` without one)"
                                    : "payments are skipped or removed that should be stored")
                    .next("add a unique constraint on payment (reference) in a new migration, V2__....sql, and"
                            + " insert with `on conflict (reference) do nothing` -- " + task + ", hint 2")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict malformedFileRejected(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0xBAD_F11EL);
        SettlementFiles files = new SettlementFiles(random);
        String task = "task 5 of " + README;
        List<BadRow> bad = List.of(
                new BadRow('M', "amount", List.of("12.5O", "EUR 12.50", "1 250.00", "12.50.1")),
                new BadRow('N', "booked_on", List.of("2026-02-30", "31/03/2026", "2026-13-01", "yesterday")));
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (BadRow row : bad) {
            SettlementFile file = files.next(row.tag(), 1_800 + random.nextInt(400));
            // Past the first few batches of any sensible size, so that what was sent before must be undone.
            int index = 1_200 + random.nextInt(file.rows() - 1_250);
            long line = SettlementFile.lineOf(index);
            String value = row.values().get(random.nextInt(row.values().size()));
            PaymentLine good = file.lines().get(index);
            String badLine = row.column().equals("amount")
                    ? String.join(
                            ",",
                            good.reference(),
                            good.bookedOn().toString(),
                            good.account(),
                            value,
                            good.description())
                    : String.join(
                            ",",
                            good.reference(),
                            value,
                            good.account(),
                            good.amount().toPlainString(),
                            good.description());
            String request = ENDPOINT + " with " + file.rows() + " rows, line " + line + " having " + row.column()
                    + " '" + value + "'";
            Response response = post(kata, file.csvWithBadRow(index, badLine));
            Stored stored = PaymentTable.stored(kata.database(), file.prefix());
            metrics.put("rowsKeptFromRejectedFile." + row.column(), stored.rows());
            if (response.statusCode() != 400) {
                throw Feedback.check(request + " should be rejected with 400.")
                        .expected("HTTP 400 with a problem detail naming line " + line + " and " + row.column())
                        .actual("HTTP " + response.statusCode() + ": " + Text.quote(response.asString()) + "; "
                                + stored.describe() + " of this file")
                        .cause(
                                response.statusCode() >= 500
                                        ? "an exception escaped the import (the kata's log under target/lab/logs/ shows it)"
                                        : "the bad value is not checked")
                        .next("let PaymentFile.parse reject the record with MalformedFileException -- " + task)
                        .failure(metrics);
            }
            if (stored.rows() > 0) {
                throw Feedback.check(request + " should be rejected whole: nothing of the file stored.")
                        .expected("0 rows with references starting with " + file.prefix())
                        .actual(stored.describe() + ": the rows before line " + line + " were kept")
                        .cause("rows are committed as they are written (autocommit, or a commit per batch), so the"
                                + " error on line " + line + " cannot undo them")
                        .next("read, check and insert the whole file inside one transaction, so that the exception"
                                + " rolls back every batch sent before it -- " + task + ", hint 2")
                        .failure(metrics);
            }
            String detail = detailOf(response);
            Pattern lineNumber = Pattern.compile("(?i)\\bline\\D{0,4}" + line + "(?!\\d)");
            if (!lineNumber.matcher(detail).find() || !detail.toLowerCase().contains(row.column())) {
                throw Feedback.check(request + " should say where the problem is.")
                        .expected("a problem detail whose \"detail\" names line " + line + " and the column "
                                + row.column() + ", e.g. \"line " + line + ": " + row.column() + " ...\"")
                        .actual("\"detail\": \"" + Text.quote(detail) + "\"")
                        .cause("the line is not counted as an editor counts it (the header is line 1), or the"
                                + " message from PaymentFile.parse is replaced by a generic one")
                        .next("keep the MalformedFileException from PaymentFile.parse, with the record's line, as"
                                + " the detail -- " + task + ", hint 3")
                        .failure(metrics);
            }
        }
        return Verdict.pass(metrics);
    }

    private record BadRow(char tag, String column, List<String> values) {}

    private Verdict bigFileSmallHeap(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = new SplittableRandom(kata.seed() ^ 0xB16_F11EL);
        GeneratedFile file = new GeneratedFile(
                new SettlementFiles(random).prefix('B'), random.nextLong(), BIG_FILE_ROWS, BIG_FILE_DESCRIPTION);
        GeneratedFile.Totals expected = file.totals();
        long megabytes = expected.bytes() >> 20;
        String task = "task 6 of " + README;
        String request = ENDPOINT + " of a " + megabytes + " MB file (" + file.rows() + " rows) to the kata running"
                + " with -Xmx" + HEAP_MEGABYTES + "m";
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("fileMegabytes", megabytes);
        metrics.put("heapMegabytes", HEAP_MEGABYTES);
        metrics.put("rows", file.rows());
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        long transactionsBefore = PaymentTable.nextTransactionId(kata.database());
        try {
            SqlSnapshot sql = kata.sql().measure(() -> answer.set(streamTo(kata, file)));
            metrics.put("roundTrips", sql.roundTrips());
        } catch (IOException e) {
            boolean died = diedWithin(kata, Duration.ofSeconds(3));
            throw Feedback.check(request + " should be imported.")
                    .expected("HTTP 200 with {\"rows\": " + file.rows() + "}")
                    .actual((died ? "the kata died" : "the connection broke") + " while the file was being sent ("
                            + e.getMessage() + ")")
                    .cause("the kata holds the whole file in memory, e.g. @RequestBody String or byte[], readAll(),"
                            + " or a list of every row, and "
                            + (died ? "ran out of its " + HEAP_MEGABYTES + " MB heap" : "gave up"))
                    .next("take the request body as an InputStream and read it one record at a time, sending each"
                            + " batch as soon as it is full -- " + task + ", hint 2")
                    .failure(metrics);
        }
        HttpResponse<String> response = answer.get();
        if (response.statusCode() != 200) {
            throw Feedback.check(request + " should be imported.")
                    .expected("HTTP 200 with {\"rows\": " + file.rows() + "}")
                    .actual("HTTP " + response.statusCode() + ": " + Text.quote(response.body()))
                    .cause(
                            response.statusCode() >= 500
                                    ? "an exception escaped the import (see the kata's log)"
                                    : "the file is rejected, although every row is valid")
                    .next(task)
                    .failure(metrics);
        }
        Stored stored = PaymentTable.stored(kata.database(), file.prefix());
        metrics.put("storedRows", stored.rows());
        if (stored.rows() != expected.rows()
                || stored.references() != expected.rows()
                || stored.amount().compareTo(expected.amount()) != 0
                || stored.descriptionCharacters() != expected.descriptionCharacters()) {
            throw Feedback.check(request + " should store every row of it once.")
                    .expected(expected.rows() + " rows for as many references, amounts adding up to "
                            + expected.amount().toPlainString() + ", descriptions of "
                            + expected.descriptionCharacters() + " characters in all")
                    .actual(stored.describe() + ", descriptions of " + stored.descriptionCharacters()
                            + " characters in all")
                    .cause("the last, partly filled batch is not sent, or rows are dropped or repeated between"
                            + " batches")
                    .next("after the loop over records, insert what is left in the batch -- " + task)
                    .failure(metrics);
        }
        // A file this large is where one transaction per (large) batch would still look bounded on smaller files.
        long transactions = PaymentTable.nextTransactionId(kata.database()) - transactionsBefore;
        metrics.put("writeTransactions", transactions);
        if (transactions > MAX_TRANSACTIONS) {
            throw Feedback.check(request + " should be stored all or nothing, in one transaction.")
                    .expected("at most " + MAX_TRANSACTIONS + " write transactions")
                    .actual(transactions + " write transactions for " + file.rows() + " rows")
                    .cause("a transaction per batch: a bad row late in a large file would leave the earlier batches"
                            + " stored")
                    .next("keep one transaction around the whole streamed import -- task 3 of " + README
                            + ", hint 2, and " + task)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    /**
     * Wait until the kata stops answering, or the time is up. A JVM that ran out of memory exits a moment after the
     * connection breaks; waiting for it makes the grader report the crash every time, not only when it is quick.
     */
    private static boolean diedWithin(KataRun kata, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                kata.instance(0).sql().snapshot();
            } catch (UncheckedIOException gone) {
                // The port closes as the process ends; give the grader a moment to see the exit as well.
                Thread.sleep(500);
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static HttpResponse<String> streamTo(KataRun kata, GeneratedFile file)
            throws IOException, InterruptedException {
        // Sent as it is made, in chunks: the grader holds no more of the file than the kata should.
        HttpRequest request = HttpRequest.newBuilder(kata.instance(0).baseUri().resolve("/imports"))
                .header("Content-Type", CONTENT_TYPE)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofInputStream(file::body))
                .build();
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Response post(KataRun kata, String csv) {
        return kata.instance(0)
                .http()
                .contentType(CONTENT_TYPE)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/imports");
    }

    private static JsonNode importFile(KataRun kata, String csv, String what, String next) throws CheckFailure {
        return HttpAnswers.json(
                post(kata, csv),
                200,
                ENDPOINT + " with a valid file of " + what,
                "the kata's log under target/lab/logs/ shows what went wrong -- " + next);
    }

    private static void requireStoredOnce(KataRun kata, SettlementFile file, String task) throws Exception {
        Stored stored = PaymentTable.stored(kata.database(), file.prefix());
        if (stored.rows() != file.rows()
                || stored.references() != file.rows()
                || stored.amount().compareTo(file.total()) != 0) {
            throw Feedback.check(ENDPOINT + " of " + file.rows() + " rows should store every one of them once.")
                    .expected(file.rows() + " rows for as many references, amounts adding up to "
                            + file.total().toPlainString())
                    .actual(stored.describe())
                    .cause("rows are lost or repeated between batches, or the last batch is never sent")
                    .next("task 1 of " + README + "; then " + task)
                    .failure();
        }
    }

    private static Optional<String> firstDifference(SettlementFile file, Map<String, List<PaymentLine>> stored) {
        for (PaymentLine expected : file.lines()) {
            List<PaymentLine> rows = stored.getOrDefault(expected.reference(), List.of());
            if (rows.isEmpty()) {
                return Optional.of("payment " + expected.reference() + " (line "
                        + SettlementFile.lineOf(file.lines().indexOf(expected)) + ") is not stored; " + stored.size()
                        + " of " + file.rows() + " references are");
            }
            if (rows.size() > 1) {
                return Optional.of("payment " + expected.reference() + " is stored " + rows.size() + " times");
            }
            if (!rows.getFirst().sameAs(expected)) {
                return Optional.of("payment " + expected.reference() + " is stored as\n  "
                        + rows.getFirst().describe() + "\nbut the file has\n  " + expected.describe());
            }
        }
        if (stored.size() > file.rows()) {
            return Optional.of(stored.size() + " references stored for a file of " + file.rows() + " rows");
        }
        return Optional.empty();
    }

    private static String detailOf(Response response) {
        try {
            return JSON.readTree(response.asString()).path("detail").asString("");
        } catch (JacksonException notJson) {
            return response.asString();
        }
    }
}
