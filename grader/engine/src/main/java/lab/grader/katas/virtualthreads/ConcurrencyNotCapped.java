package lab.grader.katas.virtualthreads;

import java.util.List;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** 200 quote requests at once on one instance: the carrier must see most of them at once, not a handful. */
final class ConcurrencyNotCapped implements CheckBody<ShippingData> {

    static final int AT_LEAST = 60;

    @Override
    public Verdict run(KataRun kata, ShippingData data) throws Exception {
        QuoteBurst.Outcome outcome = QuoteBurst.send(kata, data.orders(20, QuoteBurst.REQUESTS));
        if (outcome.heldCalls() < AT_LEAST) {
            throw Feedback.check(QuoteBurst.REQUESTS + " quote requests sent at once to instance A, each waiting on"
                            + " the carrier (the grader holds the carrier's answers), should all be waiting there"
                            + " together.")
                    .expected("at least " + AT_LEAST + " carrier calls in flight at once")
                    .actual(outcome.heldCalls() + " in flight; the rest of the burst waited inside the service")
                    .cause("each request holds a platform thread (server.tomcat.threads.max) or a database connection"
                            + " (a transaction around the carrier call) while it waits, and there are only "
                            + outcome.heldCalls() + " of them")
                    .next("serve requests on virtual threads (spring.threads.virtual.enabled=true), and let the"
                            + " order lookup finish, its connection back in the pool, before the carrier call")
                    .hint(1)
                    .failure(outcome.metrics());
        }
        List<String> wrong = QuoteBurst.wrongAnswers(outcome, data);
        if (!wrong.isEmpty()) {
            throw Feedback.check("Every request of the burst should get its own order's quote once the carrier"
                            + " answers.")
                    .expected(QuoteBurst.REQUESTS + " x HTTP 200, each with its order's carrier price")
                    .actual(wrong.size() + " wrong: " + String.join("; ", wrong.subList(0, Math.min(3, wrong.size()))))
                    .cause("state shared between requests (a field of a singleton), or a timeout shorter than the"
                            + " carrier's answer")
                    .next("keep each request's order and rate in local variables; read the log under"
                            + " target/lab/logs/ for the exception")
                    .failure(outcome.metrics());
        }
        return Verdict.pass(outcome.metrics());
    }
}
