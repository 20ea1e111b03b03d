package lab.grader.katas.nplusone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.katas.nplusone.NPlusOneData.Line;
import lab.grader.katas.nplusone.NPlusOneData.Order;
import lab.grader.kit.BulkLoad;

/**
 * Seed random customers, products, orders and lines. Ids start at random offsets and orders share timestamps on
 * purpose, so neither hard-coded answers nor a missing tie-break survive.
 */
final class NPlusOneSeeder {

    private static final String[] ADJECTIVES = {"Oak", "Steel", "Linen", "Copper", "Walnut", "Glass", "Wool", "Cedar"};
    private static final String[] NOUNS = {"desk lamp", "chair", "mug", "shelf", "rug", "kettle", "clock", "vase"};
    private static final String[] STATUSES = {"PLACED", "PAID", "SHIPPED", "DELIVERED", "RETURNED"};
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private NPlusOneSeeder() {}

    static NPlusOneData seed(Connection connection, RandomGenerator random) throws SQLException {
        long productBase = 100 + random.nextInt(9_000);
        List<String> productNames = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            productNames.add(ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)]
                    + " " + (i + 1));
        }
        // One customer with many orders, one with a handful, one with none, the rest in between.
        List<Integer> orderCounts = new ArrayList<>(List.of(60 + random.nextInt(20), 5 + random.nextInt(3), 0));
        for (int i = 0; i < 17; i++) {
            orderCounts.add(random.nextInt(25));
        }
        long customerBase = 1_000 + random.nextInt(50_000);
        long nextOrderId = 10_000 + random.nextInt(500_000);
        long nextLineId = 1_000_000 + random.nextInt(500_000);
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < orderCounts.size(); c++) {
            List<Order> orders = new ArrayList<>();
            Instant previous = null;
            for (int o = 0; o < orderCounts.get(c); o++) {
                // Every fourth order shares the previous one's timestamp: the order must break ties by id.
                Instant placedAt = previous != null && o % 4 == 3
                        ? previous
                        : NOW.minus(random.nextInt(2 * 365 * 24 * 60), ChronoUnit.MINUTES);
                previous = placedAt;
                long orderId = nextOrderId;
                nextOrderId += 1 + random.nextInt(3);
                List<Line> lines = new ArrayList<>();
                int lineCount = 1 + random.nextInt(5);
                for (int l = 0; l < lineCount; l++) {
                    int product = random.nextInt(productNames.size());
                    lines.add(new Line(
                            nextLineId,
                            productBase + product,
                            productNames.get(product),
                            1 + random.nextInt(5),
                            BigDecimal.valueOf(100 + random.nextInt(49_900))
                                    .movePointLeft(2)
                                    .setScale(2, RoundingMode.UNNECESSARY)));
                    nextLineId += 1 + random.nextInt(2);
                }
                orders.add(new Order(orderId, placedAt, STATUSES[random.nextInt(STATUSES.length)], lines));
            }
            customers.add(new Customer(customerBase + c * 7L, "Customer " + (c + 1), orders));
        }
        insert(connection, productBase, productNames, customers);
        return new NPlusOneData(customers, customerBase + orderCounts.size() * 7L + 3);
    }

    private static void insert(
            Connection connection, long productBase, List<String> productNames, List<Customer> customers)
            throws SQLException {
        BulkLoad.into(connection)
                .table("product", List.of("id", "name"), rows -> {
                    for (int i = 0; i < productNames.size(); i++) {
                        rows.add(productBase + i, productNames.get(i));
                    }
                })
                .table("customer", List.of("id", "name", "email"), rows -> {
                    for (Customer customer : customers) {
                        rows.add(customer.id(), customer.name(), "customer" + customer.id() + "@example.com");
                    }
                })
                .table("purchase_order", List.of("id", "customer_id", "placed_at", "status"), rows -> {
                    for (Customer customer : customers) {
                        for (Order order : customer.orders()) {
                            rows.add(order.id(), customer.id(), order.placedAt(), order.status());
                        }
                    }
                })
                .table("order_line", List.of("id", "order_id", "product_id", "quantity", "unit_price"), rows -> {
                    for (Customer customer : customers) {
                        for (Order order : customer.orders()) {
                            for (Line line : order.lines()) {
                                rows.add(line.id(), order.id(), line.productId(), line.quantity(), line.unitPrice());
                            }
                        }
                    }
                })
                .load();
    }
}
