package lab.grader.katas.virtualthreads;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 10-virtual-threads: one instance looks an order up in PostgreSQL and asks a slow carrier (a stub the grader
 * runs) for its price. A burst held at the carrier's gate must reach it nearly whole, not capped by a thread pool or
 * a connection pool, and must not cost a platform thread per request. The virtual-thread scheduler is pinned to 4
 * carrier threads, so that the thread count does not follow the machine's cores.
 */
public final class VirtualThreadsGrading implements KataGrading<ShippingData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "10-virtual-threads",
                "api-throughput",
                "Virtual threads",
                "lab.virtualthreads.VirtualThreadsApplication",
                1,
                List.of(
                        "-Xmx256m",
                        "-Djdk.virtualThreadScheduler.parallelism=4",
                        "-Djdk.virtualThreadScheduler.maxPoolSize=4"),
                Set.of("concurrency-not-capped"));
    }

    @Override
    public ShippingData seed(SeedContext context) throws Exception {
        return ShippingSeeder.seed(context.connection(), context.seed(), context.random());
    }

    @Override
    public List<KataFixture.Factory> fixtures() {
        return List.of(CarrierStub.factory());
    }

    @Override
    public List<Check<ShippingData>> checks() {
        return List.of(
                new Check<>(
                        "quotes-correct",
                        1,
                        "Quotes follow the order and the carrier; bad ids get a 4xx",
                        2,
                        new QuotesCorrect()),
                new Check<>(
                        "concurrency-not-capped",
                        2,
                        "200 requests at once reach the carrier together",
                        4,
                        new ConcurrencyNotCapped()),
                new Check<>(
                        "platform-thread-budget",
                        3,
                        "A burst does not take a platform thread per request",
                        2,
                        new PlatformThreadBudget()));
    }

    @Override
    public List<String> explorationHints(ShippingData data, List<String> baseUrls) {
        String path = QuoteAnswers.path(data.orders().getLast().id());
        return List.of(
                "curl -s " + baseUrls.getFirst() + path,
                "time (for i in $(seq 50); do curl -s -o /dev/null " + baseUrls.getFirst() + path + " & done; wait)");
    }
}
