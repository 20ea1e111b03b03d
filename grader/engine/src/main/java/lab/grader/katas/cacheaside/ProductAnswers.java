package lab.grader.katas.cacheaside;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Read products through the kata and from the database, and compare the two. */
final class ProductAnswers {

    private static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";

    private ProductAnswers() {}

    static JsonNode get(KataInstance instance, long id) throws CheckFailure {
        return HttpAnswers.json(
                instance.http().get("/products/" + id),
                200,
                "GET /products/" + id + " on instance " + instance.name(),
                SEE_THE_LOG);
    }

    /** Send the update; the answer is checked by the caller, who knows what it expects. */
    static Response put(KataInstance instance, Product wanted) {
        return instance.http().contentType(ContentType.JSON).body(body(wanted)).put("/products/" + wanted.id());
    }

    static String body(Product wanted) {
        return "{\"name\":\"" + wanted.name() + "\",\"price\":" + wanted.price() + ",\"stock\":" + wanted.stock() + "}";
    }

    /** The product as the database holds it now: the truth every answer is compared with. */
    static Product inDatabase(KataRun kata, long id) throws SQLException, CheckFailure {
        try (PreparedStatement select =
                kata.database().prepareStatement("select id, sku, name, price, stock from product where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw Feedback.check("Product " + id + " should still be in the database.")
                            .expected("the row the grader seeded")
                            .actual("no row with id " + id + " in table product")
                            .cause("the service deletes or re-keys products")
                            .next("only ever UPDATE the row in ProductRepository")
                            .failure();
                }
                return new Product(
                        row.getLong(1), row.getString(2), row.getString(3), row.getBigDecimal(4), row.getInt(5));
            }
        }
    }

    static Optional<String> difference(JsonNode actual, Product expected) {
        if (actual.path("id").asLong(-1) != expected.id()) {
            return Optional.of("id is " + actual.path("id") + ", expected " + expected.id());
        }
        if (!actual.path("sku").asString("").equals(expected.sku())) {
            return Optional.of("sku is " + actual.path("sku") + ", expected \"" + expected.sku() + "\"");
        }
        if (!actual.path("name").asString("").equals(expected.name())) {
            return Optional.of("name is " + actual.path("name") + ", expected \"" + expected.name() + "\"");
        }
        JsonNode price = actual.path("price");
        if (!price.isNumber() || price.decimalValue().compareTo(expected.price()) != 0) {
            return Optional.of("price is " + price + ", expected " + expected.price());
        }
        if (actual.path("stock").asInt(-1) != expected.stock()) {
            return Optional.of("stock is " + actual.path("stock") + ", expected " + expected.stock());
        }
        return Optional.empty();
    }

    static String describe(Product product) {
        return "{id " + product.id() + ", sku \"" + product.sku() + "\", name \"" + product.name() + "\", price "
                + product.price() + ", stock " + product.stock() + "}";
    }

    /** New values for an update: a name, price and stock that differ from the product's and from each other run's. */
    static Product renamed(Product product, long seed) {
        return new Product(
                product.id(),
                product.sku(),
                product.name() + " (renamed " + Math.floorMod(seed, 1000) + ")",
                product.price().add(new BigDecimal("1.25")),
                product.stock() + 7);
    }

    /** Fail unless the instance returns the product as the database holds it. */
    static void requireSame(KataRun kata, KataInstance instance, long id, String what) throws Exception {
        Product truth = inDatabase(kata, id);
        Optional<String> difference = difference(get(instance, id), truth);
        if (difference.isPresent()) {
            throw Feedback.check(what)
                    .expected(describe(truth))
                    .actual(difference.get())
                    .cause("a column is mapped to the wrong field, rounded, or the cached copy is not the row")
                    .next("compare ProductRepository's row mapping with the schema, and what ProductCatalog caches")
                    .failure();
        }
    }
}
