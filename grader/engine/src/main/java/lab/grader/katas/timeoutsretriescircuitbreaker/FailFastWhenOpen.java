package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;

/**
 * During an outage, 50 tracking requests, 4 at a time: at least 80% must be a 503 problem with Retry-After (or the
 * last known tracking marked stale), and none a 500.
 */
final class FailFastWhenOpen implements CheckBody<TrackingData> {

    static final int REQUESTS = 50;
    static final double AT_LEAST = 0.8;

    @Override
    public Verdict run(KataRun kata, TrackingData data) throws Exception {
        TrackingReads.awaitHealthy(kata, data);
        List<BurstAnswer> answers = TrackingReads.duringOutage(
                kata, REQUESTS, OutageAmplification.CONCURRENCY, i -> data.shipment(20 + i % 10));
        long good = answers.stream()
                .filter(answer -> TrackingReads.isUnavailableProblem(answer) || TrackingReads.isStale(answer))
                .count();
        long errors = answers.stream()
                .filter(answer -> answer.answered() && answer.status() == 500)
                .count();
        Map<String, Object> metrics = Map.of(
                "requests",
                REQUESTS,
                "unavailableOrStale",
                good,
                "status500",
                errors,
                "statuses",
                Burst.statusCounts(answers).toString());
        if (good < AT_LEAST * REQUESTS || errors > 0) {
            BurstAnswer example = answers.stream()
                    .filter(answer -> !TrackingReads.isUnavailableProblem(answer) && !TrackingReads.isStale(answer))
                    .findFirst()
                    .orElse(answers.getFirst());
            throw Feedback.check("During a carrier outage, tracking requests should fail fast and say when to come"
                            + " back.")
                    .expected(
                            "at least " + Math.round(AT_LEAST * REQUESTS) + " of " + REQUESTS + " answers a 503 problem"
                                    + " detail with Retry-After (or 200 with \"stale\": true), and no 500")
                    .actual(good + " of " + REQUESTS + " (statuses " + Burst.statusCounts(answers) + "); e.g. "
                            + (example.answered()
                                    ? "HTTP " + example.status() + " " + example.body()
                                    : example.failure()))
                    .cause(
                            errors > 0
                                            && !example.header("Content-Type")
                                                    .orElse("")
                                                    .startsWith("application/problem")
                                    ? "an exception reaches Spring's default error page (a 500 that is not a problem detail):"
                                            + " no handler in ApiExceptionHandler catches it"
                                    : "a carrier failure becomes a 500 (this service's fault, says the status), or a 503"
                                            + " without Retry-After")
                    .next("answer CarrierUnavailableException, and the breaker's CallNotPermittedException, with a 503"
                            + " problem detail and a Retry-After header, in ApiExceptionHandler")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
