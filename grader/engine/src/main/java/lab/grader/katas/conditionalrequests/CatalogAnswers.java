package lab.grader.katas.conditionalrequests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Read category lists and products through the kata and from the database, and compare them. */
final class CatalogAnswers {

    static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";

    record Row(long id, long categoryId, String sku, String name, BigDecimal price, int stock) {}

    record Expected(long categoryId, String name, List<Row> products) {}

    private CatalogAnswers() {}

    static String listPath(long categoryId) {
        return "/catalog/categories/" + categoryId + "/products";
    }

    static Response list(KataInstance instance, long categoryId, String ifNoneMatch) {
        RequestSpecification request = instance.http();
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(listPath(categoryId));
    }

    /** The list, which must be a 200 equal to the database; returns the answer for its headers. */
    static Response requireList(KataRun kata, KataInstance instance, long categoryId, String why) throws Exception {
        String request = "GET " + listPath(categoryId) + " on instance " + instance.name();
        Response response = list(instance, categoryId, null);
        JsonNode body = HttpAnswers.json(response, 200, request, SEE_THE_LOG);
        Expected expected = inDatabase(kata, categoryId);
        Optional<String> difference = difference(body, expected);
        if (difference.isPresent()) {
            throw Feedback.check(
                            request + " should return the category's products as the database holds them" + why + ".")
                    .expected(expected.products().size() + " products of category " + categoryId + " (\""
                            + expected.name() + "\"), by id")
                    .actual(difference.get())
                    .cause("the list is served from a copy that missed a change, or the query or mapping changed")
                    .next("read the list from CatalogRepository.productsOf whenever the version says it changed")
                    .failure();
        }
        return response;
    }

    /** The ETag of a 200, or a failure saying the validator is missing. */
    static String requireEtag(Response response, String request, int hint) throws CheckFailure {
        String etag = response.header("ETag");
        if (etag == null || etag.isBlank()) {
            throw Feedback.check(request + " should carry a validator, so that the next poll can ask whether"
                            + " anything changed.")
                    .expected("an ETag header, e.g. ETag: \"c12-v3\"")
                    .actual("headers " + response.headers().asList())
                    .cause("the list is sent without an ETag, so clients can only download it again")
                    .next("build an ETag from the category's version and return it with ResponseEntity.ok().eTag(...)"
                            + " in CatalogController.list")
                    .hint(hint)
                    .failure();
        }
        return etag;
    }

    static Expected inDatabase(KataRun kata, long categoryId) throws SQLException {
        String name;
        try (PreparedStatement select = kata.database().prepareStatement("select name from category where id = ?")) {
            select.setLong(1, categoryId);
            try (ResultSet row = select.executeQuery()) {
                name = row.next() ? row.getString(1) : "";
            }
        }
        List<Row> products = new ArrayList<>();
        try (PreparedStatement select = kata.database()
                .prepareStatement("select id, category_id, sku, name, price, stock from product where category_id = ?"
                        + " order by id")) {
            select.setLong(1, categoryId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    products.add(new Row(
                            row.getLong(1),
                            row.getLong(2),
                            row.getString(3),
                            row.getString(4),
                            row.getBigDecimal(5),
                            row.getInt(6)));
                }
            }
        }
        return new Expected(categoryId, name, products);
    }

    static Optional<String> difference(JsonNode actual, Expected expected) {
        if (actual.path("categoryId").asLong(-1) != expected.categoryId()) {
            return Optional.of("categoryId is " + actual.path("categoryId") + ", expected " + expected.categoryId());
        }
        JsonNode products = actual.path("products");
        if (!products.isArray() || products.size() != expected.products().size()) {
            return Optional.of((products.isArray() ? products.size() + " products" : "no products array")
                    + ", expected " + expected.products().size());
        }
        for (int i = 0; i < products.size(); i++) {
            Optional<String> wrong =
                    difference(products.get(i), expected.products().get(i));
            if (wrong.isPresent()) {
                return Optional.of("products[" + i + "]: " + wrong.get());
            }
        }
        return Optional.empty();
    }

    static Optional<String> difference(JsonNode actual, Row expected) {
        JsonNode price = actual.path("price");
        boolean same = actual.path("id").asLong(-1) == expected.id()
                && actual.path("sku").asString("").equals(expected.sku())
                && actual.path("name").asString("").equals(expected.name())
                && price.isNumber()
                && price.decimalValue().compareTo(expected.price()) == 0
                && actual.path("stock").asInt(-1) == expected.stock();
        return same
                ? Optional.empty()
                : Optional.of(Text.quote(actual.toString()) + ", expected " + describe(expected));
    }

    static String describe(Row row) {
        return "{id " + row.id() + ", sku \"" + row.sku() + "\", name \"" + row.name() + "\", price " + row.price()
                + ", stock " + row.stock() + "}";
    }

    /** A change that differs from the product's current values and from every other run's. */
    static String changeBody(Row row, long seed, String mark) {
        return "{\"name\":\"" + row.name() + " (" + mark + " " + Math.floorMod(seed, 1000) + ")\",\"price\":"
                + row.price().add(BigDecimal.ONE) + ",\"stock\":" + (row.stock() + 3) + "}";
    }

    static Response put(KataInstance instance, long id, String body, String ifMatch) {
        RequestSpecification request =
                instance.http().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/products/" + id);
    }

    static Response post(KataInstance instance, long categoryId, String body) {
        return instance.http().contentType(ContentType.JSON).body(body).post("/categories/" + categoryId + "/products");
    }

    static Response delete(KataInstance instance, long id) {
        return instance.http().delete("/products/" + id);
    }

    static Response product(KataInstance instance, long id) {
        return instance.http().get("/products/" + id);
    }
}
