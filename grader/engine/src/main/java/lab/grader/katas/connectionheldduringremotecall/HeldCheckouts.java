package lab.grader.katas.connectionheldduringremotecall;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.katas.connectionheldduringremotecall.Checkouts.Checkout;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.ConnectionUse;

/**
 * Checkouts sent at once through A and B while the payment stand-in's gate holds every call: the gate opens when all
 * calls wait there, or when their number has not grown for a second (at most 8 s). Meanwhile the grader reads what
 * it needs: the kata's connections, and the orders of the calls at the gate, with its own connection.
 */
final class HeldCheckouts {

    private static final Duration SETTLED_AFTER = Duration.ofSeconds(1);
    private static final Duration MOST_SETTLE = Duration.ofSeconds(8);

    /** What the grader reads while the calls are held, before it opens the gate. */
    interface WhileHeld {
        void read(List<Long> orderIdsAtTheGate) throws Exception;
    }

    /**
     * What the checkouts got.
     *
     * @param answers every checkout's answer, in order
     * @param heldCalls payment calls waiting at the gate when it opened
     * @param connectionsHeld each instance's connections while the calls were held
     */
    record Outcome(List<BurstAnswer> answers, int heldCalls, List<ConnectionUse> connectionsHeld) {

        Map<String, Object> metrics() {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("checkouts", answers.size());
            metrics.put("paymentCallsAtOnce", heldCalls);
            metrics.put(
                    "connectionsHeldWhileCallsWaited",
                    connectionsHeld.stream().mapToInt(ConnectionUse::active).sum());
            metrics.put(
                    "requestsWaitingForAConnection",
                    connectionsHeld.stream().mapToInt(ConnectionUse::pending).sum());
            metrics.put("statuses", Burst.statusCounts(answers).toString());
            return metrics;
        }
    }

    private HeldCheckouts() {}

    static Outcome send(KataRun kata, List<Checkout> checkouts, WhileHeld whileHeld) throws Exception {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        stub.resetCounts();
        Burst burst;
        int held;
        List<ConnectionUse> connections = new ArrayList<>();
        stub.hold();
        try {
            burst = Checkouts.start(checkouts, kata.instances());
            held = stub.awaitInFlightSettled(checkouts.size(), SETTLED_AFTER, MOST_SETTLE);
            for (KataInstance instance : kata.instances()) {
                connections.add(instance.sql().connections());
            }
            List<Long> orderIds = new ArrayList<>();
            for (String path : stub.callsByPath().keySet()) {
                long orderId = PaymentStub.orderId(path);
                if (orderId > 0) {
                    orderIds.add(orderId);
                }
            }
            whileHeld.read(orderIds);
        } finally {
            stub.release();
        }
        return new Outcome(burst.await(Checkouts.TIMEOUT.plusSeconds(5)), held, connections);
    }
}
