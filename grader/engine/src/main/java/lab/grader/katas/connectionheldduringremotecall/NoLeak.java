package lab.grader.katas.connectionheldduringremotecall;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** 60 checkouts through A and B, a fifth of them declined: once all are answered, no connection is still held. */
final class NoLeak implements CheckBody<CheckoutData> {

    static final int CHECKOUTS = 60;
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(50);

    @Override
    public Verdict run(KataRun kata, CheckoutData data) throws Exception {
        Checkouts.start(Checkouts.random(data, CHECKOUTS, kata.random()), kata.instances())
                .await(Checkouts.TIMEOUT.plusSeconds(5));
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<String> held;
        do {
            held = new ArrayList<>();
            for (KataInstance instance : kata.instances()) {
                var use = instance.sql().connections();
                if (use.active() > 0 || use.pending() > 0) {
                    held.add(instance.name() + ": " + use.active() + " held, " + use.pending() + " waited for");
                }
            }
            if (held.isEmpty()) {
                return Verdict.pass(Map.of("checkouts", CHECKOUTS, "connectionsHeldAfter", 0));
            }
            Thread.sleep(POLL);
        } while (System.nanoTime() < deadline);
        throw Feedback.check(CHECKOUTS + " checkouts through A and B, all answered, should leave no database"
                        + " connection held.")
                .expected("0 connections held on each instance, " + SETTLE.toSeconds() + " s after the last answer")
                .actual(String.join("; ", held))
                .cause("a connection taken by hand (DataSource.getConnection) is not closed on some path, e.g. a"
                        + " declined payment or an exception")
                .next("let JdbcClient or a TransactionTemplate take and give back connections; if you take one by"
                        + " hand, close it in try-with-resources")
                .hint(1)
                .failure(Map.of("checkouts", CHECKOUTS));
    }
}
