package lab.grader.katas.conditionalrequests;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.katas.conditionalrequests.CatalogAnswers.Row;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * A PUT, a POST and a DELETE through instance B each make the list's old ETag stale on both instances: a poll with
 * it gets a 200 with the new list. A change in another category leaves the list's ETag current.
 */
final class ChangesInvalidate implements CheckBody<CatalogData> {

    @Override
    public Verdict run(KataRun kata, CatalogData data) throws Exception {
        long category = data.freshCategory();
        long other = data.freshCategory();
        KataInstance b = kata.instance(1);
        String etag = currentEtag(kata, category);
        Row first = CatalogAnswers.inDatabase(kata, category).products().getFirst();
        String put = "PUT /products/" + first.id() + " on instance B";
        HttpAnswers.requireStatus(
                CatalogAnswers.put(b, first.id(), CatalogAnswers.changeBody(first, kata.seed(), "edited"), "*"),
                200,
                put + " with If-Match: *",
                "update the product and answer it");
        etag = requireStale(kata, category, etag, put);
        String post = "POST /categories/" + category + "/products on instance B";
        HttpAnswers.requireStatus(
                CatalogAnswers.post(
                        b, category, "{\"name\":\"New lamp " + kata.seed() + "\",\"price\":12.50,\"stock\":4}"),
                201,
                post,
                "create the product and answer 201");
        etag = requireStale(kata, category, etag, post);
        Row last = CatalogAnswers.inDatabase(kata, category).products().getLast();
        String delete = "DELETE /products/" + last.id() + " on instance B";
        HttpAnswers.requireStatus(CatalogAnswers.delete(b, last.id()), 204, delete, "delete the product, answer 204");
        etag = requireStale(kata, category, etag, delete);
        Row elsewhere = CatalogAnswers.inDatabase(kata, other).products().getFirst();
        HttpAnswers.requireStatus(
                CatalogAnswers.put(b, elsewhere.id(), CatalogAnswers.changeBody(elsewhere, kata.seed(), "other"), "*"),
                200,
                "PUT /products/" + elsewhere.id() + " (category " + other + ") on instance B with If-Match: *",
                "update the product and answer it");
        Response unaffected = CatalogAnswers.list(kata.instance(0), category, etag);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("changesChecked", 3);
        if (unaffected.statusCode() != 304) {
            throw Feedback.check("A change to category " + other + " should leave the ETag of category " + category
                            + "'s list current.")
                    .expected("HTTP 304 for GET " + CatalogAnswers.listPath(category) + " with If-None-Match: " + etag
                            + " on instance A")
                    .actual("HTTP " + unaffected.statusCode())
                    .cause("one version for the whole catalogue: every change anywhere makes every client download"
                            + " every list again")
                    .next("keep a version per category and bump only the category of the product that changed")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static String currentEtag(KataRun kata, long category) throws Exception {
        String request = "GET " + CatalogAnswers.listPath(category) + " on instance A";
        return CatalogAnswers.requireEtag(CatalogAnswers.requireList(kata, kata.instance(0), category, ""), request, 1);
    }

    // After the change, both instances answer the old ETag with a 200 and the new list; return the list's new ETag.
    private static String requireStale(KataRun kata, long category, String old, String change) throws Exception {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (KataInstance instance : kata.instances()) {
            statuses.put(
                    instance.name(),
                    CatalogAnswers.list(instance, category, old).statusCode());
        }
        if (statuses.values().stream().anyMatch(status -> status != 200)) {
            throw stale(category, old, change, statuses);
        }
        String newer = null;
        for (KataInstance instance : kata.instances()) {
            Response full = CatalogAnswers.requireList(kata, instance, category, " after " + change);
            newer = CatalogAnswers.requireEtag(full, "GET " + CatalogAnswers.listPath(category), 1);
        }
        if (old.equals(newer)) {
            throw Feedback.check("After " + change + ", the list of category " + category + " should have a new ETag.")
                    .expected("an ETag other than " + old)
                    .actual("ETag: " + newer)
                    .cause("the ETag is not made from anything that changes with the list")
                    .next("bump the category's version in the transaction that changes its products")
                    .hint(1)
                    .failure();
        }
        return newer;
    }

    private static CheckFailure stale(long category, String old, String change, Map<String, Integer> statuses) {
        boolean onlyA = statuses.get("A") != 200 && statuses.get("B") == 200;
        return Feedback.check("After " + change + ", a poll of category " + category + " with the old ETag should get"
                        + " the new list, on every instance.")
                .expected("HTTP 200 with the new list for If-None-Match: " + old + " on A and on B")
                .actual("HTTP " + statuses.get("A") + " on A, HTTP " + statuses.get("B") + " on B")
                .cause(
                        onlyA
                                ? "the version lives in each JVM, so instance A never hears of a change made through B"
                                : "this change does not bump the category's version (PUT, POST and DELETE each must)")
                .next("keep the version where both instances read it (the category row, or Redis), and bump it in"
                        + " the same transaction as every change, in Catalog")
                .hint(2)
                .failure();
    }
}
