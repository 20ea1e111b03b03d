package lab.grader.katas.boundedfanout;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 11-bounded-fan-out: a basket page needs 22 calls to three slow services (stubs the grader runs). Its
 * inventory calls, held at their stand-in's gate, must overlap 6 to 8 at a time; the page must take about its
 * slowest path; a hanging optional service must not hold it; a failing mandatory one must fail it at once. The grader
 * pins the common ForkJoinPool to 3 threads, so that a page on it fails the fan-out window on every machine.
 */
public final class BoundedFanOutGrading implements KataGrading<BasketData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "11-bounded-fan-out",
                "api-throughput",
                "Bounded fan-out",
                "lab.boundedfanout.BoundedFanOutApplication",
                1,
                List.of(
                        "-Xmx256m",
                        "-Djdk.virtualThreadScheduler.parallelism=4",
                        "-Djdk.virtualThreadScheduler.maxPoolSize=4",
                        "-Djava.util.concurrent.ForkJoinPool.common.parallelism=3"),
                Set.of("fan-out-bounded", "near-the-critical-path", "optional-call-times-out"));
    }

    @Override
    public BasketData seed(SeedContext context) throws Exception {
        return BasketSeeder.seed(context.connection(), context.seed(), context.random());
    }

    @Override
    public List<KataFixture.Factory> fixtures() {
        return BasketServices.factories();
    }

    @Override
    public List<Check<BasketData>> checks() {
        return List.of(
                new Check<>(
                        "page-correct",
                        1,
                        "The page shows this request's prices, stock and discount; bad ids get a 4xx",
                        2,
                        new PageCorrect()),
                new Check<>("fan-out-bounded", 2, "Inventory calls overlap, 6 to 8 at a time", 3, new FanOutBounded()),
                new Check<>(
                        "near-the-critical-path",
                        3,
                        "The page takes about its slowest path, not the sum of its calls",
                        2,
                        new NearTheCriticalPath()),
                new Check<>(
                        "optional-call-times-out",
                        4,
                        "A hanging promotions service does not hold the page",
                        2,
                        new OptionalCallTimesOut()),
                new Check<>(
                        "mandatory-call-fails-fast",
                        5,
                        "A failing pricing service fails the page at once",
                        2,
                        new MandatoryCallFailsFast()));
    }

    @Override
    public List<String> explorationHints(BasketData data, List<String> baseUrls) {
        String path = PageReads.path(data.baskets().getLast().id());
        return List.of(
                "curl -s " + baseUrls.getFirst() + path, "time curl -s -o /dev/null " + baseUrls.getFirst() + path);
    }
}
