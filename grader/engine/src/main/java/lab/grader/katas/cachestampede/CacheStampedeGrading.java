package lab.grader.katas.cachestampede;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 07-cache-stampede: two instances share one Redis in front of a slow pricing service (a stub the grader
 * runs). A burst for a missing category, held at the stub until every request is inside the kata, must make one
 * call, across both instances, after a first read and after expiry; a failing load must not be retried by every
 * waiting request; leases must expire and be given back.
 */
public final class CacheStampedeGrading implements KataGrading<StampedeData> {

    /** The TTL the grader gives the cached prices (as pricing.cache.ttl), so that checks can watch them expire. */
    static final Duration CACHE_TTL = Duration.ofSeconds(2);

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "07-cache-stampede",
                "caching",
                "Cache stampede",
                "lab.cachestampede.CacheStampedeApplication",
                2,
                List.of("-Xmx256m", "-Dpricing.cache.ttl=" + CACHE_TTL.toSeconds() + "s"),
                Set.of("cold-burst-single-flight", "burst-after-expiry", "failed-load-no-herd"));
    }

    @Override
    public StampedeData seed(SeedContext context) {
        return CacheStampedeSeeder.seed(context);
    }

    @Override
    public List<KataFixture.Factory> fixtures() {
        return List.of(PricingStub.factory());
    }

    @Override
    public List<Check<StampedeData>> checks() {
        return List.of(
                new Check<>(
                        "prices-correct",
                        1,
                        "Prices match the pricing service; bad ids get a 4xx",
                        2,
                        new PricesCorrect()),
                new Check<>("warm-reads", 2, "Warm reads are served by Redis", 2, new WarmReads()),
                new Check<>(
                        "cold-burst-single-flight",
                        3,
                        "A burst for a category never loaded makes one call",
                        3,
                        new ColdBurstSingleFlight()),
                new Check<>(
                        "burst-after-expiry",
                        4,
                        "A burst after the cached prices expired makes one call",
                        2,
                        new BurstAfterExpiry()),
                new Check<>(
                        "failed-load-no-herd",
                        5,
                        "A failing load is not retried by every waiting request",
                        2,
                        new FailedLoadNoHerd()),
                new Check<>(
                        "locks-expire", 6, "Leases expire within seconds and are given back", 1, new LocksExpire()));
    }

    @Override
    public List<String> explorationHints(StampedeData data, List<String> baseUrls) {
        long category = data.unknownId() - 1;
        String path = PriceAnswers.path(category);
        return List.of(
                "curl -s " + baseUrls.getFirst() + path,
                "for i in $(seq 20); do curl -s -o /dev/null -w '%{http_code} ' " + baseUrls.getLast() + path
                        + " & done; wait");
    }
}
