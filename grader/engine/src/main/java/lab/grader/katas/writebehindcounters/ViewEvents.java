package lab.grader.katas.writebehindcounters;

import java.net.http.HttpRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;

/** Page views sent to the kata, and the counts the database holds, to compare them with. */
final class ViewEvents {

    // A burst at a time: enough to run concurrently, few enough for the kata's accept queue.
    private static final int AT_ONCE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private ViewEvents() {}

    /** {@code total} views, half of them on the first three products (hot rows), the rest spread over the others. */
    static List<Long> skewed(List<Long> products, int total, RandomGenerator random) {
        List<Long> events = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            events.add(
                    random.nextBoolean()
                            ? products.get(random.nextInt(Math.min(3, products.size())))
                            : products.get(random.nextInt(products.size())));
        }
        return events;
    }

    /** How many views each product gets from these events. */
    static Map<Long, Long> tally(List<Long> events) {
        Map<Long, Long> tally = new TreeMap<>();
        events.forEach(id -> tally.merge(id, 1L, Long::sum));
        return tally;
    }

    /** Send the views at once, a burst at a time, through the given instances in turn; every one must be a 202. */
    static void send(List<Long> events, List<KataInstance> through) throws Exception {
        for (int from = 0; from < events.size(); from += AT_ONCE) {
            awaitAccepted(start(events.subList(from, Math.min(events.size(), from + AT_ONCE)), through));
        }
    }

    /** Start sending the views at once without waiting for them, e.g. while the grader holds a row lock. */
    static Burst start(List<Long> events, List<KataInstance> through) {
        return new LoadDriver(TIMEOUT)
                .burst(
                        events.size(),
                        i -> HttpRequest.newBuilder(through.get(i % through.size())
                                        .baseUri()
                                        .resolve("/products/" + events.get(i) + "/views"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build());
    }

    static void awaitAccepted(Burst burst) throws Exception {
        List<BurstAnswer> answers = burst.await(TIMEOUT.plusSeconds(5));
        Map<Integer, Long> statuses = Burst.statusCounts(answers);
        if (statuses.size() != 1 || !statuses.containsKey(202)) {
            BurstAnswer first = answers.stream()
                    .filter(answer -> answer.status() != 202)
                    .findFirst()
                    .orElseThrow();
            throw Feedback.check("Every POST /products/{id}/views should be accepted.")
                    .expected(answers.size() + " x HTTP 202")
                    .actual("statuses " + statuses + "; the first other: HTTP " + first.status() + " "
                            + (first.answered() ? first.body() : first.failure()))
                    .cause("recording a view fails, or waits so long that the request times out")
                    .next("read the kata's log under target/lab/logs/ for the exception")
                    .kataServerError(statuses.keySet().stream().anyMatch(status -> status >= 500))
                    .failure();
        }
    }

    /** The views the database holds for each product now. */
    static Map<Long, Long> inDatabase(KataRun kata, List<Long> products) throws SQLException {
        Map<Long, Long> views = new LinkedHashMap<>();
        try (PreparedStatement select =
                kata.database().prepareStatement("select id, views from product where id = any(?) order by id")) {
            select.setArray(1, kata.database().createArrayOf("bigint", products.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    views.put(row.getLong(1), row.getLong(2));
                }
            }
        }
        return views;
    }

    /** The products whose count in the database is not the count before plus the views sent, described. */
    static List<String> wrongCounts(Map<Long, Long> before, Map<Long, Long> sent, Map<Long, Long> after) {
        List<String> wrong = new ArrayList<>();
        before.forEach((id, was) -> {
            long expected = was + sent.getOrDefault(id, 0L);
            long actual = after.getOrDefault(id, -1L);
            if (actual != expected) {
                wrong.add("product " + id + ": " + actual + " views, expected " + expected + " (" + was + " + "
                        + sent.getOrDefault(id, 0L) + ")");
            }
        });
        return wrong;
    }

    static CheckFailure missing(String what, List<String> wrong, long sent, int hint, String cause, String next) {
        return Feedback.check(what)
                .expected("every product's views in the database up by exactly the views sent (" + sent + " in all)")
                .actual(wrong.size() + " products differ: "
                        + String.join("; ", wrong.subList(0, Math.min(4, wrong.size()))))
                .cause(cause)
                .next(next)
                .hint(hint)
                .failure(Map.of("eventsSent", sent, "productsWrong", wrong.size()));
    }

    /** Whether a product of {@link #wrongCounts} has more views than expected: something was applied twice. */
    static boolean countedTwice(List<String> wrong) {
        // "product 42: 130 views, expected 120 (100 + 20)"
        return wrong.stream().anyMatch(line -> {
            String[] words = line.split("[: ,()]+");
            return Long.parseLong(words[2]) > Long.parseLong(words[5]);
        });
    }
}
