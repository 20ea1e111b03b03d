package lab.grader.katas.cacheaside;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.Measured;
import lab.grader.kit.RedisKeys;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/** A product whose keys Redis lost is loaded from the database once and cached again. */
final class ReloadAfterEviction implements CheckBody<CacheAsideData> {

    @Override
    public Verdict run(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        List<String> created = RedisKeys.createdBy(kata, () -> ProductAnswers.get(kata.instance(0), product.id()))
                .keys();
        if (created.isEmpty()) {
            throw Feedback.check("Reading product " + product.id() + " should cache it, so that an eviction can be"
                            + " simulated.")
                    .expected("a new Redis key after the first read")
                    .actual("no new key in Redis")
                    .cause("the product is not cached in Redis at all")
                    .next("cache reads in ProductCatalog.find first (task 2), then come back to this one")
                    .failure();
        }
        kata.redis().delete(created);
        Measured<JsonNode> reload = Measured.around(kata, () -> ProductAnswers.get(kata.instance(0), product.id()));
        SqlSnapshot sql = reload.sql();
        Map<String, Object> metrics = reload.metrics("reload");
        Set<String> back = new HashSet<>(kata.redis().keys());
        Optional<String> difference = ProductAnswers.difference(reload.value(), product);
        boolean recached = created.stream().anyMatch(back::contains);
        if (difference.isPresent() || sql.selects() != 1 || !recached) {
            throw Feedback.check("After its key " + created + " was evicted from Redis, product " + product.id()
                            + " should be loaded from the database once and cached again.")
                    .expected("the product unchanged, exactly 1 select, and the key back in Redis")
                    .actual("answer " + difference.orElse("unchanged") + "; " + sql.selects() + " selects"
                            + sql.describeMostFrequent(2) + "; key back in Redis: " + recached)
                    .cause(
                            !recached
                                    ? "a miss is served from the database but not written back to Redis"
                                    : sql.selects() != 1
                                            ? "the miss path queries more (or less) than the one product"
                                            : "the reloaded value differs from the database")
                    .next("on a miss in ProductCatalog.find: one query, then SET with the TTL")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
