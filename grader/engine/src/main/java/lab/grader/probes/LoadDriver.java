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
 * Send a bounded burst of HTTP requests with a fixed number of concurrent callers and record latencies in an
 * HdrHistogram. Bounded in count and time, it always stops by itself.
 */
public final class LoadDriver {

    private static final long HIGHEST_TRACKABLE_MICROS = Duration.ofMinutes(2).toNanos() / 1_000;

    private final HttpClient client;
    private final Duration requestTimeout;

    public LoadDriver(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    }

    /**
     * Send {@code total} requests from {@code concurrency} callers; {@code request} builds the i-th URI.
     */
    public LoadResult run(int total, int concurrency, IntFunction<URI> request) throws InterruptedException {
        Recorder recorder = new Recorder(HIGHEST_TRACKABLE_MICROS, 3);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        try (ExecutorService callers = Executors.newFixedThreadPool(concurrency)) {
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
