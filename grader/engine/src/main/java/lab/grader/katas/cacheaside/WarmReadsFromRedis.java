package lab.grader.katas.cacheaside;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.RedisActivity;
import lab.grader.probes.SqlSnapshot;

/** After one cold read, reads through either instance run no SQL and hit Redis. */
final class WarmReadsFromRedis implements CheckBody<CacheAsideData> {

    static final int WARM_READS = 10;

    @Override
    public Verdict run(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        ProductAnswers.requireSame(
                kata,
                kata.instance(0),
                product.id(),
                "The first (cold) read of product " + product.id() + " should return it as the database holds it.");
        Measured<List<String>> reads = Measured.around(kata, () -> {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < WARM_READS; i++) {
                KataInstance instance = kata.instance(i % 2);
                ProductAnswers.difference(ProductAnswers.get(instance, product.id()), product)
                        .ifPresent(d -> problems.add("instance " + instance.name() + ": " + d));
            }
            return problems;
        });
        SqlSnapshot sql = reads.sql();
        RedisActivity redis = reads.redis();
        Map<String, Object> metrics = reads.metrics("warmReads");
        if (!reads.value().isEmpty()) {
            throw Feedback.check("Warm reads of product " + product.id() + " should return it unchanged.")
                    .expected(ProductAnswers.describe(product))
                    .actual(String.join("; ", reads.value()))
                    .cause("the cached value is serialized or read back incompletely")
                    .next("store the whole product as JSON and read it back with the same mapper, in ProductCatalog")
                    .hint(3)
                    .failure(metrics);
        }
        if (sql.statements() > 0 || redis.hits() < WARM_READS) {
            throw Feedback.check(WARM_READS + " warm reads of product " + product.id() + " through instances A and B"
                            + " should be served by Redis without touching PostgreSQL.")
                    .expected("0 SQL statements and at least " + WARM_READS + " Redis keyspace hits")
                    .actual(sql.statements() + " SQL statements (A and B together)" + sql.describeMostFrequent(2)
                            + "\nRedis: " + redis.describe())
                    .cause(
                            redis.totalCommands() == 0
                                    ? "nothing is cached in Redis: every read goes to the database"
                                    : redis.hits() < WARM_READS
                                            ? "the value is cached somewhere other than Redis, or under a key the other"
                                                    + " instance never finds"
                                            : "the database is queried even when Redis has the product")
                    .next("in ProductCatalog, look the product up in Redis first and go to the database only on a"
                            + " miss")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
