package lab.grader.katas.conditionalrequests;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.conditionalrequests.CatalogAnswers.Row;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Two back-office clients read the same product, through A and B, and both save a change with the ETag they read:
 * the first wins, the second gets 412 and overwrites nothing. A PUT without If-Match gets 428.
 */
final class NoLostUpdate implements CheckBody<CatalogData> {

    @Override
    public Verdict run(KataRun kata, CatalogData data) throws Exception {
        long category = data.freshCategory();
        Row row = CatalogAnswers.inDatabase(kata, category).products().getFirst();
        long id = row.id();
        String first = productEtag(kata, 0, id);
        String second = productEtag(kata, 1, id);
        String firstBody = CatalogAnswers.changeBody(row, kata.seed(), "first");
        Response saved = CatalogAnswers.put(kata.instance(0), id, firstBody, first);
        HttpAnswers.requireStatus(
                saved,
                200,
                "PUT /products/" + id + " on instance A with If-Match: " + first + " (the product's current ETag)",
                "compare If-Match with the product's current version, then update");
        String newEtag = saved.header("ETag");
        if (newEtag == null || newEtag.equals(first)) {
            throw Feedback.check("The answer to a successful PUT /products/" + id + " should carry the product's new"
                            + " ETag, so that the client can save again.")
                    .expected("an ETag other than " + first)
                    .actual(newEtag == null ? "no ETag header" : "ETag: " + newEtag)
                    .cause("the product's version is not bumped by the update, or the ETag is not returned")
                    .next("bump the product's version in the UPDATE and answer with .eTag(...) in"
                            + " CatalogController.update")
                    .hint(2)
                    .failure();
        }
        Response late =
                CatalogAnswers.put(kata.instance(1), id, CatalogAnswers.changeBody(row, kata.seed(), "second"), second);
        Row stored = CatalogAnswers.inDatabase(kata, category).products().getFirst();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("secondPutStatus", late.statusCode());
        if (late.statusCode() != 412) {
            throw Feedback.check("A PUT /products/" + id + " with an ETag read before another client's update should"
                            + " be refused: the first update would be lost.")
                    .expected("HTTP 412 Precondition Failed for If-Match: " + second + " on instance B, and the first"
                            + " client's name in the database")
                    .actual("HTTP " + late.statusCode() + "; the database now holds " + CatalogAnswers.describe(stored))
                    .cause("If-Match is ignored (or compared with something other than the product's current"
                            + " version), so the last writer silently wins")
                    .next("on PUT, compare If-Match with the current version and answer 412 when it differs; make the"
                            + " UPDATE itself check the version (where version = ?), so no update can slip in between")
                    .hint(1)
                    .failure(metrics);
        }
        ProblemDetails.expect(412)
                .check(
                        late,
                        "PUT /products/" + id + " with the stale If-Match: " + second,
                        "the product changed after that ETag was read",
                        "answer the 412 as a problem detail: throw an exception that ApiExceptionHandler turns into"
                                + " one, with the current ETag");
        Optional<String> lost = stored.name().equals(nameIn(firstBody))
                ? Optional.empty()
                : Optional.of(CatalogAnswers.describe(stored));
        if (lost.isPresent()) {
            throw lostUpdate(id, firstBody, lost.get(), metrics);
        }
        Response blind = CatalogAnswers.put(kata.instance(0), id, firstBody, null);
        ProblemDetails.expect(428)
                .check(
                        blind,
                        "PUT /products/" + id + " without If-Match",
                        "an update must say which version it was made from (RFC 6585, 428 Precondition Required)",
                        "throw PreconditionRequiredException when the If-Match header is missing, in"
                                + " CatalogController.update",
                        3);
        return Verdict.pass(metrics);
    }

    private static String productEtag(KataRun kata, int instance, long id) throws CheckFailure {
        Response read = CatalogAnswers.product(kata.instance(instance), id);
        String request = "GET /products/" + id + " on instance "
                + kata.instance(instance).name();
        HttpAnswers.requireStatus(read, 200, request, CatalogAnswers.SEE_THE_LOG);
        String etag = read.header("ETag");
        if (etag == null || etag.isBlank()) {
            throw Feedback.check(request + " should carry the product's ETag, which a later PUT sends back in"
                            + " If-Match.")
                    .expected("an ETag header, e.g. ETag: \"p42-v3\"")
                    .actual("headers " + read.headers().asList())
                    .cause("products are served without a validator, so no client can say which version it edited")
                    .next("make an ETag from the product's version and return it from CatalogController.product")
                    .hint(2)
                    .failure();
        }
        return etag;
    }

    private static String nameIn(String body) {
        return HttpAnswers.readOrMissing(body).path("name").asString("");
    }

    private static CheckFailure lostUpdate(long id, String firstBody, String stored, Map<String, Object> metrics) {
        return Feedback.check("After the refused PUT, product " + id + " should hold the first client's change.")
                .expected(firstBody)
                .actual(stored)
                .cause("the second PUT wrote the row before it was refused")
                .next("check the version before writing, in the same statement (update ... where id = ? and"
                        + " version = ?)")
                .hint(1)
                .failure(metrics);
    }
}
