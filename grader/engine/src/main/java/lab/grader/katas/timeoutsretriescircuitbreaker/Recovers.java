package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * An outage (20 requests while the carrier fails every call), then the carrier works again: after the breaker's open
 * duration (which the grader sets to 1 s) and a second more, at least 18 of 20 requests, one at a time, get their
 * tracking.
 */
final class Recovers implements CheckBody<TrackingData> {

    static final int REQUESTS = 20;
    static final int AT_LEAST = 18;

    @Override
    public Verdict run(KataRun kata, TrackingData data) throws Exception {
        TrackingReads.awaitHealthy(kata, data);
        TrackingReads.duringOutage(kata, REQUESTS, OutageAmplification.CONCURRENCY, i -> data.shipment(30 + i % 5));
        Duration wait = TimeoutsRetriesCircuitBreakerGrading.OPEN_DURATION.plusSeconds(1);
        Thread.sleep(wait);
        List<BurstAnswer> answers = TrackingReads.get(kata, REQUESTS, 1, i -> data.shipment(30 + i % 5));
        long good = 0;
        for (int i = 0; i < answers.size(); i++) {
            good += TrackingReads.isTracking(answers.get(i), data, data.shipment(30 + i % 5)) ? 1 : 0;
        }
        Map<String, Object> metrics = Map.of("requestsAfterTheOutage", REQUESTS, "answeredWithTracking", good);
        if (good < AT_LEAST) {
            throw Feedback.check("Once the carrier works again, and the breaker's open duration ("
                            + TimeoutsRetriesCircuitBreakerGrading.OPEN_DURATION.toSeconds() + " s) has passed,"
                            + " tracking should come back.")
                    .expected("at least " + AT_LEAST + " of " + REQUESTS + " requests, one at a time, "
                            + wait.toSeconds() + " s after the outage, answered with their tracking")
                    .actual(good + " of " + REQUESTS)
                    .cause("the breaker stays open: its open duration is not carrier.breaker.open-duration, or it never"
                            + " lets trial calls through (half-open)")
                    .next("read waitDurationInOpenState from carrier.breaker.open-duration; keep"
                            + " permittedNumberOfCallsInHalfOpenState small (2)")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
