package lab.grader.katas.missingindex;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.grader.kit.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * Read the expected answers from the kata's database, and compare the kata's JSON with them. The grader's own
 * queries are written independently of the kata's, with the range as two UTC instants.
 */
final class SupportSearchAnswers {

    record Customer(long id, String name, String email) {}

    record Order(long id, Instant placedAt, String status, BigDecimal total) {}

    private SupportSearchAnswers() {}

    static Customer customer(Connection database, long id) throws SQLException {
        try (PreparedStatement select =
                database.prepareStatement("select id, name, email from customer where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The seeded customer " + id + " is missing from the database");
                }
                return new Customer(row.getLong("id"), row.getString("name"), row.getString("email"));
            }
        }
    }

    /** The customer's orders placed from the start of day {@code from} (UTC, inclusive) to {@code to} (exclusive). */
    static List<Order> orders(Connection database, long customerId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement select = database.prepareStatement("""
                select id, placed_at, status, total from purchase_order
                where customer_id = ? and placed_at >= ? and placed_at < ?
                order by placed_at desc, id desc""")) {
            select.setLong(1, customerId);
            select.setObject(2, from.atStartOfDay().atOffset(ZoneOffset.UTC));
            select.setObject(3, to.atStartOfDay().atOffset(ZoneOffset.UTC));
            List<Order> orders = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    orders.add(new Order(
                            row.getLong("id"),
                            row.getObject("placed_at", OffsetDateTime.class).toInstant(),
                            row.getString("status"),
                            row.getBigDecimal("total")));
                }
            }
            return orders;
        }
    }

    static Optional<String> customerDifference(JsonNode actual, Customer expected) {
        if (!actual.isObject()) {
            return Optional.of("the body is not a JSON object: " + actual.getNodeType());
        }
        if (actual.path("id").asLong(-1) != expected.id()) {
            return Optional.of("id is " + actual.path("id") + ", expected " + expected.id());
        }
        if (!actual.path("name").asString("").equals(expected.name())) {
            return Optional.of("name is " + actual.path("name") + ", expected \"" + expected.name() + "\"");
        }
        if (!actual.path("email").asString("").equals(expected.email())) {
            return Optional.of("email is " + actual.path("email") + ", expected \"" + expected.email()
                    + "\" (as stored, in the case the customer typed it)");
        }
        return Optional.empty();
    }

    /**
     * Name the first difference between a list of orders and the expected one: missing or extra orders first (with
     * the reason a known edge case is in or out of the range, from {@code why}), then order and content.
     */
    static Optional<String> ordersDifference(JsonNode actual, List<Order> expected, Map<Long, String> why) {
        if (!actual.isArray()) {
            return Optional.of("the body is not a JSON array: " + actual.getNodeType());
        }
        List<Long> actualIds = new ArrayList<>();
        for (JsonNode order : actual) {
            actualIds.add(order.path("id").asLong(-1));
        }
        Map<Long, Order> expectedById = expected.stream().collect(Collectors.toMap(Order::id, Function.identity()));
        Set<Long> actualSet = Set.copyOf(actualIds.stream().distinct().toList());
        List<String> missing = expected.stream()
                .filter(order -> !actualSet.contains(order.id()))
                .map(order ->
                        "order " + order.id() + " (" + why.getOrDefault(order.id(), "placed " + order.placedAt()) + ")")
                .limit(3)
                .toList();
        List<String> extra = actualIds.stream()
                .filter(id -> !expectedById.containsKey(id))
                .distinct()
                .map(id -> "order " + id + (why.containsKey(id) ? " (" + why.get(id) + ")" : ""))
                .limit(3)
                .toList();
        if (!missing.isEmpty() || !extra.isEmpty() || actualIds.size() != expected.size()) {
            List<String> parts = new ArrayList<>();
            parts.add(
                    actual.size() == expected.size()
                            ? actual.size() + " orders, as many as expected, but not the same ones"
                            : actual.size() + " orders instead of " + expected.size());
            if (!missing.isEmpty()) {
                parts.add("missing " + String.join(", ", missing));
            }
            if (!extra.isEmpty()) {
                parts.add("not in the range " + String.join(", ", extra));
            }
            return Optional.of(String.join("; ", parts));
        }
        for (int i = 0; i < expected.size(); i++) {
            Optional<String> difference = orderDifference(actual.get(i), expected.get(i), "[" + i + "]", why);
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> orderDifference(JsonNode order, Order expected, String at, Map<Long, String> why) {
        if (order.path("id").asLong(-1) != expected.id()) {
            return Optional.of(at + ".id is " + order.path("id") + ", expected order " + expected.id() + " (placed "
                    + expected.placedAt() + (why.containsKey(expected.id()) ? "; " + why.get(expected.id()) : "")
                    + "); newest first, and higher id first for the same instant");
        }
        String where = at + " (order " + expected.id() + ")";
        return JsonFields.first(
                JsonFields.instant(order, "placedAt", expected.placedAt(), where),
                JsonFields.text(order, "status", expected.status(), where),
                JsonFields.decimal(order, "total", expected.total(), where));
    }
}
