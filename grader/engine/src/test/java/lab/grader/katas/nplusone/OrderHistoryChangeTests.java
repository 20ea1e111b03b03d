package lab.grader.katas.nplusone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import lab.grader.katas.nplusone.NPlusOneData.Customer;
import lab.grader.katas.nplusone.NPlusOneData.Line;
import lab.grader.katas.nplusone.NPlusOneData.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OrderHistoryChangeTests {

    private static final Customer ANNA = new Customer(
            7,
            "Anna",
            List.of(
                    new Order(
                            20,
                            Instant.parse("2026-05-01T08:00:00Z"),
                            "PAID",
                            List.of(
                                    new Line(300, 3, "Oak desk lamp 4", 2, new BigDecimal("19.99")),
                                    new Line(301, 5, "Glass vase 6", 1, new BigDecimal("5.00")))),
                    new Order(
                            18,
                            Instant.parse("2026-04-01T08:00:00Z"),
                            "SHIPPED",
                            List.of(new Line(299, 5, "Glass vase 6", 4, new BigDecimal("5.00"))))));

    private static final Customer BEN = new Customer(
            14,
            "Ben",
            List.of(new Order(
                    25,
                    Instant.parse("2026-05-20T09:30:00Z"),
                    "PLACED",
                    List.of(new Line(310, 9, "Wool rug 10", 3, new BigDecimal("120.50"))))));

    private static final NPlusOneData DATA = new NPlusOneData(List.of(ANNA, BEN), 99);

    @RepeatedTest(20)
    void the_new_order_comes_first_with_fresh_ids_and_the_changed_line_keeps_its_place() {
        OrderHistoryChange change = OrderHistoryChange.plan(DATA, ANNA, new SplittableRandom());

        List<Order> after = change.applyTo(ANNA).recent(10);

        assertThat(after).as("orders after the change").hasSize(3);
        assertThat(after.getFirst()).as("the newest order").isEqualTo(change.placed());
        assertThat(change.placed().id())
                .as("new order id, above every seeded one")
                .isGreaterThan(25);
        assertThat(change.placed().lines())
                .as("new lines")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.id())
                        .as("new line id, above every seeded one")
                        .isGreaterThan(310));
        assertThat(change.placed().placedAt())
                .as("new order's time, after every seeded order of every customer")
                .isAfter(Instant.parse("2026-05-20T09:30:00Z"));
        assertThat(after.stream().flatMap(o -> o.lines().stream()).map(Line::id))
                .as("every line id of the customer, the changed one still in its place")
                .containsSubsequence(300L, 301L, 299L);
        assertThat(after.stream().flatMap(o -> o.lines().stream()))
                .as("the changed line")
                .contains(change.after())
                .doesNotContain(change.before());
    }

    @RepeatedTest(20)
    void the_changed_line_differs_from_every_seeded_quantity_and_price() {
        OrderHistoryChange change = OrderHistoryChange.plan(DATA, ANNA, new SplittableRandom());

        assertThat(change.after().quantity())
                .as("new quantity, above the seeder's 1..5")
                .isGreaterThan(5);
        assertThat(change.after().unitPrice())
                .as("new unit price, above the seeder's 499.99, with two decimals")
                .isGreaterThan(new BigDecimal("499.99"))
                .satisfies(price -> assertThat(price.scale()).as("scale").isEqualTo(2));
        assertThat(change.after().id())
                .as("same line")
                .isEqualTo(change.before().id());
        assertThat(change.after().productId())
                .as("same product")
                .isEqualTo(change.before().productId());
    }

    @Test
    void other_customers_and_the_seeded_customer_stay_as_they_were() {
        OrderHistoryChange change = OrderHistoryChange.plan(DATA, ANNA, new SplittableRandom(42));

        change.applyTo(ANNA);

        assertThat(ANNA.orders()).as("Anna's seeded orders, untouched").hasSize(2);
        assertThat(change.customerId()).as("whose history changes").isEqualTo(7);
        assertThat(change.describe())
                .as("description")
                .startsWith("new order " + change.placed().id() + " (placed ")
                .contains("and line " + change.before().id() + " of order " + change.changedOrderId() + " changed from "
                        + change.before().quantity() + " x " + change.before().unitPrice());
    }

    @Test
    void the_same_seed_plans_the_same_change() {
        assertThat(OrderHistoryChange.plan(DATA, ANNA, new SplittableRandom(5)))
                .as("a change planned twice from one seed")
                .isEqualTo(OrderHistoryChange.plan(DATA, ANNA, new SplittableRandom(5)));
    }
}
