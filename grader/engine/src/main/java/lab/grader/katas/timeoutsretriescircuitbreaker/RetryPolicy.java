package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.LoadDriver;

/**
 * Three cases, counted at the stand-in: a 404 is an answer (exactly 1 call); a 503 with {@code Retry-After: 2} is
 * retried no sooner than 2 s later, if at all (the gap between the calls' arrivals); a pickup whose call hangs past
 * the read timeout is not retried (exactly 1 call: a second one could book a second courier).
 */
final class RetryPolicy implements CheckBody<TrackingData> {

    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    // The stub stamps arrivals when it reads them; a kata that slept 2 s cannot show less than that, minus jitter.
    private static final Duration GAP_TOLERANCE = Duration.ofMillis(50);
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    @Override
    public Verdict run(KataRun kata, TrackingData data) throws Exception {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        Map<String, Object> metrics = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();

        TrackingReads.awaitHealthy(kata, data);
        TrackingReads.get(kata, 1, 1, i -> data.unknownId());
        long notFoundCalls = stub.calls(CarrierStub.trackingPath(data.unknownId()));
        metrics.put("callsFor404", notFoundCalls);
        if (notFoundCalls != 1) {
            wrong.add("a shipment the carrier does not know (404) cost " + notFoundCalls + " calls, expected 1");
        }

        TrackingReads.awaitHealthy(kata, data);
        long shipment = data.shipment(36);
        stub.failNext(
                CarrierStub.trackingPath(shipment), 1, Map.of("Retry-After", String.valueOf(RETRY_AFTER.toSeconds())));
        TrackingReads.inWaves(
                1,
                1,
                TIMEOUT,
                i -> HttpRequest.newBuilder(TrackingReads.uri(kata.instance(0), shipment))
                        .build());
        List<Duration> arrivals = stub.callTimes();
        Duration gap = arrivals.size() < 2 ? null : arrivals.get(1).minus(arrivals.get(0));
        metrics.put("callsFor503WithRetryAfter", arrivals.size());
        metrics.put("retryGapMillis", gap == null ? "no retry" : gap.toMillis());
        if (gap != null && gap.compareTo(RETRY_AFTER.minus(GAP_TOLERANCE)) < 0) {
            wrong.add("after a 503 with Retry-After: " + RETRY_AFTER.toSeconds() + ", the retry came " + gap.toMillis()
                    + " ms later");
        }

        TrackingReads.awaitHealthy(kata, data);
        long pickup = data.shipment(37);
        stub.hold();
        try {
            new LoadDriver(TIMEOUT)
                    .burst(
                            1,
                            i -> HttpRequest.newBuilder(
                                            kata.instance(0).baseUri().resolve("/shipments/" + pickup + "/pickup"))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build())
                    .await(TIMEOUT.plusSeconds(5));
        } finally {
            stub.release();
        }
        long pickupCalls = stub.calls(CarrierStub.pickupPath(pickup));
        metrics.put("callsForHungPickup", pickupCalls);
        if (pickupCalls != 1) {
            wrong.add("a pickup whose call hung cost " + pickupCalls + " calls, expected 1 (each books a courier)");
        }

        if (!wrong.isEmpty()) {
            throw Feedback.check("Retries should be for what a retry can fix, safe to repeat, and when the carrier"
                            + " allows.")
                    .expected("1 call for a 404; no retry sooner than Retry-After; 1 call for a POST that timed out")
                    .actual(String.join("; ", wrong))
                    .cause("every exception is retried at once: a 404 (which a retry cannot fix), a 503 that asked"
                            + " for time, and a POST that may already have booked the pickup")
                    .next("retry only GETs, only on timeouts, connection errors and 503, waiting at least the"
                            + " Retry-After; never retry bookPickup")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
