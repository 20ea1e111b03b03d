package lab.grader.katas.batchwrites;

import static lab.grader.katas.batchwrites.BatchWritesGrading.HEAP_MEGABYTES;
import static lab.grader.katas.batchwrites.Imports.ENDPOINT;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import lab.grader.katas.batchwrites.PaymentTable.Stored;
import lab.grader.kit.Measured;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** A file of 45,000 long rows, 2.6 times the kata's heap, is streamed into the table in one transaction. */
final class BigFileSmallHeap implements CheckBody<BatchWritesData> {

    static final int ROWS = 45_000;
    static final int DESCRIPTION = 1_900;

    @Override
    public Verdict run(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = kata.random();
        GeneratedFile file =
                new GeneratedFile(new SettlementFiles(random).prefix('B'), random.nextLong(), ROWS, DESCRIPTION);
        GeneratedFile.Totals expected = file.totals();
        long megabytes = expected.bytes() >> 20;
        String request = ENDPOINT + " of a " + megabytes + " MB file (" + file.rows() + " rows) to the kata running"
                + " with -Xmx" + HEAP_MEGABYTES + "m";
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("fileMegabytes", megabytes);
        metrics.put("heapMegabytes", HEAP_MEGABYTES);
        metrics.put("rows", file.rows());
        long transactionsBefore = PaymentTable.nextTransactionId(kata.database());
        HttpResponse<String> response;
        try {
            Measured<HttpResponse<String>> sent = Measured.around(kata, () -> Imports.stream(kata, file::body));
            metrics.put("roundTrips", sent.sql().roundTrips());
            response = sent.value();
        } catch (IOException e) {
            boolean died = Imports.diedWithin(kata, Duration.ofSeconds(3));
            throw Feedback.check(request + " should be imported.")
                    .expected("HTTP 200 with {\"rows\": " + file.rows() + "}")
                    .actual((died ? "the kata died" : "the connection broke") + " while the file was being sent ("
                            + e.getMessage() + ")")
                    .cause("the kata holds the whole file in memory, e.g. @RequestBody String or byte[], readAll(),"
                            + " or a list of every row, and "
                            + (died ? "ran out of its " + HEAP_MEGABYTES + " MB heap" : "gave up"))
                    .next("take the request body as an InputStream and read it one record at a time, sending each"
                            + " batch as soon as it is full")
                    .hint(2)
                    .failure(metrics);
        }
        if (response.statusCode() != 200) {
            boolean serverError = response.statusCode() >= 500;
            throw Feedback.check(request + " should be imported.")
                    .expected("HTTP 200 with {\"rows\": " + file.rows() + "}")
                    .actual("HTTP " + response.statusCode() + ": " + Text.quote(response.body()))
                    .cause(
                            serverError
                                    ? "an exception escaped the import (the end of the kata's log is shown below)"
                                    : "the file is rejected, although every row is valid")
                    .next("import the file by hand (the README shows how to make one) and read the kata's log")
                    .kataServerError(serverError)
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
                    .next("after the loop over records, insert what is left in the batch")
                    .hint(3)
                    .failure(metrics);
        }
        // A file this large is where one transaction per (large) batch would still look bounded on smaller files.
        long transactions = PaymentTable.nextTransactionId(kata.database()) - transactionsBefore;
        metrics.put("writeTransactions", transactions);
        if (transactions > TransactionsBounded.MAX_TRANSACTIONS) {
            throw Feedback.check(request + " should be stored all or nothing, in one transaction.")
                    .expected("at most " + TransactionsBounded.MAX_TRANSACTIONS + " write transactions")
                    .actual(transactions + " write transactions for " + file.rows() + " rows")
                    .cause("a transaction per batch: a bad row late in a large file would leave the earlier batches"
                            + " stored")
                    .next("keep one transaction around the whole streamed import, as for the 3,000 rows of task 3"
                            + " (its hint 2 shows how)")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
