package lab.grader.katas.conditionalrequests;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.katas.conditionalrequests.CatalogAnswers.Row;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Preconditions as RFC 9110 defines them: If-None-Match compares weakly and takes a list; If-Match compares strongly
 * (a weak tag never matches) and takes {@code *}. {@code If-None-Match: *} on a GET is left out: RFC 9110 makes it a
 * 304, Spring's {@code checkNotModified} answers 200, and a learner should not have to redo a comparison Spring
 * otherwise gets right (decision 0024).
 */
final class ConditionalSemantics implements CheckBody<CatalogData> {

    @Override
    public Verdict run(KataRun kata, CatalogData data) throws Exception {
        long category = data.freshCategory();
        KataInstance a = kata.instance(0);
        String listEtag = CatalogAnswers.requireEtag(
                CatalogAnswers.requireList(kata, a, category, ""),
                "GET " + CatalogAnswers.listPath(category) + " on instance A",
                1);
        String opaque = listEtag.replaceFirst("^W/", "");
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        expect(
                wrong,
                expected,
                actual,
                "GET list, If-None-Match: W/" + opaque,
                304,
                CatalogAnswers.list(a, category, "W/" + opaque));
        expect(
                wrong,
                expected,
                actual,
                "GET list, If-None-Match: \"other\", " + listEtag,
                304,
                CatalogAnswers.list(a, category, "\"other\", " + listEtag));
        expect(
                wrong,
                expected,
                actual,
                "GET list, If-None-Match: \"other\"",
                200,
                CatalogAnswers.list(a, category, "\"other\""));
        Row row = CatalogAnswers.inDatabase(kata, category).products().getFirst();
        String productEtag = CatalogAnswers.product(a, row.id()).header("ETag");
        String weakProduct = "W/" + (productEtag == null ? "\"none\"" : productEtag.replaceFirst("^W/", ""));
        expect(
                wrong,
                expected,
                actual,
                "PUT product, If-Match: " + weakProduct,
                412,
                CatalogAnswers.put(a, row.id(), CatalogAnswers.changeBody(row, kata.seed(), "weak"), weakProduct));
        expect(
                wrong,
                expected,
                actual,
                "PUT product, If-Match: *",
                200,
                CatalogAnswers.put(a, row.id(), CatalogAnswers.changeBody(row, kata.seed(), "any"), "*"));
        Map<String, Object> metrics = Map.of("preconditionsChecked", expected.size(), "wrong", wrong.size());
        if (!wrong.isEmpty()) {
            throw Feedback.check("Preconditions on category " + category + "'s list and on product " + row.id()
                            + " should follow RFC 9110.")
                    .expected(expected.toString())
                    .actual(String.join("; ", wrong))
                    .cause("the headers are compared as plain strings: If-None-Match compares weakly (W/\"x\" matches"
                            + " \"x\") and may list several tags; If-Match compares strongly (a weak tag never"
                            + " matches) and may be *")
                    .next("let Spring compare: request.checkNotModified(etag) (WebRequest) handles both headers, for"
                            + " GET and for PUT")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static void expect(
            List<String> wrong,
            Map<String, Integer> expected,
            Map<String, Integer> actual,
            String request,
            int status,
            Response response) {
        expected.put(request, status);
        actual.put(request, response.statusCode());
        if (response.statusCode() != status) {
            wrong.add(request + ": HTTP " + response.statusCode() + " instead of " + status);
        }
    }
}
