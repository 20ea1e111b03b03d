package lab.grader.katas.writebehindcounters;

import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** 500 views accepted by B, then B is killed ({@code kill -9}); a flush on A still writes every one. */
final class CrashLosesNothing implements CheckBody<CountersData> {

    static final int EVENTS = 500;

    @Override
    public Verdict run(KataRun kata, CountersData data) throws Exception {
        List<Long> products = data.freshProducts(8);
        Map<Long, Long> before = ViewEvents.inDatabase(kata, products);
        List<Long> events = ViewEvents.skewed(products, EVENTS, kata.random());
        ViewEvents.send(events, List.of(kata.instance(1)));
        kata.kill(1);
        try {
            CounterAdmin.requireFlushed(kata.instance(0));
            List<String> wrong =
                    ViewEvents.wrongCounts(before, ViewEvents.tally(events), ViewEvents.inDatabase(kata, products));
            if (!wrong.isEmpty()) {
                throw ViewEvents.missing(
                        EVENTS + " views accepted by B (202), then B killed with kill -9, then a flush on A, should"
                                + " all be in the database.",
                        wrong,
                        EVENTS,
                        1,
                        "the views were counted in B's memory (a map, an AtomicLong) and died with it: a 202 promised"
                                + " something the service could not keep",
                        "count where the view survives the process: in Redis, with HINCRBY, before answering 202");
            }
        } finally {
            kata.restart(1);
        }
        return Verdict.pass(Map.of("eventsAcceptedByB", EVENTS));
    }
}
