package lab.grader.katas.batchwrites;

import static lab.grader.katas.batchwrites.Imports.ENDPOINT;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.batchwrites.PaymentTable.Stored;
import lab.grader.kit.ProblemDetails;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * A file with one bad row is refused with a problem detail naming the line and the column, and nothing of it is
 * stored: in files of a couple of thousand rows, the bad row past the first batches of any sensible size; then in a
 * file larger than any commit interval a learner might pick, the bad row near its end.
 */
final class MalformedFileRejected implements CheckBody<BatchWritesData> {

    static final int SHORT_FILE_ROWS = 1_800;
    static final int EARLIEST_BAD_INDEX = 1_200;
    // Past 50,000 rows: an import that commits every 25,000 rows (or every 50,000) has committed before the bad row.
    static final int LARGE_FILE_ROWS = 60_000;
    static final int LARGE_FILE_TAIL = 2_500;
    // Short rows: about 5 MB in all, so that even a kata that holds the body in memory survives -Xmx32m here.
    static final int LARGE_FILE_DESCRIPTION = 24;

    @Override
    public Verdict run(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = kata.random();
        SettlementFiles files = new SettlementFiles(random);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (BadRow row : List.of(BadRow.AMOUNT, BadRow.BOOKED_ON)) {
            SettlementFile file = files.next(row.tag(), SHORT_FILE_ROWS + random.nextInt(400));
            // Past the first few batches of any sensible size, so that what was sent before must be undone.
            int index = EARLIEST_BAD_INDEX + random.nextInt(file.rows() - EARLIEST_BAD_INDEX - 50);
            String value = row.pick(random);
            Sent sent =
                    new Sent(row, value, index, file.rows(), file.prefix(), "rowsKeptFromRejectedFile." + row.column());
            Response response = Imports.post(
                    kata, file.csvWithBadRow(index, row.csvOf(file.lines().get(index), value)));
            sent.requireRejected(
                    kata,
                    response.statusCode(),
                    response.asString(),
                    sent.rule().problemWith(response),
                    metrics);
        }
        BadRow row = random.nextBoolean() ? BadRow.AMOUNT : BadRow.BOOKED_ON;
        GeneratedFile large = new GeneratedFile(
                files.prefix('L'), random.nextLong(), LARGE_FILE_ROWS + random.nextInt(2_000), LARGE_FILE_DESCRIPTION);
        int index = large.rows() - 1 - random.nextInt(LARGE_FILE_TAIL);
        String value = row.pick(random);
        String badLine = row.csvOf(large.line(index), value);
        Sent sent = new Sent(row, value, index, large.rows(), large.prefix(), "rowsKeptFromRejectedLargeFile");
        HttpResponse<String> response;
        try {
            response = Imports.stream(kata, () -> large.body(index, badLine));
        } catch (IOException e) {
            boolean died = Imports.diedWithin(kata, Duration.ofSeconds(3));
            throw Feedback.check(sent.request() + " should be rejected with 400.")
                    .expected(sent.rule().describe())
                    .actual((died ? "the kata died" : "the connection broke") + " while the file was being sent ("
                            + e.getMessage() + ")")
                    .cause(
                            died
                                    ? "the kata ran out of memory on a file of " + large.rows()
                                            + " short rows: it holds" + " the rows, or the whole body, in memory"
                                    : "the kata closed the connection before it answered")
                    .next("read the body one record at a time and answer the MalformedFileException as a problem"
                            + " detail")
                    .failure(metrics);
        }
        sent.requireRejected(
                kata, response.statusCode(), response.body(), sent.rule().problemWith(response), metrics);
        metrics.put("largeFileRows", large.rows());
        metrics.put("largeFileBadLine", SettlementFile.lineOf(index));
        return Verdict.pass(metrics);
    }

    /** One malformed file as sent: where its bad row is, and what the answer and the table must show. */
    private record Sent(BadRow row, String value, int index, int rows, String prefix, String metric) {

        long line() {
            return SettlementFile.lineOf(index);
        }

        String request() {
            return ENDPOINT + " with " + rows + " rows, line " + line() + " having " + row.column() + " '" + value
                    + "'";
        }

        ProblemDetails rule() {
            return ProblemDetails.expect(400).namingLine((int) line()).mentioning(row.column());
        }

        void requireRejected(
                KataRun kata, int status, String body, Optional<String> problem, Map<String, Object> metrics)
                throws Exception {
            Stored stored = PaymentTable.stored(kata.database(), prefix);
            metrics.put(metric, stored.rows());
            if (status != 400) {
                throw Feedback.check(request() + " should be rejected with 400.")
                        .expected(rule().describe())
                        .actual("HTTP " + status + ": " + Text.quote(body) + "; " + stored.describe() + " of this file")
                        .cause(
                                status >= 500
                                        ? "an exception escaped the import (the end of the kata's log is shown below)"
                                        : "the bad value is not checked")
                        .next("let PaymentFile.parse reject the record with MalformedFileException")
                        .kataServerError(status >= 500)
                        .failure(metrics);
            }
            if (stored.rows() > 0) {
                throw notAllOrNothing(stored, metrics);
            }
            if (problem.isPresent()) {
                throw Feedback.check(request() + " should say where the problem is.")
                        .expected(rule().describe() + ", e.g. \"line " + line() + ": " + row.column() + " ...\"")
                        .actual(problem.get())
                        .cause("the line is not counted as an editor counts it (the header is line 1), or the"
                                + " message from PaymentFile.parse is replaced by a generic one")
                        .next("keep the MalformedFileException from PaymentFile.parse, with the record's line, as"
                                + " the detail")
                        .hint(3)
                        .failure(metrics);
            }
        }

        private CheckFailure notAllOrNothing(Stored stored, Map<String, Object> metrics) {
            boolean large = rows >= LARGE_FILE_ROWS;
            return Feedback.check(request() + " should be rejected whole: nothing of the file stored.")
                    .expected("0 rows with references starting with " + prefix)
                    .actual(stored.describe() + ": " + stored.rows() + " of the " + index + " rows before line "
                            + line() + " were kept")
                    .cause(
                            large
                                    ? "the import commits part of the way through a large file (a commit every few"
                                            + " thousand rows, or a transaction per batch): the smaller files fit in one"
                                            + " commit, this one does not, and the error on line " + line()
                                            + " cannot undo what was committed before it"
                                    : "rows are committed as they are written (autocommit, or a commit per batch), so"
                                            + " the error on line " + line() + " cannot undo them")
                    .next("read, check and insert the whole file inside one transaction, however long it is, so that"
                            + " the exception rolls back every batch sent before it")
                    .hint(2)
                    .failure(metrics);
        }
    }
}
