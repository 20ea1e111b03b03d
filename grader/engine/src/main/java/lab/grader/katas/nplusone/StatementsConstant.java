package lab.grader.katas.nplusone;

import static lab.grader.katas.nplusone.OrderHistoryRequests.ENDPOINT;

import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;

/** Task 2: the statements of one request are the same for 5 orders as for 50, and few, but never none. */
final class StatementsConstant implements CheckBody<NPlusOneData> {

    static final int MAX_STATEMENTS = 4;

    @Override
    public Verdict run(KataRun kata, NPlusOneData data) throws Exception {
        Customer few = data.withAtLeast(5);
        Customer many = data.withAtLeast(50);
        SqlSnapshot forFive = kata.sql().measure(() -> OrderHistoryRequests.get(kata, few.id(), 5));
        SqlSnapshot forFifty = kata.sql().measure(() -> OrderHistoryRequests.get(kata, many.id(), 50));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("statementsFor5Orders", forFive.statements());
        metrics.put("statementsFor50Orders", forFifty.statements());
        metrics.put("roundTripsFor50Orders", forFifty.roundTrips());
        metrics.put("rowsReadFor50Orders", forFifty.rowsRead());
        if (forFive.statements() == 0 || forFifty.statements() == 0) {
            throw Feedback.check(ENDPOINT + " should read the orders from the database on every request, in the same"
                            + " few SQL statements for 5 orders as for 50.")
                    .expected("between 1 and " + MAX_STATEMENTS + " statements for both: a request that must show the"
                            + " current orders cannot run none")
                    .actual(forFive.statements() + " statements for 5 orders, " + forFifty.statements() + " for 50")
                    .cause("a response cache with no freshness: the orders were read once (on an earlier request or at"
                            + " start-up) and are answered from memory since, so orders placed later never show")
                    .next("drop the cache and read the orders and their lines in a few statements per request in"
                            + " OrderHistoryRepository: this kata is about loading less per request, not about not"
                            + " reading")
                    .hint(3)
                    .failure(metrics);
        }
        if (forFive.statements() != forFifty.statements() || forFifty.statements() > MAX_STATEMENTS) {
            throw Feedback.check(ENDPOINT + " should run the same number of SQL statements for 5 orders as for 50.")
                    .expected("at most " + MAX_STATEMENTS + " statements for both")
                    .actual(forFive.statements() + " statements for 5 orders, " + forFifty.statements() + " for 50."
                            + " Most frequent for 50:" + forFifty.describeMostFrequent(3))
                    .cause(
                            forFifty.statements() > forFive.statements()
                                    ? "a query inside a loop: the lines (or product names) are loaded once per order or per"
                                            + " line, or in fixed-size chunks (N+1)"
                                    : "more statements than needed, even though they do not grow")
                    .next("load the lines of all the orders in one query (a join, or `where order_id = any(?)`) in"
                            + " OrderHistoryRepository")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
