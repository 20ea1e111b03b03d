package lab.grader.probes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stand in for a slow or flaky downstream HTTP service that a kata calls: every answer waits a configured latency,
 * every n-th answer fails with 503, and the stub counts calls and the most it served at once. Waiting on simulated
 * I/O makes latency a property of the kata's structure (sequential vs parallel calls), not of the machine's speed.
 */
public final class StubDownstream implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;
    private volatile int failEvery;
    private volatile String body = "{}";

    private StubDownstream(HttpServer server) {
        this.server = server;
    }

    public static StubDownstream start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            StubDownstream stub = new StubDownstream(server);
            server.setExecutor(stub.executor);
            server.createContext("/", stub::answer);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException("The stub downstream service did not start", e);
        }
    }

    /** The base URL to give the kata, e.g. as {@code --downstream.url=...}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public StubDownstream latency(Duration value) {
        this.latency = value;
        return this;
    }

    /** Fail every n-th call with 503; 0 never fails. */
    public StubDownstream failEvery(int n) {
        this.failEvery = n;
        return this;
    }

    public StubDownstream body(String json) {
        this.body = json;
        return this;
    }

    public long calls() {
        return calls.get();
    }

    /** The most calls the stub was serving at the same moment: 1 means the kata called it one at a time. */
    public int maxConcurrentCalls() {
        return maxInFlight.get();
    }

    public void resetCounts() {
        calls.set(0);
        maxInFlight.set(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        long call = calls.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(latency);
            // Done waiting before answering: a caller that got its answer is never counted as still in flight.
            inFlight.decrementAndGet();
            boolean fail = failEvery > 0 && call % failEvery == 0;
            byte[] answer = (fail ? "{\"error\":\"stub failure\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            inFlight.decrementAndGet();
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
