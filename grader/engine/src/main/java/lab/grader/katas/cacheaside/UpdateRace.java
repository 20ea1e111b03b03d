package lab.grader.katas.cacheaside;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.InFlight;
import lab.grader.kit.RowLock;
import lab.grader.kit.Text;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/**
 * A read through A that lands while a PUT through B waits for its UPDATE: the grader holds the product's row lock on
 * its own connection, sends the PUT, waits until PostgreSQL shows it blocked on that lock, reads through A, releases
 * the lock, and once the PUT has answered reads through both instances. The read during the lock may return the old
 * values (the update has not committed); after the commit, an old value is stale. Delete-then-update caches the old
 * row at the read in between every time; update-then-delete never does.
 */
final class UpdateRace {

    static final Duration BLOCK_TIMEOUT = Duration.ofSeconds(8);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(8);

    private UpdateRace() {}

    static Map<String, Object> run(KataRun kata, Product product) throws Exception {
        NoStaleReadAfterUpdate.warm(kata, product);
        Product wanted = ProductAnswers.renamed(product, kata.seed() + 1);
        String put = "PUT /products/" + product.id() + " on instance B";
        String read = "GET /products/" + product.id() + " on instance A";
        Map<String, Object> metrics = new LinkedHashMap<>();
        Response answer;
        try (RowLock lock = RowLock.open(kata).hold("product", product.id())) {
            InFlight<Response> update = InFlight.send("put", () -> ProductAnswers.put(kata.instance(1), wanted));
            Optional<String> blocked = lock.awaitWaiter(BLOCK_TIMEOUT, update::answered);
            if (blocked.isEmpty()) {
                lock.release();
                throw neverBlocked(put, lock, update);
            }
            InFlight<JsonNode> during = InFlight.send("read", () -> ProductAnswers.get(kata.instance(0), product.id()));
            Optional<JsonNode> duringAnswer = during.await(ANSWER_TIMEOUT);
            if (duringAnswer.isEmpty()) {
                lock.release();
                throw Feedback.check(read + " should answer while " + put + " waits for its UPDATE.")
                        .expected("an answer (the old or the new values) within " + ANSWER_TIMEOUT.toSeconds() + " s")
                        .actual("no answer while the grader held the lock on product " + product.id()
                                + "; the PUT waited in " + Text.quote(blocked.get(), 120))
                        .cause("the read waits for the writer: it locks the row (FOR UPDATE/SHARE) or waits for a"
                                + " lock the update holds")
                        .next("in ProductCatalog.find, a plain GET, then a plain select on a miss; no locks")
                        .failure();
            }
            metrics.put(
                    "raceReadSawOldValues",
                    ProductAnswers.difference(duringAnswer.get(), product).isEmpty());
            lock.release();
            answer = NoStaleReadAfterUpdate.answerOf(update, put, ANSWER_TIMEOUT);
        }
        JsonNode updated = HttpAnswers.json(answer, 200, put, "validate, update, answer the stored product");
        NoStaleReadAfterUpdate.requireStored(kata, put, updated, wanted);
        List<String> stale = NoStaleReadAfterUpdate.staleAnswers(kata, wanted);
        metrics.put("raceStaleInstances", stale.size());
        if (!stale.isEmpty()) {
            throw Feedback.check("After " + put + " committed, both instances should serve the new product, even"
                            + " though " + read + " came while the PUT was waiting for its UPDATE.")
                    .expected(ProductAnswers.describe(wanted) + " from A and from B once the PUT has answered")
                    .actual(String.join("; ", stale))
                    .cause("the key is deleted before the database write: the read in between missed, loaded the"
                            + " old row (not yet updated) and cached it for a whole TTL")
                    .next("in ProductCatalog.update, write the database first and delete the key after it (not"
                            + " @CacheEvict(beforeInvocation = true))")
                    .hint(3)
                    .failure(metrics);
        }
        return metrics;
    }

    private static CheckFailure neverBlocked(String put, RowLock lock, InFlight<Response> update) throws Exception {
        if (!update.answered()) {
            return Feedback.check(put + " should reach its UPDATE of the product.")
                    .expected("the PUT waiting for the row lock the grader holds on product, within "
                            + BLOCK_TIMEOUT.toSeconds() + " s")
                    .actual("no statement of the kata waited for the lock, and the PUT has not answered")
                    .cause("the update waits for something else before it writes (a lock in Redis, a retry loop)")
                    .next("in ProductCatalog.update: one UPDATE, then one DEL, nothing that waits")
                    .failure();
        }
        Response answer = NoStaleReadAfterUpdate.answerOf(update, put, ANSWER_TIMEOUT);
        return Feedback.check(put + " should update the product's row.")
                .expected("the PUT waiting for the row lock the grader held on the product until the grader let go")
                .actual("HTTP " + answer.statusCode() + " " + Text.quote(answer.asString(), 120)
                        + " without waiting for the lock: the row was not written")
                .cause("the update is answered without an UPDATE of the product's row, or writes another row")
                .next("in ProductCatalog.update, update the row with ProductRepository.update and answer what it"
                        + " returned")
                .failure();
    }
}
