package lab.grader.katas.cacheaside;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 06-cache-aside: two instances share PostgreSQL and Redis; warm reads must come from Redis, every key must
 * expire, after an update commits no instance may serve the old product, and an evicted key must be reloaded.
 */
public final class CacheAsideGrading implements KataGrading<CacheAsideData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "06-cache-aside",
                "caching",
                "Cache-aside with Redis",
                "lab.cacheaside.CacheAsideApplication",
                2,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of("warm-reads-from-redis", "ttl-bounded", "reload-after-eviction"));
    }

    @Override
    public CacheAsideData seed(SeedContext context) throws Exception {
        return CacheAsideSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<CacheAsideData>> checks() {
        return List.of(
                new Check<>(
                        "product-content",
                        1,
                        "Products match the database; bad input gets a 4xx",
                        2,
                        new ProductContent()),
                new Check<>(
                        "warm-reads-from-redis",
                        2,
                        "Warm reads are served by Redis, not PostgreSQL",
                        3,
                        new WarmReadsFromRedis()),
                new Check<>("ttl-bounded", 3, "Cached products expire (a TTL of at most an hour)", 2, new TtlBounded()),
                new Check<>(
                        "no-stale-read-after-update",
                        4,
                        "No stale read after an update through the other instance",
                        3,
                        new NoStaleReadAfterUpdate()),
                new Check<>(
                        "reload-after-eviction",
                        5,
                        "An evicted product is reloaded from the database once",
                        2,
                        new ReloadAfterEviction()));
    }

    @Override
    public List<String> explorationHints(CacheAsideData data, List<String> baseUrls) {
        long id = data.products().getFirst().id();
        return List.of(
                "curl -s " + baseUrls.getFirst() + "/products/" + id,
                "curl -s -X PUT -H 'Content-Type: application/json' -d '{\"name\":\"New name\",\"price\":9.99,"
                        + "\"stock\":3}' " + baseUrls.getLast() + "/products/" + id);
    }
}
