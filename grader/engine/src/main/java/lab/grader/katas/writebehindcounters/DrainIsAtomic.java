package lab.grader.katas.writebehindcounters;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.kit.InFlight;
import lab.grader.kit.RowLock;
import lab.grader.model.CheckBody;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.Burst;

/**
 * Flushes on A and B at once, both frozen by a row lock the grader holds, while 200 more views come in; once the
 * lock goes and a final flush has run, every view is in the database exactly once: none lost, none counted twice.
 */
final class DrainIsAtomic implements CheckBody<CountersData> {

    static final int EVENTS = 400;
    static final int DURING = 200;
    private static final Duration FREEZE = Duration.ofSeconds(10);
    private static final Duration ANSWER = Duration.ofSeconds(20);

    @Override
    public Verdict run(KataRun kata, CountersData data) throws Exception {
        List<Long> products = data.freshProducts(10);
        Map<Long, Long> before = ViewEvents.inDatabase(kata, products);
        List<Long> first = ViewEvents.skewed(products, EVENTS, kata.random());
        List<Long> during = ViewEvents.skewed(products, DURING, kata.random());
        ViewEvents.send(first, kata.instances());
        int frozen;
        Burst late;
        InFlight<Response> flushA;
        InFlight<Response> flushB;
        try (RowLock lock = RowLock.open(kata).hold("product", products.getFirst())) {
            flushA = InFlight.send("flush-A", () -> CounterAdmin.flush(kata.instance(0)));
            lock.awaitWaiter(FREEZE, flushA::answered);
            flushB = InFlight.send("flush-B", () -> CounterAdmin.flush(kata.instance(1)));
            frozen = lock.awaitWaiters(2, FREEZE, () -> flushA.answered() && flushB.answered());
            late = ViewEvents.start(during, kata.instances());
        }
        flushA.await(ANSWER);
        flushB.await(ANSWER);
        ViewEvents.awaitAccepted(late);
        CounterAdmin.requireFlushed(kata.instance(0));
        List<Long> all = new ArrayList<>(first);
        all.addAll(during);
        List<String> wrong =
                ViewEvents.wrongCounts(before, ViewEvents.tally(all), ViewEvents.inDatabase(kata, products));
        if (!wrong.isEmpty()) {
            boolean countedTwice = ViewEvents.countedTwice(wrong);
            throw ViewEvents.missing(
                    EVENTS + " views, then flushes on A and B at once (" + frozen + " statements frozen by a row lock"
                            + " the grader held), " + DURING + " more views meanwhile, the lock released, a final"
                            + " flush: every view should be in the database exactly once.",
                    wrong,
                    EVENTS + DURING,
                    countedTwice ? 2 : 3,
                    countedTwice
                            ? "both flushes applied the same batch: one took it, the other found it while it was still"
                                    + " being applied and applied it too"
                            : "views that came during the flush were dropped: the pending counts were read and then"
                                    + " deleted or zeroed, in two steps",
                    "record each batch's id in the transaction that applies it (insert into counter_flush ... on"
                            + " conflict do nothing) and apply it only if that insert did; move pending counts with one"
                            + " RENAME");
        }
        return Verdict.pass(Map.of("events", EVENTS + DURING, "statementsFrozen", frozen));
    }
}
