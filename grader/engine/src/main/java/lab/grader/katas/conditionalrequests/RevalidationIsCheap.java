package lab.grader.katas.conditionalrequests;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;

/**
 * A poll with the list's ETag, when nothing changed, is a 304 with no body, and costs at most one statement and one
 * row: the list query never runs.
 */
final class RevalidationIsCheap implements CheckBody<CatalogData> {

    static final int POLLS = 20;

    @Override
    public Verdict run(KataRun kata, CatalogData data) throws Exception {
        long category = data.freshCategory();
        String first = "GET " + CatalogAnswers.listPath(category) + " on instance A";
        Response full = CatalogAnswers.requireList(kata, kata.instance(0), category, "");
        String etag = CatalogAnswers.requireEtag(full, first, 1);
        Measured<List<Response>> polls = Measured.around(kata, () -> {
            List<Response> answers = new ArrayList<>();
            for (int i = 0; i < POLLS; i++) {
                answers.add(CatalogAnswers.list(kata.instance(i % 2), category, etag));
            }
            return answers;
        });
        Map<String, Object> metrics = polls.metrics("polls");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < POLLS; i++) {
            Response answer = polls.value().get(i);
            KataInstance instance = kata.instance(i % 2);
            if (answer.statusCode() != 304) {
                wrong.add("poll " + (i + 1) + " on " + instance.name() + ": HTTP " + answer.statusCode());
            } else if (!answer.asString().isEmpty()) {
                wrong.add("poll " + (i + 1) + " on " + instance.name() + ": a 304 with a body of "
                        + answer.asString().length() + " characters");
            } else if (answer.header("ETag") == null || answer.header("Cache-Control") == null) {
                wrong.add("poll " + (i + 1) + " on " + instance.name() + ": a 304 without "
                        + (answer.header("ETag") == null ? "ETag" : "Cache-Control"));
            }
        }
        if (!wrong.isEmpty()) {
            throw Feedback.check(POLLS + " polls of category " + category + " with If-None-Match: " + etag
                            + ", through A and B, while nothing changed, should each be a 304 Not Modified.")
                    .expected("HTTP 304 with no body, carrying ETag and Cache-Control, on both instances")
                    .actual(wrong.size() + " polls were not; "
                            + String.join("; ", wrong.subList(0, Math.min(3, wrong.size()))))
                    .cause(
                            wrong.getFirst().contains("HTTP 200")
                                    ? "If-None-Match is not compared with the current ETag (or the other instance"
                                            + " computes a different ETag for the same version)"
                                    : "the 304 is built by hand without the headers a client needs to keep polling")
                    .next(
                            "call request.checkNotModified(etag) (WebRequest) before building the body, and answer"
                                    + " the 304 with .eTag(etag).cacheControl(CacheControl.noCache()), in CatalogController.list")
                    .hint(2)
                    .failure(metrics);
        }
        SqlSnapshot sql = polls.sql();
        if (sql.statements() > POLLS || sql.rowsRead() > POLLS) {
            throw Feedback.check(POLLS + " polls of category " + category + " answered 304 should not run the list"
                            + " query: at most one statement reading one row each.")
                    .expected("at most " + POLLS + " statements and " + POLLS + " rows read, A and B together")
                    .actual(sql.statements() + " statements, " + sql.rowsRead() + " rows read"
                            + sql.describeMostFrequent(3))
                    .cause(
                            sql.rowsRead() >= POLLS * 10L
                                    ? "the whole list is still read on every poll: a filter that hashes the body"
                                            + " (ShallowEtagHeaderFilter) saves bytes, not the query"
                                    : "more than the version is read before the ETag is compared")
                    .next("read only the category's version (one row), compare it, and query the list only when it"
                            + " changed, in CatalogController.list")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
