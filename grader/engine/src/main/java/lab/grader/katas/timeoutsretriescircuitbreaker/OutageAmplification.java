package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.util.List;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;

/**
 * The carrier fails every call (503, no Retry-After): 100 tracking requests, 4 at a time, may cost it at most 60
 * calls. Retries multiply the calls; a breaker stops them once the failures are plain.
 */
final class OutageAmplification implements CheckBody<TrackingData> {

    static final int REQUESTS = 100;
    static final int CONCURRENCY = 4;
    static final int MOST_CALLS = 60;

    @Override
    public Verdict run(KataRun kata, TrackingData data) throws Exception {
        TrackingReads.awaitHealthy(kata, data);
        StubDownstream stub = kata.fixture(StubDownstream.class);
        List<BurstAnswer> answers = TrackingReads.duringOutage(kata, REQUESTS, CONCURRENCY, i -> data.shipment(i % 10));
        long calls = stub.calls();
        Map<String, Object> metrics = Map.of(
                "requests",
                REQUESTS,
                "carrierCalls",
                calls,
                "statuses",
                Burst.statusCounts(answers).toString());
        if (calls > MOST_CALLS) {
            throw Feedback.check(REQUESTS + " tracking requests during a carrier outage (every call fails with 503), "
                            + CONCURRENCY + " at a time, should not multiply the load on the carrier.")
                    .expected("at most " + MOST_CALLS + " calls to the carrier")
                    .actual(calls + " calls (" + String.format("%.1f", (double) calls / REQUESTS) + " per request)")
                    .cause(
                            calls > 2.5 * REQUESTS
                                    ? "every request retries several times, and nothing stops calling a carrier that fails"
                                            + " every call"
                                    : "the retries are bounded (about " + Math.round((double) calls / REQUESTS)
                                            + " calls per"
                                            + " request), but nothing stops calling a carrier that fails every call: a circuit"
                                            + " breaker is missing")
                    .next(
                            calls > 2.5 * REQUESTS
                                    ? "a circuit breaker (Resilience4j's CircuitBreaker) that opens once most recent calls"
                                            + " failed, and at most 2 attempts per read"
                                    : "call the carrier through a circuit breaker (Resilience4j's CircuitBreaker) that opens"
                                            + " once most recent calls failed")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
