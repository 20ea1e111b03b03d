package lab.grader.katas.nplusone;

import java.util.List;
import java.util.Optional;
import lab.grader.katas.nplusone.NPlusOneData.Line;
import lab.grader.katas.nplusone.NPlusOneData.Order;
import lab.grader.kit.JsonFields;
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
        Optional<String> difference = JsonFields.first(
                JsonFields.instant(order, "placedAt", expected.placedAt(), where),
                JsonFields.text(order, "status", expected.status(), where),
                JsonFields.arrayOf(order, "lines", expected.lines().size(), "lines", where));
        if (difference.isPresent()) {
            return difference;
        }
        JsonNode lines = order.path("lines");
        for (int l = 0; l < expected.lines().size(); l++) {
            difference = lineDifference(lines.get(l), expected.lines().get(l), where + ".lines[" + l + "]");
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
        return JsonFields.first(
                JsonFields.text(line, "productName", expected.productName(), at),
                JsonFields.number(line, "quantity", expected.quantity(), at),
                JsonFields.decimal(line, "unitPrice", expected.unitPrice(), at));
    }
}
