package lab.grader.katas.cachestampede;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lab.grader.fixtures.StubDownstream;
import lab.grader.kit.RedisKeys;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;

/**
 * A burst of requests for one category, spread over instances A and B, sent while the pricing stub's gate holds
 * every call to it. The gate opens only once every request has entered the kata (its probe counted them) and the
 * number of calls waiting at the gate has stopped growing: every request then had its chance to call the pricing
 * service while the first load was still running, so "one load for the whole burst" is an exact count, not a race
 * the kata wins on a fast machine. Waiting longer can only let a bad kata make more calls, never a good one.
 */
final class HeldBurst {

    static final int REQUESTS = 60;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration ENTER_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SETTLED_AFTER = Duration.ofMillis(300);
    private static final Duration MOST_SETTLE = Duration.ofSeconds(3);

    /**
     * What the burst got.
     *
     * @param answers every request's answer, in request order
     * @param loads calls to the pricing service for the category, while held and after
     * @param heldLoads calls waiting at the gate when it opened
     * @param entered requests the kata had received when the gate opened
     * @param newKeysWhileHeld keys that appeared in Redis while the loads were held, with their TTLs in seconds
     */
    record Outcome(
            List<BurstAnswer> answers, long loads, int heldLoads, long entered, Map<String, Long> newKeysWhileHeld) {

        Map<Integer, Long> statuses() {
            return Burst.statusCounts(answers);
        }

        Map<String, Object> metrics() {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("requests", answers.size());
            metrics.put("pricingCalls", loads);
            metrics.put("pricingCallsHeldAtOnce", heldLoads);
            metrics.put("requestsInsideWhenReleased", entered);
            metrics.put("statuses", statuses().toString());
            return metrics;
        }
    }

    private HeldBurst() {}

    /** The same burst while the pricing service answers 503 to every call for the category; it works again after. */
    static Outcome sendWhileFailing(KataRun kata, long categoryId, int requests) throws Exception {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        String path = StampedeData.path(categoryId);
        stub.failNext(path, Integer.MAX_VALUE);
        try {
            return send(kata, categoryId, requests);
        } finally {
            stub.failNext(path, 0);
        }
    }

    static Outcome send(KataRun kata, long categoryId, int requests) throws Exception {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        stub.resetCounts();
        for (KataInstance instance : kata.instances()) {
            instance.requests().reset();
        }
        Set<String> before = new HashSet<>(kata.redis().keys());
        LoadDriver driver = new LoadDriver(REQUEST_TIMEOUT);
        Burst burst;
        long entered;
        int held;
        Map<String, Long> newKeys;
        stub.hold();
        try {
            int instances = kata.instances().size();
            burst = driver.burst(
                    requests,
                    i -> HttpRequest.newBuilder(
                                    kata.instance(i % instances).baseUri().resolve(PriceAnswers.path(categoryId)))
                            .build());
            entered = awaitEntered(kata, requests);
            held = stub.awaitInFlightSettled(Integer.MAX_VALUE, SETTLED_AFTER, MOST_SETTLE);
            List<String> appeared = new ArrayList<>(kata.redis().keys());
            appeared.removeAll(before);
            newKeys = RedisKeys.ttls(kata, appeared);
        } finally {
            stub.release();
        }
        List<BurstAnswer> answers = burst.await(REQUEST_TIMEOUT.plusSeconds(5));
        return new Outcome(answers, stub.calls(StampedeData.path(categoryId)), held, entered, newKeys);
    }

    // Every instance has received its share of the burst, answered or not.
    private static long awaitEntered(KataRun kata, int requests) throws InterruptedException {
        int instances = kata.instances().size();
        long entered = 0;
        for (int i = 0; i < instances; i++) {
            int share = requests / instances + (i < requests % instances ? 1 : 0);
            entered += kata.instance(i)
                    .requests()
                    .awaitReceived(share, ENTER_TIMEOUT)
                    .received();
        }
        return entered;
    }
}
