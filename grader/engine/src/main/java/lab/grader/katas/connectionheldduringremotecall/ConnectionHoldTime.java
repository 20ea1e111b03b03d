package lab.grader.katas.connectionheldduringremotecall;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.ConnectionUse;

/**
 * 40 checkouts at once through A and B with the payment provider taking 1 s: the connections they use are held for
 * a tenth of that at most (p95, from getConnection to close, counted in each process). A ratio of simulated waits,
 * with a wide margin: the reference holds them a few milliseconds, a transaction around the call a whole second.
 */
final class ConnectionHoldTime implements CheckBody<CheckoutData> {

    static final int CHECKOUTS = 40;
    static final Duration PAYMENT_LATENCY = Duration.ofSeconds(1);
    static final Duration MOST_P95 = PAYMENT_LATENCY.dividedBy(10);

    @Override
    public Verdict run(KataRun kata, CheckoutData data) throws Exception {
        StubDownstream stub = kata.fixture(StubDownstream.class);
        for (KataInstance instance : kata.instances()) {
            instance.sql().resetConnections();
        }
        PaymentStub.answerAfter(stub, PAYMENT_LATENCY);
        try {
            Checkouts.start(Checkouts.random(data, CHECKOUTS, kata.random()), kata.instances())
                    .await(Checkouts.TIMEOUT.plusSeconds(5));
        } finally {
            PaymentStub.answerAfter(stub, PaymentStub.LATENCY);
        }
        List<String> slow = new ArrayList<>();
        Map<String, Object> metrics = new LinkedHashMap<>();
        long holds = 0;
        for (KataInstance instance : kata.instances()) {
            ConnectionUse use = instance.sql().connections();
            holds += use.holds();
            metrics.put("holdP95Millis" + instance.name(), use.holdP95().toMillis());
            metrics.put("holdMaxMillis" + instance.name(), use.holdMax().toMillis());
            if (use.holdP95().compareTo(MOST_P95) > 0) {
                slow.add(instance.name() + ": " + use);
            }
        }
        metrics.put("connectionHolds", holds);
        if (!slow.isEmpty() || holds == 0) {
            throw Feedback.check(CHECKOUTS + " checkouts at once through A and B, with the payment provider taking "
                            + PAYMENT_LATENCY.toMillis() + " ms, should hold each database connection only for"
                            + " their statements.")
                    .expected("95% of connection holds (getConnection to close) within " + MOST_P95.toMillis()
                            + " ms on each instance")
                    .actual(holds == 0 ? "no connection was used at all" : String.join("; ", slow))
                    .cause("the connection is taken before the payment call and given back after it: a transaction"
                            + " (@Transactional, a TransactionTemplate) spans the call; a bigger pool only hides it")
                    .next("two short transactions (or two auto-commit statements): insert the PENDING order, then"
                            + " call the provider holding nothing, then update the status")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
