package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;

/**
 * The carrier hangs (the grader holds every call at its gate): 10 tracking requests at once must each be answered
 * within 5 s, whatever the answer. The gate opens once they all answered, or after the 5 s.
 */
final class HungDownstreamBounded implements CheckBody<TrackingData> {

    static final int REQUESTS = 10;
    static final Duration WITHIN = Duration.ofSeconds(5);

    @Override
    public Verdict run(KataRun kata, TrackingData data) throws Exception {
        TrackingReads.awaitHealthy(kata, data);
        StubDownstream stub = kata.fixture(StubDownstream.class);
        List<BurstAnswer> answers;
        stub.hold();
        try {
            answers = new LoadDriver(WITHIN)
                    .burst(
                            REQUESTS,
                            i -> HttpRequest.newBuilder(TrackingReads.uri(kata.instance(0), data.shipment(10 + i)))
                                    .build())
                    .await(WITHIN.plusSeconds(5));
        } finally {
            stub.release();
        }
        long late = answers.stream().filter(answer -> !answer.answered()).count();
        Map<String, Object> metrics = Map.of(
                "requests",
                REQUESTS,
                "notAnsweredWithin5s",
                late,
                "statuses",
                Burst.statusCounts(answers).toString());
        if (late > 0) {
            throw Feedback.check(REQUESTS + " tracking requests, while the carrier hangs, should each get an answer"
                            + " within " + WITHIN.toSeconds() + " s.")
                    .expected("an answer to each within " + WITHIN.toSeconds() + " s (a 503 is fine)")
                    .actual(late + " of " + REQUESTS + " not answered within " + WITHIN.toSeconds() + " s")
                    .cause("the call to the carrier has no read timeout, so a request waits as long as the carrier"
                            + " hangs (and retries wait again)")
                    .next("give the HTTP client a connect timeout and a read timeout of about a second")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
