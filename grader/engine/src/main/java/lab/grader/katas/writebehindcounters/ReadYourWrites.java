package lab.grader.katas.writebehindcounters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Views sent through A show in /stats on A and B at once, before any flush. */
final class ReadYourWrites implements CheckBody<CountersData> {

    static final int EVENTS = 40;

    @Override
    public Verdict run(KataRun kata, CountersData data) throws Exception {
        List<Long> products = data.freshProducts(2);
        Map<Long, Long> before = ViewEvents.inDatabase(kata, products);
        List<Long> events = ViewEvents.skewed(products, EVENTS, kata.random());
        Map<Long, Long> sent = ViewEvents.tally(events);
        ViewEvents.send(events, List.of(kata.instance(0)));
        List<String> wrong = new ArrayList<>();
        for (long product : products) {
            long expected = before.get(product) + sent.getOrDefault(product, 0L);
            for (KataInstance instance : kata.instances()) {
                long shown = CounterAdmin.statsViews(instance, product);
                if (shown != expected) {
                    wrong.add(
                            "product " + product + " on " + instance.name() + ": " + shown + ", expected " + expected);
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw Feedback.check(EVENTS + " views sent through A should show in GET /products/{id}/stats on both"
                            + " instances before any flush.")
                    .expected("the database's count plus the views still pending")
                    .actual(String.join("; ", wrong))
                    .cause(
                            wrong.stream().anyMatch(line -> line.contains(" on B:"))
                                    ? "the pending counts live in each JVM, so B never sees A's"
                                    : "stats read only the database, which has not been flushed yet")
                    .next("stats = the database's count + the pending count in Redis (HGET counters:pending <id>)"
                            + " + any batch being flushed")
                    .hint(1)
                    .failure(Map.of("events", EVENTS));
        }
        return Verdict.pass(Map.of("events", EVENTS));
    }
}
