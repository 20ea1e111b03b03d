package lab.grader.katas.virtualthreads;

import java.util.List;
import lab.grader.katas.virtualthreads.ShippingData.Order;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * A burst of 200 requests held at the carrier's gate, in a kata process started afresh: while they wait, its live
 * platform threads may grow by a few, not by one per waiting request. The JVM counts them (virtual threads are not
 * among them), and the grader pins the virtual-thread scheduler's carriers. A fresh process, because the threads a
 * pool started for an earlier burst live on idle for a minute, and would hide a pool that grows with the load.
 */
final class PlatformThreadBudget implements CheckBody<ShippingData> {

    static final int MOST_GROWTH = 60;

    @Override
    public Verdict run(KataRun kata, ShippingData data) throws Exception {
        kata.restart(0);
        List<Order> orders = data.orders(240, QuoteBurst.REQUESTS + 1);
        // One request first, so that what the first request starts once (and never again) is not counted.
        kata.instance(0).http().get(QuoteAnswers.path(orders.getFirst().id()));
        QuoteBurst.Outcome outcome = QuoteBurst.send(kata, orders.subList(1, orders.size()));
        if (outcome.threadGrowth() > MOST_GROWTH) {
            throw Feedback.check(QuoteBurst.REQUESTS + " quote requests at once to the service (restarted first),"
                            + " waiting on the carrier, should not each take a platform thread.")
                    .expected("the kata's platform threads up by at most " + MOST_GROWTH + " while they wait")
                    .actual("up by " + outcome.threadGrowth() + ": "
                            + outcome.threadsBefore().live() + " before, "
                            + outcome.threadsHeld().peak() + " at the peak while the requests waited")
                    .cause("requests run on a pool of platform threads (server.tomcat.threads.max raised instead of"
                            + " virtual threads), or the carrier calls are handed to a pool of platform threads that"
                            + " grows with them")
                    .next("serve requests on virtual threads (spring.threads.virtual.enabled=true), and make the"
                            + " carrier call on the request's own thread")
                    .hint(2)
                    .failure(outcome.metrics());
        }
        return Verdict.pass(outcome.metrics());
    }
}
