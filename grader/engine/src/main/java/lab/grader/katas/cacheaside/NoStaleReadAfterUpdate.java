package lab.grader.katas.cacheaside;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.InFlight;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * After a PUT through B commits, neither instance serves the old product: first in sequence, then with a read
 * through A landing while the PUT waits for its UPDATE (the grader holds the row's lock), which is where a DEL
 * before the UPDATE lets the old row back into Redis for a whole TTL.
 */
final class NoStaleReadAfterUpdate implements CheckBody<CacheAsideData> {

    private static final String PUT_ANSWER = "validate, update, answer the stored product";

    @Override
    public Verdict run(KataRun kata, CacheAsideData data) throws Exception {
        Product product = data.fresh();
        warm(kata, product);
        Product wanted = ProductAnswers.renamed(product, kata.seed());
        String put = "PUT /products/" + product.id() + " on instance B";
        JsonNode updated = HttpAnswers.json(ProductAnswers.put(kata.instance(1), wanted), 200, put, PUT_ANSWER);
        requireStored(kata, put, updated, wanted);
        List<String> stale = staleAnswers(kata, wanted);
        if (!stale.isEmpty()) {
            throw Feedback.check("After " + put + ", both instances should serve the new product.")
                    .expected(ProductAnswers.describe(wanted) + " from A and from B")
                    .actual(String.join("; ", stale))
                    .cause("the cached copy is not invalidated on update, or each instance caches in its own memory")
                    .next("after the database write in ProductCatalog.update, DEL the product's key in Redis (shared"
                            + " by both instances)")
                    .hint(2)
                    .failure(Map.of("staleInstances", stale.size()));
        }
        Map<String, Object> metrics = new LinkedHashMap<>(Map.of("staleInstances", 0));
        metrics.putAll(UpdateRace.run(kata, data.fresh()));
        return Verdict.pass(metrics);
    }

    /** Read the product twice through each instance, so that a cache-aside kata has it cached. */
    static void warm(KataRun kata, Product product) throws CheckFailure {
        for (int i = 0; i < 4; i++) {
            ProductAnswers.get(kata.instance(i % 2), product.id());
        }
    }

    /** Fail unless the PUT answered the new values and the database holds them. */
    static void requireStored(KataRun kata, String put, JsonNode answer, Product wanted) throws Exception {
        Optional<String> putDifference = ProductAnswers.difference(answer, wanted);
        Product stored = ProductAnswers.inDatabase(kata, wanted.id());
        if (putDifference.isPresent() || !stored.equals(wanted)) {
            throw Feedback.check(put + " should store and return the new values.")
                    .expected(ProductAnswers.describe(wanted))
                    .actual("answer: " + putDifference.orElse("as expected") + "; database: "
                            + ProductAnswers.describe(stored))
                    .cause("the update is not written, or the answer is built from the old product")
                    .next("in ProductCatalog.update, write the row and answer what ProductRepository.update returned")
                    .failure();
        }
    }

    /** Read the product through every instance; return how each answer differs from the wanted values. */
    static List<String> staleAnswers(KataRun kata, Product wanted) throws CheckFailure {
        List<String> stale = new ArrayList<>();
        for (KataInstance instance : kata.instances()) {
            ProductAnswers.difference(ProductAnswers.get(instance, wanted.id()), wanted)
                    .ifPresent(d -> stale.add("instance " + instance.name() + ": " + d));
        }
        return stale;
    }

    /** The PUT's answer once it has come, or a failure saying it did not. */
    static Response answerOf(InFlight<Response> put, String request, Duration timeout) throws Exception {
        Optional<Response> answer = put.await(timeout);
        if (answer.isEmpty()) {
            throw Feedback.check(request + " should answer once the row lock it waited for is released.")
                    .expected("an answer within " + timeout.toSeconds() + " s of the release")
                    .actual("no answer")
                    .cause("the update waits for something else after the database write (a lock, a retry loop)")
                    .next("in ProductCatalog.update: one UPDATE, then one DEL, nothing that waits")
                    .failure();
        }
        return answer.get();
    }
}
