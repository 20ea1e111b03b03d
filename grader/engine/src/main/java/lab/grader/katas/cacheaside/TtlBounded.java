package lab.grader.katas.cacheaside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.ExpiryAudit;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.RedisKeys;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Every key the service writes into Redis expires on its own, within an hour: by a read, an update or a reload. */
final class TtlBounded implements CheckBody<CacheAsideData> {

    static final long MAX_TTL_SECONDS = 3600;

    @Override
    public Verdict run(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        List<String> created = RedisKeys.createdBy(kata, () -> ProductAnswers.get(kata.instance(0), product.id()))
                .keys();
        if (created.isEmpty()) {
            throw Feedback.check("Reading product " + product.id() + " should cache it in Redis with a TTL.")
                    .expected("a new Redis key with a TTL between 1 s and " + MAX_TTL_SECONDS + " s")
                    .actual("no new key in Redis after the read")
                    .cause("the product is not cached in Redis at all")
                    .next("SET the product with an expiry (SET key value EX seconds) in ProductCatalog.find")
                    .hint(2)
                    .failure();
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        RedisKeys.ttls(kata, created).forEach((key, ttl) -> {
            metrics.put("ttlSeconds." + key, ttl);
            if (ttl < 1 || ttl > MAX_TTL_SECONDS) {
                wrong.add(key + " has TTL " + ttl + (ttl == -1 ? " (never expires)" : ""));
            }
        });
        if (!wrong.isEmpty()) {
            throw Feedback.check("Keys cached by reading product " + product.id() + " should expire.")
                    .expected("every new key with a TTL between 1 s and " + MAX_TTL_SECONDS + " s")
                    .actual(String.join("; ", wrong))
                    .cause("the value is SET without an expiry, so a missed invalidation would stay wrong forever")
                    .next("set the TTL in the same command as the value (SET ... EX, or opsForValue().set(key, value,"
                            + " ttl)) in ProductCatalog.find")
                    .hint(3)
                    .failure(metrics);
        }
        return everyKeyExpires(kata, product, created, metrics);
    }

    // A key written elsewhere than by a read (a PUT that writes back, a helper set of ids) must expire too: look at
    // every key in Redis after each step of a read, an update, a read, an eviction and a reload.
    private static Verdict everyKeyExpires(
            KataRun kata, Product product, List<String> readKeys, Map<String, Object> metrics) throws Exception {
        ExpiryAudit audit = new ExpiryAudit(MAX_TTL_SECONDS);
        audit.before(kata);
        Product wanted = ProductAnswers.renamed(product, kata.seed());
        String put = "PUT /products/" + product.id() + " on instance B";
        audit.step(
                kata,
                put,
                () -> HttpAnswers.json(
                        ProductAnswers.put(kata.instance(1), wanted),
                        200,
                        put,
                        "validate, update, answer the stored product"));
        String read = "GET /products/" + product.id() + " on instance A";
        audit.step(kata, read, () -> ProductAnswers.get(kata.instance(0), product.id()));
        kata.redis().delete(readKeys);
        String reload = "GET /products/" + product.id() + " on instance B after the grader deleted " + readKeys;
        audit.step(kata, reload, () -> ProductAnswers.get(kata.instance(1), product.id()));
        List<String> offenders = audit.offenders();
        metrics.put("keysLookedAt", audit.keysLookedAt());
        metrics.put("keysWithoutExpiry", offenders.size());
        if (!offenders.isEmpty()) {
            throw Feedback.check("Every key the service writes to Redis should expire, whichever request wrote it.")
                    .expected("after each read, update and reload of product " + product.id()
                            + ", every key in Redis with a TTL between 1 s and " + MAX_TTL_SECONDS + " s")
                    .actual(String.join("\n", offenders))
                    .cause(
                            "a write other than the read's SET gives no expiry: a write-back on update, or a helper"
                                    + " key such as a set of cached ids (a plain SET also drops the TTL of the key it replaces)")
                    .next("give every key ProductCatalog writes a TTL in the command that writes it (SET ... EX,"
                            + " opsForValue().set(key, value, ttl)); do without helper keys: Redis already knows"
                            + " which keys exist")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
