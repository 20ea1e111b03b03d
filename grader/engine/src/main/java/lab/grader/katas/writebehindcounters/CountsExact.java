package lab.grader.katas.writebehindcounters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** 1,200 views sent at once through A and B, then a flush: the database and /stats count every one, no more. */
final class CountsExact implements CheckBody<CountersData> {

    static final int EVENTS = 1_200;
    private static final int PRODUCTS = 24;

    @Override
    public Verdict run(KataRun kata, CountersData data) throws Exception {
        List<Long> products = data.freshProducts(PRODUCTS);
        Map<Long, Long> before = ViewEvents.inDatabase(kata, products);
        List<Long> events = ViewEvents.skewed(products, EVENTS, kata.random());
        Map<Long, Long> sent = ViewEvents.tally(events);
        ViewEvents.send(events, kata.instances());
        CounterAdmin.requireFlushed(kata.instance(0));
        List<String> wrong = ViewEvents.wrongCounts(before, sent, ViewEvents.inDatabase(kata, products));
        if (!wrong.isEmpty()) {
            throw ViewEvents.missing(
                    EVENTS + " views of " + PRODUCTS + " products, sent at once through A and B, then a flush on A,"
                            + " should all be in the database.",
                    wrong,
                    EVENTS,
                    1,
                    "views are lost between two increments (a read-modify-write instead of an atomic increment), or"
                            + " the flush misses what the other instance counted",
                    "count with an atomic increment (HINCRBY) where both instances count, and flush all of it");
        }
        List<String> stats = new ArrayList<>();
        for (long product : products.subList(0, 4)) {
            long expected = before.get(product) + sent.getOrDefault(product, 0L);
            for (var instance : kata.instances()) {
                long shown = CounterAdmin.statsViews(instance, product);
                if (shown != expected) {
                    stats.add(
                            "product " + product + " on " + instance.name() + ": " + shown + ", expected " + expected);
                }
            }
        }
        if (!stats.isEmpty()) {
            throw Feedback.check("After the flush, GET /products/{id}/stats should show every view.")
                    .expected("the database's count, on both instances")
                    .actual(String.join("; ", stats))
                    .cause("stats add pending counts that were already written, or miss some")
                    .next("stats = the database's count + what is still pending (and not yet applied)")
                    .hint(2)
                    .failure(Map.of("eventsSent", EVENTS));
        }
        return Verdict.pass(Map.of("eventsSent", EVENTS, "products", PRODUCTS));
    }
}
