package lab.grader.katas.writebehindcounters;

import java.util.List;
import java.util.Map;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;

/** 300 views and one flush cost the database at most 10 round trips and 3 commits, whatever the number of views. */
final class DatabaseWritesBounded implements CheckBody<CountersData> {

    static final int EVENTS = 300;
    static final long MOST_ROUND_TRIPS = 10;
    static final long MOST_COMMITS = 3;
    private static final int PRODUCTS = 24;

    @Override
    public Verdict run(KataRun kata, CountersData data) throws Exception {
        List<Long> products = data.freshProducts(PRODUCTS);
        Map<Long, Long> before = ViewEvents.inDatabase(kata, products);
        List<Long> events = ViewEvents.skewed(products, EVENTS, kata.random());
        Measured<Void> work = Measured.around(kata, () -> {
            ViewEvents.send(events, kata.instances());
            CounterAdmin.requireFlushed(kata.instance(1));
            return null;
        });
        SqlSnapshot sql = work.sql();
        Map<String, Object> metrics = work.metrics("eventsAndFlush");
        List<String> wrong =
                ViewEvents.wrongCounts(before, ViewEvents.tally(events), ViewEvents.inDatabase(kata, products));
        if (!wrong.isEmpty()) {
            throw ViewEvents.missing(
                    EVENTS + " views and a flush on B should all be in the database.",
                    wrong,
                    EVENTS,
                    2,
                    "the flush writes only part of what was counted",
                    "apply every pending count in the flush");
        }
        if (sql.roundTrips() > MOST_ROUND_TRIPS || sql.commits() > MOST_COMMITS) {
            throw Feedback.check(EVENTS + " views of " + PRODUCTS + " products through A and B, then one flush, should"
                            + " write to PostgreSQL in a handful of statements, not one per view or per product.")
                    .expected("at most " + MOST_ROUND_TRIPS + " round trips and " + MOST_COMMITS + " commits, A and B"
                            + " together")
                    .actual(sql.roundTrips() + " round trips, " + sql.commits() + " commits"
                            + sql.describeMostFrequent(2))
                    .cause(
                            sql.roundTrips() >= EVENTS
                                    ? "every view is its own UPDATE (and commit): the hot rows' locks are a queue"
                                    : "the flush writes one UPDATE per product instead of one for all of them")
                    .next(
                            sql.roundTrips() >= EVENTS
                                    ? "count views in Redis (HINCRBY counters:pending <id> 1) and write them in the"
                                            + " flush, in ViewCounter"
                                    : "apply the whole batch in one statement: update product p set views = p.views +"
                                            + " d.delta from unnest(?::bigint[], ?::bigint[]) as d(id, delta) where"
                                            + " p.id = d.id")
                    .hint(sql.roundTrips() >= EVENTS ? 1 : 3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
