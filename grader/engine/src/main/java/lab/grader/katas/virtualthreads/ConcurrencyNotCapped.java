package lab.grader.katas.virtualthreads;

import java.util.List;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.ConnectionUse;

/** 200 quote requests at once on one instance: the carrier must see most of them at once, not a handful. */
final class ConcurrencyNotCapped implements CheckBody<ShippingData> {

    static final int AT_LEAST = 60;

    @Override
    public Verdict run(KataRun kata, ShippingData data) throws Exception {
        QuoteBurst.Outcome outcome = QuoteBurst.send(kata, data.orders(20, QuoteBurst.REQUESTS));
        if (outcome.heldCalls() < AT_LEAST) {
            throw capped(outcome);
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

    // Say which cap the live state shows: requests stuck before the web stack (too few threads), requests inside
    // waiting for a connection (a transaction around the call), or neither (a pool or limit of the kata's own).
    private static CheckFailure capped(QuoteBurst.Outcome outcome) {
        int inside = outcome.requestsHeld().inProgress();
        ConnectionUse connections = outcome.connectionsHeld();
        Feedback feedback = Feedback.check(QuoteBurst.REQUESTS + " quote requests sent at once to the service, each"
                        + " waiting on the carrier (the grader holds the carrier's answers), should all be waiting"
                        + " there together.")
                .expected("at least " + AT_LEAST + " carrier calls in flight at once")
                .actual(outcome.heldCalls() + " in flight; " + inside + " requests inside the service, "
                        + connections.active() + " database connections held and " + connections.pending()
                        + " requests waiting for one");
        if (inside < AT_LEAST) {
            return feedback.cause("only " + inside + " requests got a thread: the rest of the burst waits for one of"
                            + " the service's few platform threads (server.tomcat.threads.max), each held by a request"
                            + " waiting on the carrier")
                    .next("serve requests on virtual threads (spring.threads.virtual.enabled=true), and remove"
                            + " server.tomcat.threads.max")
                    .hint(2)
                    .failure(outcome.metrics());
        }
        if (connections.pending() > 0) {
            return feedback.cause("the requests are inside, but every connection of the pool is held by a request"
                            + " waiting on the carrier, and the others wait for one: a transaction spans the carrier"
                            + " call")
                    .next("remove @Transactional from QuoteService.quote, so that the lookup's connection goes back"
                            + " to the pool before the carrier call (keep the pool of 6)")
                    .hint(3)
                    .failure(outcome.metrics());
        }
        return feedback.cause("the requests are inside and no one waits for a connection: something of the service's"
                        + " own lets only " + outcome.heldCalls() + " carrier calls go at once (a pool of threads or a"
                        + " semaphore of that size)")
                .next("make the carrier call on the request's own thread, with no pool or limit of your own around it")
                .hint(3)
                .failure(outcome.metrics());
    }
}
