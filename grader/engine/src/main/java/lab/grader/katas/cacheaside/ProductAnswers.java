package lab.grader.katas.cacheaside;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckFailure;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Read products through the kata and from the database, and compare the two. */
final class ProductAnswers {

    static final String README = "exercises/06-cache-aside/README.md";

    private ProductAnswers() {}

    static JsonNode get(KataInstance instance, long id) throws CheckFailure {
        return HttpAnswers.json(
                instance.http().get("/products/" + id),
                200,
                "GET /products/" + id + " on instance " + instance.name(),
                "see the kata's log under target/lab/logs/ and task 1 of " + README);
    }

    /** The product as the database holds it now: the truth every answer is compared with. */
    static Product inDatabase(KataRun kata, long id) throws SQLException {
        try (PreparedStatement select =
                kata.database().prepareStatement("select id, sku, name, price, stock from product where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("product " + id + " vanished from the database");
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

    static Product renamed(Product product, long seed) {
        return new Product(
                product.id(),
                product.sku(),
                product.name() + " (renamed " + seed % 1000 + ")",
                product.price().add(new BigDecimal("1.25")),
                product.stock() + 7);
    }
}
