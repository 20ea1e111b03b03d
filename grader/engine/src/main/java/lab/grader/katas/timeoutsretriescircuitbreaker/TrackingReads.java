package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import lab.grader.fixtures.StubDownstream;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;
import tools.jackson.databind.JsonNode;

/** Tracking requests sent to the kata, in waves of a fixed size, and what their answers should be. */
final class TrackingReads {

    static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(200);

    private TrackingReads() {}

    static String path(long shipmentId) {
        return "/shipments/" + shipmentId + "/tracking";
    }

    static URI uri(KataInstance instance, long shipmentId) {
        return instance.baseUri().resolve(path(shipmentId));
    }

    /** Send {@code total} requests, {@code concurrency} at a time, each wave after the last has answered. */
    static List<BurstAnswer> inWaves(int total, int concurrency, Duration timeout, IntFunction<HttpRequest> request)
            throws InterruptedException {
        List<BurstAnswer> answers = new ArrayList<>();
        LoadDriver driver = new LoadDriver(timeout);
        for (int from = 0; from < total; from += concurrency) {
            int start = from;
            answers.addAll(driver.burst(Math.min(concurrency, total - from), i -> request.apply(start + i))
                    .await(timeout.plusSeconds(5)));
        }
        return answers;
    }

    static List<BurstAnswer> get(KataRun kata, int total, int concurrency, IntFunction<Long> shipment)
            throws InterruptedException {
        return inWaves(
                total,
                concurrency,
                TIMEOUT,
                i -> HttpRequest.newBuilder(uri(kata.instance(0), shipment.apply(i)))
                        .build());
    }

    /** Send the requests, in waves, while the carrier answers 503 to every call; it works again after. */
    static List<BurstAnswer> duringOutage(KataRun kata, int total, int concurrency, IntFunction<Long> shipment)
            throws InterruptedException {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        stub.failEvery(1);
        try {
            return get(kata, total, concurrency, shipment);
        } finally {
            stub.failEvery(0);
        }
    }

    /** Whether the answer is the carrier's tracking of the shipment. */
    static boolean isTracking(BurstAnswer answer, TrackingData data, long shipmentId) {
        return answer.answered()
                && answer.status() == 200
                && HttpAnswers.readOrMissing(answer.body())
                        .equals(HttpAnswers.readOrMissing(CarrierStub.trackingJson(data.seed(), shipmentId)));
    }

    static boolean isStale(BurstAnswer answer) {
        JsonNode body = HttpAnswers.readOrMissing(answer.body());
        return answer.answered() && answer.status() == 200 && body.path("stale").asBoolean(false);
    }

    static boolean isUnavailableProblem(BurstAnswer answer) {
        return answer.answered()
                && answer.status() == 503
                && answer.header("Retry-After").isPresent()
                && answer.header("Content-Type").orElse("").startsWith("application/problem+json");
    }

    /**
     * Start a check from a carrier that works and a service that calls it: the stand-in healthy, and the kata
     * answering a tracking request (after a breaker left open by an earlier check has let calls through again). The
     * stand-in's counts start afresh after.
     */
    static void awaitHealthy(KataRun kata, TrackingData data) throws Exception {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        stub.release();
        stub.failEvery(0);
        long shipment = data.shipment(data.shipments().size() - 1);
        long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
        BurstAnswer last;
        do {
            last = get(kata, 1, 1, i -> shipment).getFirst();
            if (isTracking(last, data, shipment)) {
                stub.resetCounts();
                return;
            }
            Thread.sleep(POLL);
        } while (System.nanoTime() < deadline);
        throw Feedback.check("With the carrier working again, GET " + path(shipment) + " should answer its tracking"
                        + " within " + HEALTHY_WITHIN.toSeconds() + " s (this check starts from a healthy carrier).")
                .expected("HTTP 200 with the carrier's tracking")
                .actual(last.answered() ? "HTTP " + last.status() + " " + last.body() : last.failure())
                .cause("the circuit breaker never lets a call through again once it opened (no half-open state, or"
                        + " an open duration far longer than carrier.breaker.open-duration)")
                .next("read the open duration from carrier.breaker.open-duration, which the grader sets to "
                        + TimeoutsRetriesCircuitBreakerGrading.OPEN_DURATION.toSeconds() + " s, and let a few trial"
                        + " calls through once it has passed (a half-open state)")
                .failure(Map.of());
    }
}
