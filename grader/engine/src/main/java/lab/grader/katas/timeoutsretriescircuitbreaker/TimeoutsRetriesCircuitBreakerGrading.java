package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 13-timeouts-retries-circuit-breaker: one instance proxies a carrier (a stub the grader runs) that checks make
 * hang, fail every call, or answer 503 with Retry-After. Counted at the stub: the calls an outage costs, the calls
 * per request of a 404 or a timed-out POST, the gap before a retry; counted at the client: answers within 5 s while
 * the carrier hangs, 503s with Retry-After during an outage, and tracking back after the breaker's open duration,
 * which the grader sets to 1 s.
 */
public final class TimeoutsRetriesCircuitBreakerGrading implements KataGrading<TrackingData> {

    static final Duration OPEN_DURATION = Duration.ofSeconds(1);

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "13-timeouts-retries-circuit-breaker",
                "api-throughput",
                "Timeouts, retries, circuit breaker",
                "lab.timeoutsretriescircuitbreaker.TrackingApplication",
                1,
                List.of(
                        "-Xmx256m",
                        "-Djdk.virtualThreadScheduler.parallelism=4",
                        "-Djdk.virtualThreadScheduler.maxPoolSize=4",
                        "-Dcarrier.breaker.open-duration=" + OPEN_DURATION.toSeconds() + "s"),
                Set.of("hung-downstream-bounded", "outage-amplification", "fail-fast-when-open", "retry-policy"));
    }

    @Override
    public TrackingData seed(SeedContext context) {
        return TrackingData.of(context.seed());
    }

    @Override
    public List<KataFixture.Factory> fixtures() {
        return List.of(CarrierStub.factory());
    }

    @Override
    public List<Check<TrackingData>> checks() {
        return List.of(
                new Check<>(
                        "tracking-correct",
                        1,
                        "Tracking is the carrier's; unknown and bad ids get a 4xx",
                        2,
                        new TrackingCorrect()),
                new Check<>(
                        "hung-downstream-bounded",
                        2,
                        "A hung carrier costs each request 5 s at most",
                        2,
                        new HungDownstreamBounded()),
                new Check<>(
                        "outage-amplification",
                        3,
                        "An outage costs the carrier at most 60 calls for 100 requests",
                        3,
                        new OutageAmplification()),
                new Check<>(
                        "fail-fast-when-open",
                        4,
                        "During an outage, answers are 503s with Retry-After",
                        2,
                        new FailFastWhenOpen()),
                new Check<>("recovers", 5, "Tracking comes back after the outage", 2, new Recovers()),
                new Check<>(
                        "retry-policy",
                        6,
                        "Only what a retry can fix is retried, never sooner than Retry-After, never a POST",
                        3,
                        new RetryPolicy()));
    }

    @Override
    public List<String> explorationHints(TrackingData data, List<String> baseUrls) {
        return List.of(
                "curl -s " + baseUrls.getFirst() + TrackingReads.path(data.shipment(0)),
                "curl -s -X POST " + baseUrls.getFirst() + "/shipments/" + data.shipment(1) + "/pickup");
    }
}
