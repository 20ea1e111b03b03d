package lab.grader.katas.nplusone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import lab.grader.katas.nplusone.NPlusOneData.Line;
import lab.grader.katas.nplusone.NPlusOneData.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OrderHistoryAnswersTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final List<Order> ORDERS = List.of(
            new Order(
                    12,
                    Instant.parse("2026-03-01T10:15:30Z"),
                    "SHIPPED",
                    List.of(new Line(100, 3, "Desk lamp", 2, new BigDecimal("19.99")))),
            new Order(11, Instant.parse("2026-03-01T10:15:30Z"), "PAID", List.of()));

    private static final String RIGHT = """
            [{"id": 12, "placedAt": "2026-03-01T10:15:30Z", "status": "SHIPPED",
              "lines": [{"productId": 3, "productName": "Desk lamp", "quantity": 2, "unitPrice": 19.990}]},
             {"id": 11, "placedAt": "2026-03-01T10:15:30.000Z", "status": "PAID", "lines": []}]""";

    @Test
    void an_answer_equal_to_the_database_has_no_difference() {
        assertThat(OrderHistoryAnswers.firstDifference(json(RIGHT), ORDERS))
                .as("difference for a right answer (trailing zeros and millis are the same value)")
                .isEmpty();
    }

    @Test
    void orders_in_the_wrong_order_are_named_by_position_and_expected_id() {
        String swapped = """
                [{"id": 11, "placedAt": "2026-03-01T10:15:30Z", "status": "PAID", "lines": []},
                 {"id": 12, "placedAt": "2026-03-01T10:15:30Z", "status": "SHIPPED", "lines": []}]""";

        assertThat(OrderHistoryAnswers.firstDifference(json(swapped), ORDERS))
                .as("difference for swapped orders")
                .contains("[0].id is 11, expected order 12 (placed 2026-03-01T10:15:30Z)");
    }

    @Test
    void a_price_read_as_a_double_is_a_difference() {
        String doubled = RIGHT.replace("19.990", "19.989999999999998");

        assertThat(OrderHistoryAnswers.firstDifference(json(doubled), ORDERS))
                .as("difference for a rounded price")
                .contains("[0] (order 12).lines[0].unitPrice is 19.989999999999998, expected 19.99");
    }

    @Test
    void a_missing_order_is_counted() {
        assertThat(OrderHistoryAnswers.firstDifference(json("[]"), ORDERS))
                .as("difference for an empty answer")
                .contains("0 orders instead of 2");
    }

    @Test
    void a_body_that_is_not_an_array_says_what_it_is() {
        assertThat(OrderHistoryAnswers.firstDifference(json("{\"orders\": []}"), ORDERS))
                .as("difference for an object")
                .contains("the body is not a JSON array: OBJECT");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
