package lab.grader.probes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.Recorder;

/**
 * Send HTTP requests to a kata, bounded in count and time so it always stops by itself: either a run with a fixed
 * number of concurrent callers, whose latencies an HdrHistogram records, or a {@link Burst} of requests all sent at
 * once whose answers a check collects later. Callers are virtual threads.
 */
public final class LoadDriver {

    private static final long HIGHEST_TRACKABLE_MICROS = Duration.ofMinutes(2).toNanos() / 1_000;

    private final HttpClient client;
    private final Duration requestTimeout;

    public LoadDriver(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        // HTTP/1.1 as a browser or a load balancer would speak it to the kata, without an h2c upgrade attempt.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .build();
    }

    /**
     * Send {@code total} requests at once, the i-th built by {@code request} (method, body and headers included, and
     * the instance it goes to), and return at once with a handle on their answers.
     */
    public Burst burst(int total, IntFunction<HttpRequest> request) {
        return Burst.start(client, requestTimeout, total, request);
    }

    /**
     * Send {@code total} requests from {@code concurrency} callers; {@code request} builds the i-th URI.
     */
    public LoadResult run(int total, int concurrency, IntFunction<URI> request) throws InterruptedException {
        Recorder recorder = new Recorder(HIGHEST_TRACKABLE_MICROS, 3);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(callers.submit(() -> {
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        send(request.apply((int) i), recorder, errors);
                    }
                }));
            }
            for (Future<?> caller : running) {
                try {
                    caller.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("A load caller failed", e.getCause());
                }
            }
        }
        var histogram = recorder.getIntervalHistogram();
        return new LoadResult(
                histogram.getTotalCount(),
                errors.get(),
                millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(95)),
                millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getMaxValue()));
    }

    private void send(URI uri, Recorder recorder, AtomicLong errors) {
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(requestTimeout).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                errors.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.incrementAndGet();
        } catch (java.io.IOException e) {
            errors.incrementAndGet();
        } finally {
            recorder.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, (System.nanoTime() - started) / 1_000));
        }
    }

    private static double millis(long micros) {
        return micros / 1_000.0;
    }
}
