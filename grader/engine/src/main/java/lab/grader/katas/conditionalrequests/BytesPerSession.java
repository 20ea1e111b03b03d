package lab.grader.katas.conditionalrequests;

import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import lab.grader.katas.conditionalrequests.CatalogAnswers.Row;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * A client that polls a list 60 times, sending back the last ETag it got, while the list changes 3 times, downloads
 * the full list at most 4 times: once at the start and once per change.
 */
final class BytesPerSession implements CheckBody<CatalogData> {

    static final int POLLS = 60;
    private static final Set<Integer> CHANGE_BEFORE = Set.of(15, 30, 45);
    static final int MOST_FULL_BODIES = 1 + 3;

    @Override
    public Verdict run(KataRun kata, CatalogData data) throws Exception {
        long category = data.freshCategory();
        String etag = null;
        int fullBodies = 0;
        long bytes = 0;
        for (int poll = 0; poll < POLLS; poll++) {
            if (CHANGE_BEFORE.contains(poll)) {
                change(kata, category, poll);
            }
            Response answer = CatalogAnswers.list(kata.instance(poll % 2), category, etag);
            if (answer.statusCode() == 200) {
                fullBodies++;
                bytes += answer.asByteArray().length;
                etag = answer.header("ETag");
            } else if (answer.statusCode() != 304) {
                HttpAnswers.requireStatus(
                        answer, 200, "GET " + CatalogAnswers.listPath(category), CatalogAnswers.SEE_THE_LOG);
            }
        }
        Map<String, Object> metrics = Map.of("polls", POLLS, "fullBodies", fullBodies, "bodyBytes", bytes);
        if (fullBodies > MOST_FULL_BODIES) {
            throw Feedback.check(POLLS + " polls of category " + category + " through A and B, each sending the last"
                            + " ETag received, while the list changed 3 times, should download it at most "
                            + MOST_FULL_BODIES + " times.")
                    .expected("at most " + MOST_FULL_BODIES + " full bodies (HTTP 200), the other polls 304")
                    .actual(fullBodies + " full bodies, " + bytes + " bytes")
                    .cause(
                            fullBodies == POLLS
                                    ? "every poll downloads the whole list: no ETag, or If-None-Match is ignored"
                                    : "some polls download the list although it has not changed: the ETag differs"
                                            + " between instances, or changes with something other than the list")
                    .next("make the ETag a function of the category's version only, the same on every instance")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static void change(KataRun kata, long category, int poll) throws Exception {
        Row row = CatalogAnswers.inDatabase(kata, category).products().get(poll / 15);
        HttpAnswers.requireStatus(
                CatalogAnswers.put(
                        kata.instance(1), row.id(), CatalogAnswers.changeBody(row, kata.seed(), "poll " + poll), "*"),
                200,
                "PUT /products/" + row.id() + " on instance B with If-Match: *",
                "update the product and answer it");
    }
}
