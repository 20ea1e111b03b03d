package lab.grader.katas.virtualthreads;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.katas.virtualthreads.ShippingData.Order;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.ConnectionUse;
import lab.grader.probes.LoadDriver;
import lab.grader.probes.PlatformThreads;
import lab.grader.probes.RequestCounts;

/**
 * A burst of quote requests on instance A, one per order, sent while the carrier stand-in's gate holds every call to
 * it. The gate opens when every request is at the gate, or when the number there has stopped growing: a kata that
 * serves the burst at once has then made a call per request, and one that caps its concurrency has shown its cap. No
 * latency is measured: the count at the gate is what the kata's structure allows, on any machine.
 */
final class QuoteBurst {

    static final int REQUESTS = 200;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    // Unchanged for 1 s, at most 8 s in all: a pause of the machine (a loaded CI runner starting 200 platform threads)
    // must not end the wait early. A kata on virtual threads has all 200 at the gate well before.
    private static final Duration SETTLED_AFTER = Duration.ofSeconds(1);
    private static final Duration MOST_SETTLE = Duration.ofSeconds(8);

    /**
     * What the burst got.
     *
     * @param answers every request's answer, in request order
     * @param orders the order each request asked for, in request order
     * @param heldCalls calls to the carrier waiting at the gate when it opened
     * @param threadsBefore the kata's platform threads before the burst
     * @param threadsHeld its platform threads while the burst waited at the gate, with the peak until then
     * @param requestsHeld the requests inside the kata's web stack (past its threads) while the burst waited
     * @param connectionsHeld its database connections while the burst waited: held, and waited for
     */
    record Outcome(
            List<BurstAnswer> answers,
            List<Order> orders,
            int heldCalls,
            PlatformThreads threadsBefore,
            PlatformThreads threadsHeld,
            RequestCounts requestsHeld,
            ConnectionUse connectionsHeld) {

        /** How many platform threads the waiting burst added: the ones a request per thread would tie up. */
        int threadGrowth() {
            return threadsHeld.peak() - threadsBefore.live();
        }

        Map<String, Object> metrics() {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("requests", answers.size());
            metrics.put("carrierCallsAtOnce", heldCalls);
            metrics.put("platformThreadsBefore", threadsBefore.live());
            metrics.put("platformThreadsPeak", threadsHeld.peak());
            metrics.put("platformThreadGrowth", threadGrowth());
            metrics.put("requestsInsideWhileHeld", requestsHeld.inProgress());
            metrics.put("connectionsHeldWhileHeld", connectionsHeld.active());
            metrics.put("connectionsAwaitedWhileHeld", connectionsHeld.pending());
            metrics.put("statuses", Burst.statusCounts(answers).toString());
            return metrics;
        }
    }

    private QuoteBurst() {}

    static Outcome send(KataRun kata, List<Order> orders) throws Exception {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        KataInstance instance = kata.instance(0);
        stub.resetCounts();
        PlatformThreads before = instance.threads().reset();
        Burst burst;
        int held;
        PlatformThreads threadsHeld;
        RequestCounts requestsHeld;
        ConnectionUse connectionsHeld;
        stub.hold();
        try {
            burst = new LoadDriver(REQUEST_TIMEOUT)
                    .burst(
                            orders.size(),
                            i -> HttpRequest.newBuilder(instance.baseUri()
                                            .resolve(QuoteAnswers.path(
                                                    orders.get(i).id())))
                                    .build());
            held = stub.awaitInFlightSettled(orders.size(), SETTLED_AFTER, MOST_SETTLE);
            threadsHeld = instance.threads().read();
            requestsHeld = instance.requests().counts();
            connectionsHeld = instance.sql().connections();
        } finally {
            stub.release();
        }
        List<BurstAnswer> answers = burst.await(REQUEST_TIMEOUT.plusSeconds(5));
        return new Outcome(answers, orders, held, before, threadsHeld, requestsHeld, connectionsHeld);
    }

    /** The requests that did not get their order's quote, described for feedback; empty when all did. */
    static List<String> wrongAnswers(Outcome outcome, ShippingData data) {
        List<String> wrong = new ArrayList<>();
        for (BurstAnswer answer : outcome.answers()) {
            Order order = outcome.orders().get(answer.index());
            if (!answer.answered()) {
                wrong.add("order " + order.id() + ": no answer (" + answer.failure() + ")");
            } else if (answer.status() != 200) {
                wrong.add("order " + order.id() + ": HTTP " + answer.status());
            } else {
                QuoteAnswers.difference(answer.body(), data, order)
                        .ifPresent(body -> wrong.add("order " + order.id() + ": " + body));
            }
        }
        return wrong;
    }
}
