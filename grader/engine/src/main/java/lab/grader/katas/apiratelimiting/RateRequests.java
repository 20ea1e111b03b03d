package lab.grader.katas.apiratelimiting;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import lab.grader.model.KataRun;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;

/**
 * Requests to the partner API with an API key and the partner's address in X-Forwarded-For, as the load balancer in
 * front of the two instances sets it, on either instance. Each check sends from addresses of its own, so that a
 * limiter kept per address starts each check afresh too, whatever the checks before it sent.
 */
final class RateRequests {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String PATH = "/rates/USD";

    private RateRequests() {}

    static HttpRequest request(KataRun kata, int instance, String apiKey, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        kata.instance(instance).baseUri().resolve(PATH))
                .timeout(TIMEOUT);
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }

    /** All at once, alternating the instances. */
    static List<BurstAnswer> atOnce(int total, IntFunction<HttpRequest> request) throws InterruptedException {
        return new LoadDriver(TIMEOUT).burst(total, request).await(TIMEOUT.plusSeconds(5));
    }

    /** One after another, each after the previous answered. */
    static List<BurstAnswer> oneByOne(int total, IntFunction<HttpRequest> request) throws InterruptedException {
        List<BurstAnswer> answers = new ArrayList<>();
        LoadDriver driver = new LoadDriver(TIMEOUT);
        for (int i = 0; i < total; i++) {
            int index = i;
            answers.addAll(driver.burst(1, n -> request.apply(index)).await(TIMEOUT.plusSeconds(5)));
        }
        return answers;
    }

    /** Waves of {@code size} requests sent at once, one wave every {@code every}, none awaited before the last is sent. */
    static List<BurstAnswer> inWaves(int waves, int size, Duration every, IntFunction<HttpRequest> request)
            throws InterruptedException {
        LoadDriver driver = new LoadDriver(TIMEOUT);
        List<Burst> bursts = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < waves; w++) {
            long due = start + w * every.toNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            int first = w * size;
            bursts.add(driver.burst(size, i -> request.apply(first + i)));
        }
        List<BurstAnswer> answers = new ArrayList<>();
        for (Burst burst : bursts) {
            answers.addAll(burst.await(TIMEOUT.plusSeconds(5)));
        }
        return answers;
    }

    static long accepted(List<BurstAnswer> answers) {
        return answers.stream().filter(answer -> answer.status() == 200).count();
    }

    /** The most a token bucket may accept: its capacity, what it refills in the time the requests took, and slack. */
    static long allowance(Duration took, int slack) {
        return ApiRateLimitingGrading.CAPACITY
                + (long) Math.floor(ApiRateLimitingGrading.CAPACITY
                        * (double) took.toMillis()
                        / ApiRateLimitingGrading.PERIOD.toMillis())
                + slack;
    }
}
