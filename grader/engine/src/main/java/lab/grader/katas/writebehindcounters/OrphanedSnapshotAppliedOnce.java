package lab.grader.katas.writebehindcounters;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.kit.InFlight;
import lab.grader.kit.RowLock;
import lab.grader.model.CheckBody;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * A flush on A is frozen mid-way (the grader holds a row lock its UPDATE waits for), A is killed, restarted and
 * flushes again: the batch the dead flush had taken is applied exactly once.
 */
final class OrphanedSnapshotAppliedOnce implements CheckBody<CountersData> {

    static final int EVENTS = 300;
    private static final Duration FREEZE = Duration.ofSeconds(10);

    @Override
    public Verdict run(KataRun kata, CountersData data) throws Exception {
        List<Long> products = data.freshProducts(6);
        Map<Long, Long> before = ViewEvents.inDatabase(kata, products);
        List<Long> events = ViewEvents.skewed(products, EVENTS, kata.random());
        ViewEvents.send(events, List.of(kata.instance(0)));
        Optional<String> frozen;
        try (RowLock lock = RowLock.open(kata).hold("product", products.getFirst())) {
            InFlight<Response> flush = InFlight.send("flush-A", () -> CounterAdmin.flush(kata.instance(0)));
            frozen = lock.awaitWaiter(FREEZE, flush::answered);
            kata.kill(0);
        }
        kata.restart(0);
        CounterAdmin.requireFlushed(kata.instance(0));
        List<String> wrong =
                ViewEvents.wrongCounts(before, ViewEvents.tally(events), ViewEvents.inDatabase(kata, products));
        if (!wrong.isEmpty()) {
            boolean countedTwice = ViewEvents.countedTwice(wrong);
            throw ViewEvents.missing(
                    EVENTS + " views, a flush on A frozen by a row lock "
                            + (frozen.isPresent()
                                    ? "in \"" + frozen.get().strip().replaceAll("\\s+", " ") + "\""
                                    : "(it never reached the database)")
                            + ", A killed and restarted, then a flush on A: every view should be in the database,"
                            + " once.",
                    wrong,
                    EVENTS,
                    countedTwice ? 2 : 1,
                    countedTwice
                            ? "the batch was applied twice: the dead flush's statement was already in PostgreSQL and"
                                    + " went on once the lock was released (in auto-commit it commits by itself), and"
                                    + " the next flush applied the left-over batch again"
                            : "the dead flush had taken the counts out of the pending hash (RENAME, or GETDEL) and"
                                    + " nobody picks them up again",
                    countedTwice
                            ? "apply a batch in one transaction that first records its id (insert into counter_flush"
                                    + " ... on conflict do nothing), and only if that inserted a row"
                            : "at the start of each flush, look for batches a dead flush left (SCAN"
                                    + " counters:batch:*) and apply them first, once");
        }
        return Verdict.pass(Map.of("events", EVENTS, "flushFrozen", frozen.isPresent()));
    }
}
