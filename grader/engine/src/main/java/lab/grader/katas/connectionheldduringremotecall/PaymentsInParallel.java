package lab.grader.katas.connectionheldduringremotecall;

import java.util.List;
import lab.grader.katas.connectionheldduringremotecall.Checkouts.Checkout;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** 150 checkouts at once through A and B: most of their payment calls must be in flight together. */
final class PaymentsInParallel implements CheckBody<CheckoutData> {

    static final int CHECKOUTS = 150;
    static final int AT_LEAST = 50;

    @Override
    public Verdict run(KataRun kata, CheckoutData data) throws Exception {
        List<Checkout> checkouts = Checkouts.random(data, CHECKOUTS, kata.random());
        HeldCheckouts.Outcome outcome = HeldCheckouts.send(kata, checkouts, orderIds -> {});
        if (outcome.heldCalls() < AT_LEAST) {
            int held = outcome.connectionsHeld().stream()
                    .mapToInt(connections -> connections.active())
                    .sum();
            throw Feedback.check(CHECKOUTS + " checkouts sent at once through A and B, each waiting on the payment"
                            + " provider (the grader holds its answers), should all be waiting there together.")
                    .expected("at least " + AT_LEAST + " payment calls in flight at once")
                    .actual(outcome.heldCalls() + " in flight, while the two instances held " + held
                            + " database connections, every one of their pools'; the other checkouts waited for a"
                            + " connection (statuses " + outcome.metrics().get("statuses") + ")")
                    .cause("each checkout holds a connection for the whole payment call (a transaction around it),"
                            + " so the pool's size caps the payments in flight")
                    .next("commit the PENDING order before the payment call, and make the call holding no"
                            + " connection; keep the pool at 3")
                    .hint(1)
                    .failure(outcome.metrics());
        }
        List<String> wrong = Checkouts.wrongAnswers(checkouts, outcome.answers());
        if (!wrong.isEmpty()) {
            throw Feedback.check("Every checkout of the burst should get its order once the provider answers.")
                    .expected(CHECKOUTS + " x HTTP 201, each with its total and the payment's outcome")
                    .actual(wrong.size() + " wrong, e.g. "
                            + String.join("; ", wrong.subList(0, Math.min(3, wrong.size()))))
                    .cause("the second step (the status after the payment) waits for a connection that does not come,"
                            + " or updates another order")
                    .next("keep each request's order id in a local variable, and read the log under target/lab/logs/")
                    .failure(outcome.metrics());
        }
        return Verdict.pass(outcome.metrics());
    }
}
