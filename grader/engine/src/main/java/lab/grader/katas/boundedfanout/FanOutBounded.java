package lab.grader.katas.boundedfanout;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.boundedfanout.BasketData.Basket;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * One page of 20 lines, its inventory calls held at the inventory stand-in's gate: the calls waiting there at once
 * show the page's fan-out, between 6 and 8 (the inventory team's limit is 8 per page). One at a time is a sequential
 * loop; 20 is no limit.
 */
final class FanOutBounded implements CheckBody<BasketData> {

    static final int AT_LEAST = 6;
    static final int AT_MOST = 8;
    private static final Duration SETTLED_AFTER = Duration.ofSeconds(1);
    private static final Duration MOST_SETTLE = Duration.ofSeconds(8);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Override
    public Verdict run(KataRun kata, BasketData data) throws Exception {
        BasketServices services = BasketServices.of(kata);
        Basket basket = data.basket(3);
        services.resetCounts();
        int held;
        List<BurstAnswer> answers;
        services.inventory().hold();
        try {
            var page = PageReads.start(kata.instance(0), basket.id(), TIMEOUT);
            held = services.inventory().awaitInFlightSettled(basket.lines().size(), SETTLED_AFTER, MOST_SETTLE);
            services.inventory().release();
            answers = page.await(TIMEOUT.plusSeconds(5));
        } finally {
            services.inventory().release();
        }
        int most = Math.max(held, services.inventory().maxConcurrentCalls());
        BurstAnswer answer = answers.getFirst();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("inventoryCallsAtOnceWhileHeld", held);
        metrics.put("inventoryCallsAtOnceAtMost", most);
        metrics.put("inventoryCalls", services.inventory().calls());
        if (!answer.answered()) {
            throw Feedback.check("A basket page whose inventory calls the grader held for a moment should answer once"
                            + " they are let go.")
                    .expected("an answer within " + TIMEOUT.toSeconds() + " s")
                    .actual("no answer (" + answer.failure() + "), "
                            + services.inventory().calls() + " inventory calls made, " + most + " at most at once")
                    .cause("the page hangs: a deadlock, e.g. permits of a Semaphore taken by calls on a pool whose"
                            + " few threads then wait for each other (the common ForkJoinPool)")
                    .next("run the calls on an executor of virtual threads of the request's own; to see a hang, run"
                            + " with -Dlab.explore and take a thread dump: jcmd <pid> Thread.print")
                    .hint(1)
                    .failure(metrics);
        }
        if (most < AT_LEAST) {
            throw outsideTheWindow(basket, most, held)
                    .cause("the calls are made one after another, or on a pool of fewer threads than the limit")
                    .next("start each line's call on a virtual thread of the request's own executor, and bound them"
                            + " with a Semaphore of 8")
                    .hint(1)
                    .failure(metrics);
        }
        if (most > AT_MOST) {
            throw outsideTheWindow(basket, most, held)
                    .cause("every line's call starts at once: nothing bounds them to " + AT_MOST + " (the common"
                            + " ForkJoinPool, under CompletableFuture.supplyAsync without an executor, adds a thread"
                            + " for each call that blocks, so its size bounds nothing)")
                    .next("acquire a permit of a Semaphore of 8 (one per page) around each inventory call")
                    .hint(2)
                    .failure(metrics);
        }
        Optional<String> wrong = answer.answered() && answer.status() == 200
                ? PageReads.difference(answer.body(), data, basket, services, true)
                : Optional.of(PageReads.describe(answer));
        if (wrong.isPresent()) {
            throw Feedback.check("The page whose inventory calls were held should be right once they answer.")
                    .expected("HTTP 200 with basket " + basket.id() + "'s lines, stock, discount and total")
                    .actual(wrong.get())
                    .cause(
                            answer.status() == 503
                                    ? "a call behind the page failed: an inventory call held by the grader for about a second"
                                            + " timed out (a read timeout of 1 s or less on a mandatory call)"
                                    : "a line's answer is put on another line, or a call that waited for a permit is lost")
                    .next(PageReads.SEE_THE_LOG)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static Feedback outsideTheWindow(Basket basket, int most, int held) {
        return Feedback.check("A basket page of " + basket.lines().size() + " lines should overlap its inventory"
                        + " calls, never more than " + AT_MOST + " at once (the inventory team's limit).")
                .expected("between " + AT_LEAST + " and " + AT_MOST + " inventory calls in flight at once")
                .actual(most + " at most (" + held + " waiting at once while the grader held their answers)");
    }
}
