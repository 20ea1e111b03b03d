package lab.grader.katas.nplusone;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.katas.nplusone.NPlusOneData.Line;
import lab.grader.katas.nplusone.NPlusOneData.Order;
import lab.grader.kit.Transactions;

/**
 * What the grader changes behind the kata's back to prove it reads current data: a new order, newer than any other,
 * for one customer, and a changed quantity and unit price on one line of an existing order of the same customer.
 *
 * @param customerId whose history changes
 * @param placed the new order, with its lines
 * @param changedOrderId the existing order whose line changes
 * @param before the line as seeded
 * @param after the same line (same id and product) with its new quantity and unit price
 */
record OrderHistoryChange(long customerId, Order placed, long changedOrderId, Line before, Line after) {

    /** Plan a change to the customer's history that no seeded value can already match. */
    static OrderHistoryChange plan(NPlusOneData data, Customer customer, RandomGenerator random) {
        if (customer.orders().isEmpty()) {
            throw new IllegalArgumentException("customer " + customer.id() + " has no order whose line could change");
        }
        List<Order> everyOrder =
                data.customers().stream().flatMap(c -> c.orders().stream()).toList();
        List<Line> everyLine =
                everyOrder.stream().flatMap(o -> o.lines().stream()).toList();
        long orderId = everyOrder.stream().mapToLong(Order::id).max().orElse(0) + 1 + random.nextInt(1_000);
        long lineId = everyLine.stream().mapToLong(Line::id).max().orElse(0) + 1 + random.nextInt(1_000);
        Instant newest = everyOrder.stream()
                .map(Order::placedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        Instant placedAt = newest.plus(1 + random.nextInt(24 * 60), ChronoUnit.MINUTES);
        List<Line> lines = new ArrayList<>();
        for (int l = 0, count = 1 + random.nextInt(3); l < count; l++) {
            Line product = everyLine.get(random.nextInt(everyLine.size()));
            lines.add(new Line(
                    lineId + l, product.productId(), product.productName(), 1 + random.nextInt(5), price(random)));
        }
        Order placed = new Order(orderId, placedAt, "PLACED", List.copyOf(lines));

        Order changed = customer.orders().get(random.nextInt(customer.orders().size()));
        Line before = changed.lines().get(random.nextInt(changed.lines().size()));
        // Seeded quantities are 1..5 and prices below 500.00, so both new values differ from every seeded one.
        Line after = new Line(
                before.id(),
                before.productId(),
                before.productName(),
                before.quantity() + 10 + random.nextInt(5),
                BigDecimal.valueOf(60_000 + random.nextInt(30_000)).movePointLeft(2));
        return new OrderHistoryChange(customer.id(), placed, changed.id(), before, after);
    }

    /** The customer as the database holds them once the change is made. */
    Customer applyTo(Customer customer) {
        List<Order> orders = new ArrayList<>();
        for (Order order : customer.orders()) {
            orders.add(
                    order.id() != changedOrderId
                            ? order
                            : new Order(
                                    order.id(),
                                    order.placedAt(),
                                    order.status(),
                                    order.lines().stream()
                                            .map(line -> line.id() == before.id() ? after : line)
                                            .toList()));
        }
        orders.add(placed);
        return new Customer(customer.id(), customer.name(), List.copyOf(orders));
    }

    /** "order 123 (placed ...) with 2 lines, and line 456 of order 789 now 12 x 612.34" for feedback. */
    String describe() {
        return "new order " + placed.id() + " (placed " + placed.placedAt() + ", "
                + placed.lines().size()
                + (placed.lines().size() == 1 ? " line" : " lines") + "), and line " + before.id() + " of order "
                + changedOrderId + " changed from " + before.quantity() + " x " + before.unitPrice() + " to "
                + after.quantity() + " x " + after.unitPrice();
    }

    /** Make the change over the grader's own connection, in one transaction. */
    void apply(Connection connection) throws SQLException {
        Transactions.inTransaction(connection, () -> {
            try (PreparedStatement order = connection.prepareStatement(
                            "insert into purchase_order (id, customer_id, placed_at, status) values (?, ?, ?, ?)");
                    PreparedStatement line = connection.prepareStatement("insert into order_line"
                            + " (id, order_id, product_id, quantity, unit_price) values (?, ?, ?, ?, ?)")) {
                order.setLong(1, placed.id());
                order.setLong(2, customerId);
                order.setTimestamp(3, Timestamp.from(placed.placedAt()));
                order.setString(4, placed.status());
                order.executeUpdate();
                for (Line added : placed.lines()) {
                    line.setLong(1, added.id());
                    line.setLong(2, placed.id());
                    line.setLong(3, added.productId());
                    line.setInt(4, added.quantity());
                    line.setBigDecimal(5, added.unitPrice());
                    line.addBatch();
                }
                line.executeBatch();
            }
            setLine(connection, after);
        });
    }

    /** Put the database back as seeded, so the checks after this one compare with the seeded data. */
    void undo(Connection connection) throws SQLException {
        Transactions.inTransaction(connection, () -> {
            try (PreparedStatement lines = connection.prepareStatement("delete from order_line where order_id = ?");
                    PreparedStatement order = connection.prepareStatement("delete from purchase_order where id = ?")) {
                lines.setLong(1, placed.id());
                lines.executeUpdate();
                order.setLong(1, placed.id());
                order.executeUpdate();
            }
            setLine(connection, before);
        });
    }

    private static void setLine(Connection connection, Line line) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update order_line set quantity = ?, unit_price = ? where id = ?")) {
            update.setInt(1, line.quantity());
            update.setBigDecimal(2, line.unitPrice());
            update.setLong(3, line.id());
            update.executeUpdate();
        }
    }

    private static BigDecimal price(RandomGenerator random) {
        return BigDecimal.valueOf(100 + random.nextInt(49_900)).movePointLeft(2);
    }
}
