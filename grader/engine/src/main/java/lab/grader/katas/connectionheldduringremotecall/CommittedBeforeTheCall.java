package lab.grader.katas.connectionheldduringremotecall;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.connectionheldduringremotecall.Checkouts.StoredOrder;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.ConnectionUse;

/**
 * 4 checkouts, their payment calls held at the gate: meanwhile the grader, on its own connection, must find each
 * order stored as PENDING (committed before the call), and the instances must hold no connection for them.
 */
final class CommittedBeforeTheCall implements CheckBody<CheckoutData> {

    static final int CHECKOUTS = 4;

    @Override
    public Verdict run(KataRun kata, CheckoutData data) throws Exception {
        List<String> notCommitted = new ArrayList<>();
        List<Long> atTheGate = new ArrayList<>();
        HeldCheckouts.Outcome outcome =
                HeldCheckouts.send(kata, Checkouts.random(data, CHECKOUTS, kata.random()), orderIds -> {
                    atTheGate.addAll(orderIds);
                    for (long orderId : orderIds) {
                        Optional<StoredOrder> stored = Checkouts.stored(kata, orderId);
                        if (stored.isEmpty() || !stored.get().status().equals("PENDING")) {
                            notCommitted.add("order " + orderId + ": "
                                    + stored.map(order -> "status " + order.status())
                                            .orElse("not visible"));
                        }
                    }
                });
        int held = outcome.connectionsHeld().stream()
                .mapToInt(ConnectionUse::active)
                .sum();
        String perInstance = perInstance(kata, outcome);
        if (atTheGate.size() < CHECKOUTS) {
            throw Feedback.check(CHECKOUTS + " checkouts, through A and B, should each call the payment provider.")
                    .expected(CHECKOUTS + " payment calls waiting at the grader's gate")
                    .actual(atTheGate.size() + " (" + outcome.metrics().get("statuses") + ")")
                    .cause("checkouts fail before the payment call")
                    .next("read the log under target/lab/logs/ for the exception")
                    .failure(outcome.metrics());
        }
        if (!notCommitted.isEmpty()) {
            throw failure(
                    "stored and committed as PENDING, visible to another connection",
                    String.join("; ", notCommitted) + ", while " + held + " connections were held (" + perInstance
                            + ")",
                    "the order is inserted in a transaction that commits only after the payment call, so no one else"
                            + " can see it while the money moves; if the process dies now, the payment has no order",
                    outcome);
        }
        if (held > 0) {
            throw failure(
                    "0 database connections held while the payment calls wait",
                    held + " held (" + perInstance + "; the orders are committed as PENDING, good)",
                    "a connection is kept across the call: an outer transaction, or a connection taken by hand and"
                            + " kept, around a PENDING insert that commits on its own",
                    outcome);
        }
        return Verdict.pass(Map.of("ordersCheckedWhilePaymentsWaited", atTheGate.size(), "connectionsHeld", held));
    }

    private static String perInstance(KataRun kata, HeldCheckouts.Outcome outcome) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < kata.instances().size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(kata.instance(i).name())
                    .append(": ")
                    .append(outcome.connectionsHeld().get(i).active());
        }
        return text.toString();
    }

    private static CheckFailure failure(String expected, String actual, String cause, HeldCheckouts.Outcome outcome) {
        return Feedback.check("While " + CHECKOUTS + " payment calls wait at the grader's gate, their orders should"
                        + " already be committed, and the service should hold no connection for them.")
                .expected(expected)
                .actual(actual)
                .cause(cause)
                .next("insert the order as PENDING in its own short transaction (or one auto-commit statement),"
                        + " then call the provider, then update the status in a second one")
                .hint(3)
                .failure(outcome.metrics());
    }
}
