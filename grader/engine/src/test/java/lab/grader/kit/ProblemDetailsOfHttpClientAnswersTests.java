package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import lab.grader.model.CheckFailure;
import org.junit.jupiter.api.Test;

/** An answer read by {@link HttpClient} (a streamed upload) is held to the same problem-detail rule. */
class ProblemDetailsOfHttpClientAnswersTests {

    @Test
    void a_problem_detail_naming_the_line_and_the_column_follows_the_rule() throws Exception {
        HttpResponse<String> answer = answer(
                400, "application/problem+json", "{\"status\": 400, \"detail\": \"line 59155: amount must be ...\"}");
        assertThat(ProblemDetails.expect(400)
                        .namingLine(59155)
                        .mentioning("amount")
                        .problemWith(answer))
                .as("problem with a detail that names line 59155 and amount")
                .isEmpty();
    }

    @Test
    void plain_json_is_not_a_problem_detail() throws Exception {
        HttpResponse<String> answer = answer(400, "application/json", "{\"detail\": \"line 3: amount\"}");
        assertThat(ProblemDetails.expect(400).problemWith(answer))
                .as("problem with an application/json answer")
                .hasValue("HTTP 400 with content type application/json, not application/problem+json: {\"detail\":"
                        + " \"line 3: amount\"}");
    }

    @Test
    void a_server_error_fails_the_check_and_asks_for_the_kata_log() throws Exception {
        HttpResponse<String> answer = answer(500, "application/json", "{\"error\": \"boom\"}");
        assertThatThrownBy(() -> ProblemDetails.expect(400)
                        .check(answer, "POST /imports with a bad row", "line 3 is malformed", "check PaymentFile"))
                .as("check of a 500 answer")
                .isInstanceOfSatisfying(
                        CheckFailure.class,
                        failure -> assertThat(failure.feedback().kataServerError())
                                .as("kataServerError of the failure")
                                .isTrue())
                .hasMessageContaining("POST /imports with a bad row should answer 400 with a problem detail: line 3"
                        + " is malformed.")
                .hasMessageContaining("HTTP 500 {\"error\": \"boom\"}");
    }

    /** Answer one request from a throwaway server, as HttpClient reads it. */
    private static HttpResponse<String> answer(int status, String contentType, String body)
            throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/imports");
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop(0);
        }
    }
}
