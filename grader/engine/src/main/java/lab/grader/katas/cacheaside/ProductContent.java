package lab.grader.katas.cacheaside;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Products read through both instances equal their rows; an unknown id is a 404; invalid updates are 400s. */
final class ProductContent implements CheckBody<CacheAsideData> {

    private static final int PRODUCTS = 6;

    @Override
    public Verdict run(KataRun kata, CacheAsideData data) throws Exception {
        for (int i = 0; i < PRODUCTS; i++) {
            KataInstance instance = kata.instance(i % 2);
            Product product = data.fresh();
            ProductAnswers.requireSame(
                    kata,
                    instance,
                    product.id(),
                    "GET /products/" + product.id() + " on instance " + instance.name()
                            + " should return the product as the database holds it.");
        }
        Response unknown = kata.instance(0).http().get("/products/" + data.unknownId());
        ProblemDetails.expect(404)
                .check(
                        unknown,
                        "GET /products/" + data.unknownId(),
                        "there is no such product",
                        "throw ProductNotFoundException when ProductRepository.findById is empty, before anything is"
                                + " written to Redis");
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
            ProblemDetails.expect(400)
                    .check(
                            response,
                            "PUT /products/" + target.id() + " with " + bad.getValue(),
                            "the body has " + bad.getKey(),
                            "validate the body (ProductUpdate.validated) before ProductCatalog.update writes anything");
        }
        Product after = ProductAnswers.inDatabase(kata, target.id());
        if (!after.equals(target)) {
            throw Feedback.check("A rejected PUT /products/" + target.id() + " must leave the product unchanged.")
                    .expected(ProductAnswers.describe(target))
                    .actual(ProductAnswers.describe(after))
                    .cause("the update runs before the body is validated")
                    .next("validate first, then write, in ProductController.update")
                    .failure();
        }
        return Verdict.pass(Map.of("productsChecked", PRODUCTS, "badRequestsChecked", badBodies.size()));
    }
}
