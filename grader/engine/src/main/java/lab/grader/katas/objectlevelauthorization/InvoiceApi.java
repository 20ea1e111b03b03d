package lab.grader.katas.objectlevelauthorization;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import lab.grader.katas.objectlevelauthorization.InvoicingData.User;
import lab.grader.model.KataRun;
import lab.grader.probes.BurstAnswer;

/** Requests to the invoicing API as one of the seeded users (their bearer token), one at a time. */
final class InvoiceApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final KataRun kata;
    private final User user;

    private InvoiceApi(KataRun kata, User user) {
        this.kata = kata;
        this.user = user;
    }

    static InvoiceApi as(KataRun kata, User user) {
        return new InvoiceApi(kata, user);
    }

    /** Requests without a token. */
    static InvoiceApi anonymous(KataRun kata) {
        return new InvoiceApi(kata, null);
    }

    BurstAnswer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    BurstAnswer send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        kata.instance(0).baseUri().resolve(path))
                .timeout(TIMEOUT)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new BurstAnswer(0, response.statusCode(), response.headers(), response.body(), null);
    }
}
