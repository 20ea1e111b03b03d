package lab.grader.katas.nplusone;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import lab.grader.katas.nplusone.NPlusOneData.Line;
import lab.grader.katas.nplusone.NPlusOneData.Order;
import tools.jackson.databind.JsonNode;

/** Compare an order-history answer with the seeded orders and name the first difference, if any. */
final class OrderHistoryAnswers {

    private OrderHistoryAnswers() {}

    static Optional<String> firstDifference(JsonNode actual, List<Order> expected) {
        if (!actual.isArray()) {
            return Optional.of("the body is not a JSON array: " + actual.getNodeType());
        }
        if (actual.size() != expected.size()) {
            return Optional.of(actual.size() + " orders instead of " + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            Optional<String> difference = orderDifference(actual.get(i), expected.get(i), "[" + i + "]");
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> orderDifference(JsonNode order, Order expected, String at) {
        if (order.path("id").asLong(-1) != expected.id()) {
            return Optional.of(at + ".id is " + order.path("id") + ", expected order " + expected.id() + " (placed "
                    + expected.placedAt() + ")");
        }
        String where = at + " (order " + expected.id() + ")";
        Instant placedAt;
        try {
            placedAt = Instant.parse(order.path("placedAt").asString(""));
        } catch (DateTimeParseException e) {
            return Optional.of(where + ".placedAt is " + order.path("placedAt") + ", not an ISO-8601 instant such as "
                    + expected.placedAt());
        }
        if (!placedAt.equals(expected.placedAt())) {
            return Optional.of(where + ".placedAt is " + placedAt + ", expected " + expected.placedAt());
        }
        if (!order.path("status").asString("").equals(expected.status())) {
            return Optional.of(
                    where + ".status is " + order.path("status") + ", expected \"" + expected.status() + "\"");
        }
        JsonNode lines = order.path("lines");
        if (!lines.isArray() || lines.size() != expected.lines().size()) {
            return Optional.of(where + ".lines has " + (lines.isArray() ? lines.size() + " lines" : "no array")
                    + ", expected " + expected.lines().size());
        }
        for (int l = 0; l < expected.lines().size(); l++) {
            Optional<String> difference =
                    lineDifference(lines.get(l), expected.lines().get(l), where + ".lines[" + l + "]");
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lineDifference(JsonNode line, Line expected, String at) {
        if (line.path("productId").asLong(-1) != expected.productId()) {
            return Optional.of(at + ".productId is " + line.path("productId") + ", expected " + expected.productId()
                    + " (lines in the order they were added, by line id)");
        }
        if (!line.path("productName").asString("").equals(expected.productName())) {
            return Optional.of(at + ".productName is " + line.path("productName") + ", expected \""
                    + expected.productName() + "\"");
        }
        if (line.path("quantity").asInt(-1) != expected.quantity()) {
            return Optional.of(at + ".quantity is " + line.path("quantity") + ", expected " + expected.quantity());
        }
        JsonNode price = line.path("unitPrice");
        if (!price.isNumber() || price.decimalValue().compareTo(expected.unitPrice()) != 0) {
            return Optional.of(at + ".unitPrice is " + price + ", expected " + expected.unitPrice());
        }
        return Optional.empty();
    }
}
