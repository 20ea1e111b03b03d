package lab.grader.katas.cacheaside;

import static lab.grader.katas.cacheaside.ProductAnswers.README;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.Check;
import lab.grader.model.Feedback;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.SeedContext;
import lab.grader.model.Verdict;
import lab.grader.probes.RedisActivity;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/**
 * Grade 06-cache-aside: two instances share PostgreSQL and Redis; warm reads must come from Redis, keys must
 * expire, an update through one instance must never leave the other serving the old product, and an evicted key
 * must be reloaded.
 */
public final class CacheAsideGrading implements KataGrading<CacheAsideData> {

    static final int WARM_READS = 10;
    static final long MAX_TTL_SECONDS = 3600;

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
                        this::productContent),
                new Check<>(
                        "warm-reads-from-redis",
                        2,
                        "Warm reads are served by Redis, not PostgreSQL",
                        3,
                        this::warmReadsFromRedis),
                new Check<>("ttl-bounded", 3, "Cached products expire (a TTL of at most an hour)", 2, this::ttlBounded),
                new Check<>(
                        "no-stale-read-after-update",
                        4,
                        "No stale read after an update through the other instance",
                        3,
                        this::noStaleReadAfterUpdate),
                new Check<>(
                        "reload-after-eviction",
                        5,
                        "An evicted product is reloaded from the database once",
                        2,
                        this::reloadAfterEviction));
    }

    @Override
    public List<String> explorationHints(CacheAsideData data, List<String> baseUrls) {
        long id = data.products().getFirst().id();
        return List.of(
                "curl -s " + baseUrls.getFirst() + "/products/" + id,
                "curl -s -X PUT -H 'Content-Type: application/json' -d '{\"name\":\"New name\",\"price\":9.99,"
                        + "\"stock\":3}' " + baseUrls.getLast() + "/products/" + id);
    }

    private Verdict productContent(KataRun kata, CacheAsideData data) throws Exception {
        for (int i = 0; i < 6; i++) {
            KataInstance instance = kata.instance(i % 2);
            Product product = data.fresh();
            requireSame(
                    kata,
                    instance,
                    product.id(),
                    "GET /products/" + product.id() + " on instance " + instance.name()
                            + " should return the product as the database holds it.");
        }
        Response unknown = kata.instance(0).http().get("/products/" + data.unknownId());
        HttpAnswers.requireStatus(
                unknown,
                404,
                "GET /products/" + data.unknownId() + " (no such product)",
                "answer 404 when the repository finds nothing -- task 1 of " + README);
        Product target = data.fresh();
        Map<String, String> badBodies = new LinkedHashMap<>();
        badBodies.put("a negative price", "{\"name\":\"Lamp\",\"price\":-1,\"stock\":3}");
        badBodies.put("a blank name", "{\"name\":\" \",\"price\":9.99,\"stock\":3}");
        badBodies.put("no stock", "{\"name\":\"Lamp\",\"price\":9.99}");
        badBodies.put("malformed JSON", "{\"name\":");
        for (Map.Entry<String, String> bad : badBodies.entrySet()) {
            Response response = kata.instance(1)
                    .http()
                    .contentType(ContentType.JSON)
                    .body(bad.getValue())
                    .put("/products/" + target.id());
            HttpAnswers.requireStatus(
                    response,
                    400,
                    "PUT /products/" + target.id() + " with " + bad.getKey() + " (" + bad.getValue() + ")",
                    "validate the body and answer 400 with a ProblemDetail -- task 1 of " + README);
        }
        Product after = ProductAnswers.inDatabase(kata, target.id());
        if (!after.equals(target)) {
            throw Feedback.check("A rejected PUT /products/" + target.id() + " must leave the product unchanged.")
                    .expected(ProductAnswers.describe(target))
                    .actual(ProductAnswers.describe(after))
                    .cause("the update runs before the body is validated")
                    .next("validate first, then write -- task 1 of " + README)
                    .failure();
        }
        return Verdict.pass(Map.of("productsChecked", 6, "badRequestsChecked", badBodies.size()));
    }

    private Verdict warmReadsFromRedis(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        requireSame(
                kata,
                kata.instance(0),
                product.id(),
                "The first (cold) read of product " + product.id() + " should return it as the database holds it.");
        List<String> problems = new ArrayList<>();
        SqlSnapshot[] sql = new SqlSnapshot[1];
        RedisActivity redis = kata.redis()
                .measure(() -> sql[0] = kata.sql().measure(() -> {
                    for (int i = 0; i < WARM_READS; i++) {
                        KataInstance instance = kata.instance(i % 2);
                        Optional<String> difference =
                                ProductAnswers.difference(ProductAnswers.get(instance, product.id()), product);
                        difference.ifPresent(d -> problems.add("instance " + instance.name() + ": " + d));
                    }
                }));
        Map<String, Object> metrics = new LinkedHashMap<>(sql[0].metrics());
        metrics.putAll(redis.metrics());
        if (!problems.isEmpty()) {
            throw Feedback.check("Warm reads of product " + product.id() + " should return it unchanged.")
                    .expected(ProductAnswers.describe(product))
                    .actual(String.join("; ", problems))
                    .cause("the cached value is serialized or read back incompletely")
                    .next("store the whole product as JSON and read it back with the same mapper -- task 2 of "
                            + README)
                    .failure(metrics);
        }
        if (sql[0].statements() > 0 || redis.hits() < WARM_READS) {
            throw Feedback.check(WARM_READS + " warm reads of product " + product.id() + " through instances A and B"
                            + " should be served by Redis without touching PostgreSQL.")
                    .expected("0 SQL statements and at least " + WARM_READS + " Redis keyspace hits")
                    .actual(sql[0].statements() + " SQL statements (A and B together)" + sql[0].describeMostFrequent(2)
                            + "\nRedis: " + redis.describe())
                    .cause(
                            redis.totalCommands() == 0
                                    ? "nothing is cached in Redis: every read goes to the database"
                                    : redis.hits() < WARM_READS
                                            ? "the value is cached somewhere other than Redis, or under a key the other"
                                                    + " instance never finds"
                                            : "the database is queried even when Redis has the product")
                    .next("in ProductCatalog, look the product up in Redis first and go to the database only on a"
                            + " miss -- task 2 of " + README + ", hint 1")
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict ttlBounded(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        List<String> created = keysCreatedBy(kata, () -> ProductAnswers.get(kata.instance(0), product.id()));
        if (created.isEmpty()) {
            throw Feedback.check("Reading product " + product.id() + " should cache it in Redis with a TTL.")
                    .expected("a new Redis key with a TTL between 1 s and " + MAX_TTL_SECONDS + " s")
                    .actual("no new key in Redis after the read")
                    .cause("the product is not cached in Redis at all")
                    .next("SET the product with an expiry (SET key value EX seconds) -- task 3 of " + README)
                    .failure();
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String key : created) {
            long ttl = kata.redis().ttlSeconds(key);
            metrics.put("ttlSeconds." + key, ttl);
            if (ttl < 1 || ttl > MAX_TTL_SECONDS) {
                wrong.add(key + " has TTL " + ttl + (ttl == -1 ? " (never expires)" : ""));
            }
        }
        if (!wrong.isEmpty()) {
            throw Feedback.check("Keys cached by reading product " + product.id() + " should expire.")
                    .expected("every new key with a TTL between 1 s and " + MAX_TTL_SECONDS + " s")
                    .actual(String.join("; ", wrong))
                    .cause("the value is SET without an expiry, so a missed invalidation would stay wrong forever")
                    .next("set the TTL in the same command as the value (SET ... EX, or opsForValue().set(key, value,"
                            + " ttl)) -- task 3 of " + README)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private Verdict noStaleReadAfterUpdate(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        for (int i = 0; i < 4; i++) {
            ProductAnswers.get(kata.instance(i % 2), product.id());
        }
        Product wanted = ProductAnswers.renamed(product, kata.seed());
        String body = "{\"name\":\"" + wanted.name() + "\",\"price\":" + wanted.price() + ",\"stock\":" + wanted.stock()
                + "}";
        String put = "PUT /products/" + product.id() + " on instance B";
        JsonNode updated = HttpAnswers.json(
                kata.instance(1).http().contentType(ContentType.JSON).body(body).put("/products/" + product.id()),
                200,
                put,
                "task 4 of " + README);
        Optional<String> putDifference = ProductAnswers.difference(updated, wanted);
        if (putDifference.isPresent()
                || !ProductAnswers.inDatabase(kata, product.id()).equals(wanted)) {
            throw Feedback.check(put + " should store and return the new values.")
                    .expected(ProductAnswers.describe(wanted))
                    .actual("answer: " + putDifference.orElse("as expected") + "; database: "
                            + ProductAnswers.describe(ProductAnswers.inDatabase(kata, product.id())))
                    .cause("the update is not written, or the answer is built from the old product")
                    .next("task 4 of " + README)
                    .failure();
        }
        List<String> stale = new ArrayList<>();
        for (KataInstance instance : kata.instances()) {
            ProductAnswers.difference(ProductAnswers.get(instance, product.id()), wanted)
                    .ifPresent(d -> stale.add("instance " + instance.name() + ": " + d));
        }
        if (!stale.isEmpty()) {
            throw Feedback.check("After " + put + ", both instances should serve the new product.")
                    .expected(ProductAnswers.describe(wanted) + " from A and from B")
                    .actual(String.join("; ", stale))
                    .cause("the cached copy is not invalidated on update, or each instance caches in its own memory")
                    .next("after the database write, DEL the product's key in Redis (shared by both instances) --"
                            + " task 4 of " + README + ", hint 2")
                    .failure(Map.of("staleInstances", stale.size()));
        }
        return Verdict.pass(Map.of("staleInstances", 0));
    }

    private Verdict reloadAfterEviction(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        List<String> created = keysCreatedBy(kata, () -> ProductAnswers.get(kata.instance(0), product.id()));
        if (created.isEmpty()) {
            throw Feedback.check("Reading product " + product.id() + " should cache it, so that an eviction can be"
                            + " simulated.")
                    .expected("a new Redis key after the first read")
                    .actual("no new key in Redis")
                    .cause("the product is not cached in Redis at all")
                    .next("do task 2 first -- " + README)
                    .failure();
        }
        kata.redis().delete(created);
        JsonNode[] answer = new JsonNode[1];
        SqlSnapshot sql = kata.sql().measure(() -> answer[0] = ProductAnswers.get(kata.instance(0), product.id()));
        Set<String> back = new HashSet<>(kata.redis().keys());
        Map<String, Object> metrics = new LinkedHashMap<>(sql.metrics());
        Optional<String> difference = ProductAnswers.difference(answer[0], product);
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
                    .next("on a miss: one query, then SET with the TTL -- task 5 of " + README)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static void requireSame(KataRun kata, KataInstance instance, long id, String what) throws Exception {
        Product truth = ProductAnswers.inDatabase(kata, id);
        Optional<String> difference = ProductAnswers.difference(ProductAnswers.get(instance, id), truth);
        if (difference.isPresent()) {
            throw Feedback.check(what)
                    .expected(ProductAnswers.describe(truth))
                    .actual(difference.get())
                    .cause("a column is mapped to the wrong field, or rounded")
                    .next("compare ProductRepository's row mapping with the schema -- task 1 of " + README)
                    .failure();
        }
    }

    /** An action whose new Redis keys are wanted. */
    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static List<String> keysCreatedBy(KataRun kata, Action action) throws Exception {
        Set<String> before = new HashSet<>(kata.redis().keys());
        action.run();
        return kata.redis().keys().stream().filter(key -> !before.contains(key)).toList();
    }
}
