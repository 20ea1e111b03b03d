package lab.grader.katas.conditionalrequests;

import java.util.Map;
import java.util.Optional;
import lab.grader.katas.conditionalrequests.CatalogAnswers.Row;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Lists and products read through both instances equal the database; unknown ids and bad bodies get 4xx problems. */
final class Content implements CheckBody<CatalogData> {

    private static final int CATEGORIES = 3;

    @Override
    public Verdict run(KataRun kata, CatalogData data) throws Exception {
        for (int i = 0; i < CATEGORIES; i++) {
            long category = data.freshCategory();
            CatalogAnswers.requireList(kata, kata.instance(i % 2), category, "");
            CatalogAnswers.requireList(
                    kata, kata.instance((i + 1) % 2), category, " (read through the other instance first)");
        }
        long category = data.freshCategory();
        Row row = CatalogAnswers.inDatabase(kata, category).products().getFirst();
        String request = "GET /products/" + row.id() + " on instance B";
        Optional<String> wrong = CatalogAnswers.difference(
                HttpAnswers.json(
                        CatalogAnswers.product(kata.instance(1), row.id()), 200, request, CatalogAnswers.SEE_THE_LOG),
                row);
        if (wrong.isPresent()) {
            throw Feedback.check(request + " should return the product as the database holds it.")
                    .expected(CatalogAnswers.describe(row))
                    .actual(wrong.get())
                    .cause("a column is mapped to the wrong field")
                    .next("compare CatalogRepository's row mapping with the schema")
                    .failure();
        }
        long unknown = data.unknownCategory();
        ProblemDetails.expect(404)
                .check(
                        CatalogAnswers.list(kata.instance(0), unknown, null),
                        "GET " + CatalogAnswers.listPath(unknown),
                        "there is no such category",
                        "look the category up before anything else, and throw NotFoundException when it is missing",
                        1);
        String bad = "{\"name\":\"Lamp\",\"price\":-1,\"stock\":3}";
        ProblemDetails.expect(400)
                .check(
                        CatalogAnswers.put(kata.instance(0), row.id(), bad, "*"),
                        "PUT /products/" + row.id() + " with " + bad,
                        "the price is negative",
                        "validate the body (ProductChange.validated) before anything is written",
                        1);
        return Verdict.pass(Map.of("categoriesChecked", CATEGORIES, "badRequestsChecked", 2));
    }
}
