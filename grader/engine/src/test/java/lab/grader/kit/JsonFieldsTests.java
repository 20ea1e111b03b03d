package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON-answer comparison: the exact sentence for each kind of difference. */
class JsonFieldsTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final JsonNode ORDER = JSON.readTree("""
            {"id": 17, "status": "SHIPPED", "placedAt": "2026-03-01T11:15:30+01:00", "total": 19.990,
             "lines": [{}, {}], "note": null}""");

    @Test
    void right_fields_have_no_difference() {
        assertThat(JsonFields.first(
                        JsonFields.number(ORDER, "id", 17, "[0]"),
                        JsonFields.text(ORDER, "status", "SHIPPED", "[0]"),
                        JsonFields.instant(ORDER, "placedAt", Instant.parse("2026-03-01T10:15:30Z"), "[0]"),
                        JsonFields.decimal(ORDER, "total", new BigDecimal("19.99"), "[0]"),
                        JsonFields.arrayOf(ORDER, "lines", 2, "lines", "[0]")))
                .as("difference of a right order")
                .isEmpty();
    }

    @Test
    void each_kind_of_difference_is_named_with_its_path() {
        assertThat(JsonFields.number(ORDER, "id", 18, "[0]")).as("id").contains("[0].id is 17, expected 18");
        assertThat(JsonFields.text(ORDER, "status", "PAID", "[0]"))
                .as("status")
                .contains("[0].status is \"SHIPPED\", expected \"PAID\"");
        assertThat(JsonFields.decimal(ORDER, "total", new BigDecimal("19.98"), "[0]"))
                .as("total")
                .contains("[0].total is 19.990, expected 19.98");
        assertThat(JsonFields.instant(ORDER, "placedAt", Instant.parse("2026-03-01T10:15:31Z"), "[0]"))
                .as("placedAt")
                .contains("[0].placedAt is 2026-03-01T10:15:30Z, expected 2026-03-01T10:15:31Z");
        assertThat(JsonFields.arrayOf(ORDER, "lines", 3, "lines", "[0]"))
                .as("lines")
                .contains("[0].lines has 2 lines, expected 3");
    }

    @Test
    void missing_and_malformed_fields_say_so() {
        assertThat(JsonFields.number(ORDER, "customerId", 7, "[0]"))
                .as("missing")
                .contains("[0].customerId is missing, expected 7");
        assertThat(JsonFields.instant(ORDER, "status", Instant.parse("2026-03-01T10:15:30Z"), "[0]"))
                .as("not an instant")
                .contains("[0].status is \"SHIPPED\", not an ISO-8601 instant such as 2026-03-01T10:15:30Z");
        assertThat(JsonFields.arrayOf(ORDER, "note", 1, "lines", "[0]"))
                .as("not an array")
                .contains("[0].note has no array, expected 1");
        assertThat(JsonFields.decimal(ORDER, "status", BigDecimal.ONE, "[0]"))
                .as("text for a number")
                .isEqualTo(Optional.of("[0].status is \"SHIPPED\", expected 1"));
    }
}
