package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BurstTests {

    @Test
    void method_body_and_headers_go_out_and_statuses_and_headers_come_back() throws Exception {
        HttpServer server = echoServer();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            Burst burst = new LoadDriver(Duration.ofSeconds(20))
                    .burst(
                            4,
                            i -> HttpRequest.newBuilder(base.resolve("/echo/" + i))
                                    .header("X-Caller", "c" + i)
                                    .PUT(HttpRequest.BodyPublishers.ofString("body " + i))
                                    .build());

            assertThat(burst.awaitStarted(Duration.ofSeconds(20))).isTrue();
            List<BurstAnswer> answers = burst.await(Duration.ofSeconds(20));

            assertThat(answers).extracting(BurstAnswer::index).containsExactly(0, 1, 2, 3);
            assertThat(answers.get(2).body()).isEqualTo("PUT /echo/2 c2 body 2");
            assertThat(answers.get(2).header("X-Echoed")).contains("yes");
            assertThat(Burst.statusCounts(answers)).isEqualTo(Map.of(200, 2L, 409, 2L));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_kata_that_never_answers_gets_no_answer_within_the_client_time_limit() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            List<BurstAnswer> answers = new LoadDriver(Duration.ofMillis(300))
                    .burst(2, i -> HttpRequest.newBuilder(base).build())
                    .await(Duration.ofSeconds(20));

            assertThat(answers).noneMatch(BurstAnswer::answered);
            assertThat(answers.getFirst().failure()).contains("Timeout");
            assertThat(Burst.statusCounts(answers)).isEqualTo(Map.of(0, 2L));
        } finally {
            server.stop(0);
        }
    }

    private static HttpServer echoServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = exchange.getRequestMethod() + " " + path + " "
                    + exchange.getRequestHeaders().getFirst("X-Caller") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("X-Echoed", "yes");
            int index = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            exchange.sendResponseHeaders(index % 2 == 0 ? 200 : 409, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
