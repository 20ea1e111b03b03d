package lab.grader.probes;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A burst of requests sent all at once, one virtual thread each, whose answers a check collects later: start it, wait
 * until every request is on its way (e.g. while a stub's gate holds the downstream calls), act, then await the
 * answers. Each request has the client's time limit, so a kata that never answers fails fast and the burst always
 * ends.
 */
public final class Burst {

    private static final Map<String, List<String>> NO_HEADERS = Map.of();

    private final int total;
    private final AtomicInteger started = new AtomicInteger();
    private final CountDownLatch handedOver;
    private final CountDownLatch done;
    private final ConcurrentLinkedQueue<BurstAnswer> answers = new ConcurrentLinkedQueue<>();

    private Burst(int total) {
        this.total = total;
        this.handedOver = new CountDownLatch(total);
        this.done = new CountDownLatch(total);
    }

    /** Send {@code total} requests at once; {@code request} builds the i-th, e.g. through instance A or B by parity. */
    static Burst start(HttpClient client, Duration requestTimeout, int total, IntFunction<HttpRequest> request) {
        Burst burst = new Burst(total);
        for (int i = 0; i < total; i++) {
            int index = i;
            Thread.ofVirtual()
                    .name("grader-burst-" + i)
                    .start(() -> burst.send(client, requestTimeout, index, request));
        }
        return burst;
    }

    private void send(HttpClient client, Duration requestTimeout, int index, IntFunction<HttpRequest> request) {
        boolean handed = false;
        try {
            HttpRequest built = HttpRequest.newBuilder(request.apply(index), (name, value) -> true)
                    .timeout(requestTimeout)
                    .build();
            started.incrementAndGet();
            handedOver.countDown();
            handed = true;
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            answers.add(new BurstAnswer(index, response.statusCode(), response.headers(), response.body(), ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers.add(noAnswer(index, "interrupted"));
        } catch (IOException | RuntimeException e) {
            answers.add(noAnswer(index, e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            if (!handed) {
                handedOver.countDown();
            }
            done.countDown();
        }
    }

    private static BurstAnswer noAnswer(int index, String why) {
        return new BurstAnswer(
                index, BurstAnswer.NO_ANSWER, HttpHeaders.of(NO_HEADERS, (name, value) -> true), "", why);
    }

    public int total() {
        return total;
    }

    /** Requests handed to the HTTP client so far. */
    public int started() {
        return started.get();
    }

    /**
     * Wait at most the timeout until every request has been handed to the client (or ended before it could be);
     * returns whether they all were.
     */
    public boolean awaitStarted(Duration timeout) throws InterruptedException {
        return handedOver.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Wait at most the timeout for every answer; the answers so far in request order, with the missing ones as no
     * answer, when the timeout comes first.
     */
    public List<BurstAnswer> await(Duration timeout) throws InterruptedException {
        done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<Integer, BurstAnswer> byIndex = new TreeMap<>();
        answers.forEach(answer -> byIndex.put(answer.index(), answer));
        for (int i = 0; i < total; i++) {
            byIndex.putIfAbsent(i, noAnswer(i, "no answer within " + timeout.toSeconds() + " s"));
        }
        return byIndex.values().stream()
                .sorted(Comparator.comparingInt(BurstAnswer::index))
                .toList();
    }

    /** How many answers had each status, e.g. {@code {200=58, 503=2}}; 0 counts requests without an answer. */
    public static Map<Integer, Long> statusCounts(List<BurstAnswer> answers) {
        return answers.stream()
                .collect(Collectors.groupingBy(BurstAnswer::status, TreeMap::new, Collectors.counting()));
    }
}
