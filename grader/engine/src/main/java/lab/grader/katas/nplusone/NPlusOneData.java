package lab.grader.katas.nplusone;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The shop the grader seeded for the N+1 kata, and the answers the endpoint should give about it. */
record NPlusOneData(List<Customer> customers, long unknownCustomerId) {

    record Customer(long id, String name, List<Order> orders) {

        /** The most recent orders, newest first, ties broken by the higher id, as the README specifies. */
        List<Order> recent(int limit) {
            return orders.stream()
                    .sorted(Comparator.comparing(Order::placedAt)
                            .thenComparing(Order::id)
                            .reversed())
                    .limit(limit)
                    .toList();
        }
    }

    record Order(long id, Instant placedAt, String status, List<Line> lines) {}

    record Line(long id, long productId, String productName, int quantity, BigDecimal unitPrice) {}

    /** A customer with at least this many orders. */
    Customer withAtLeast(int orders) {
        return customers.stream()
                .filter(c -> c.orders().size() >= orders)
                .min(Comparator.comparingInt((Customer c) -> c.orders().size()).thenComparing(Customer::id))
                .orElseThrow();
    }

    Customer withoutOrders() {
        return customers.stream().filter(c -> c.orders().isEmpty()).findFirst().orElseThrow();
    }

    Customer busiest() {
        return customers.stream()
                .max(Comparator.comparingInt(c -> c.orders().size()))
                .orElseThrow();
    }
}
