package lab.grader.katas.connectionheldduringremotecall;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 12-connection-held-during-remote-call: two instances, each with a pool of three connections, take orders
 * and charge them at a slow payment provider (a stub the grader runs). A burst held at the provider's gate must
 * reach it nearly whole; connections must be held for the statements only, never across the call; the PENDING
 * order must be committed before the money moves; nothing may leak.
 */
public final class ConnectionHeldDuringRemoteCallGrading implements KataGrading<CheckoutData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "12-connection-held-during-remote-call",
                "api-throughput",
                "Connection held during a remote call",
                "lab.connectionheldduringremotecall.CheckoutApplication",
                2,
                List.of(
                        "-Xmx256m",
                        "-Djdk.virtualThreadScheduler.parallelism=4",
                        "-Djdk.virtualThreadScheduler.maxPoolSize=4"),
                Set.of("payments-in-parallel", "connection-hold-time", "committed-before-the-call"));
    }

    @Override
    public CheckoutData seed(SeedContext context) throws Exception {
        return CheckoutSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<KataFixture.Factory> fixtures() {
        return List.of(PaymentStub.factory());
    }

    @Override
    public List<Check<CheckoutData>> checks() {
        return List.of(
                new Check<>(
                        "orders-correct",
                        1,
                        "Orders follow the prices and the payments; bad checkouts get a 4xx",
                        2,
                        new OrdersCorrect()),
                new Check<>(
                        "payments-in-parallel",
                        2,
                        "150 checkouts at once reach the provider together",
                        3,
                        new PaymentsInParallel()),
                new Check<>(
                        "connection-hold-time",
                        3,
                        "Connections are held for statements, not for the call",
                        3,
                        new ConnectionHoldTime()),
                new Check<>(
                        "committed-before-the-call",
                        4,
                        "The order is committed, and no connection held, while the payment runs",
                        3,
                        new CommittedBeforeTheCall()),
                new Check<>("no-leak", 5, "No connection is left held after a burst", 1, new NoLeak()));
    }

    @Override
    public List<String> explorationHints(CheckoutData data, List<String> baseUrls) {
        String body = "'{\"productId\":" + data.products().getFirst().id() + ",\"quantity\":2}'";
        return List.of(
                "curl -s -H 'Content-Type: application/json' -d " + body + " " + baseUrls.getFirst() + "/orders",
                "for i in $(seq 20); do curl -s -o /dev/null -w '%{http_code} ' -H 'Content-Type: application/json' -d "
                        + body + " " + baseUrls.getLast() + "/orders & done; wait");
    }
}
