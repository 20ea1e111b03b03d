package lab.grader.katas.batchwrites;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import lab.grader.katas.batchwrites.PaymentTable.Stored;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Send settlement files to the kata's {@code POST /imports}, whole or streamed, and read what it stored. */
final class Imports {

    static final String ENDPOINT = "POST /imports";
    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private Imports() {}

    static Response post(KataRun kata, String csv) {
        return kata.instance(0)
                .http()
                .contentType(CONTENT_TYPE)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/imports");
    }

    /** Post a valid file and return its JSON answer, failing unless the kata answers 200 with JSON. */
    static JsonNode importFile(KataRun kata, String csv, String what) throws CheckFailure {
        return HttpAnswers.json(
                post(kata, csv),
                200,
                ENDPOINT + " with a valid file of " + what,
                "the kata's log under target/lab/logs/ shows what went wrong");
    }

    /** Send a file as it is made, in chunks: the grader holds no more of it than the kata should. */
    static HttpResponse<String> stream(KataRun kata, Supplier<InputStream> body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(kata.instance(0).baseUri().resolve("/imports"))
                .header("Content-Type", CONTENT_TYPE)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .build();
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Fail unless the table holds every row of the file once, with the file's amounts. */
    static void requireStoredOnce(KataRun kata, SettlementFile file) throws Exception {
        Stored stored = PaymentTable.stored(kata.database(), file.prefix());
        if (stored.rows() != file.rows()
                || stored.references() != file.rows()
                || stored.amount().compareTo(file.total()) != 0) {
            throw Feedback.check(ENDPOINT + " of " + file.rows() + " rows should store every one of them once.")
                    .expected(file.rows() + " rows for as many references, amounts adding up to "
                            + file.total().toPlainString())
                    .actual(stored.describe())
                    .cause("rows are lost or repeated between batches, or the last batch is never sent")
                    .next("keep every payment stored once, as task 1 asks: after the loop over records, send what"
                            + " is left in the batch, and never send a batch twice")
                    .failure();
        }
    }

    /**
     * Wait until the kata stops answering, or the time is up. A JVM that ran out of memory exits a moment after the
     * connection breaks; waiting for it makes the grader report the crash every time, not only when it is quick.
     */
    static boolean diedWithin(KataRun kata, Duration wait) throws InterruptedException {
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
}
