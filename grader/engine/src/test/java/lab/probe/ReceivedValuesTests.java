package lab.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReceivedValuesTests {

    @Test
    void a_number_a_date_a_null_and_a_short_text_are_one_value_each() {
        assertThat(ReceivedValues.count(new BigDecimal("12.10"))).as("number").isEqualTo(1);
        assertThat(ReceivedValues.count(LocalDateTime.of(2025, 3, 1, 0, 0)))
                .as("date")
                .isEqualTo(1);
        assertThat(ReceivedValues.count(null)).as("null").isEqualTo(1);
        assertThat(ReceivedValues.count("Electronics")).as("short text").isEqualTo(1);
    }

    @Test
    void an_array_counts_each_element_also_when_nested() {
        Object[] amounts = {new BigDecimal("1.10"), new BigDecimal("2.20"), new Object[] {1, 2, 3}};

        assertThat(ReceivedValues.count(amounts)).as("values in a nested array").isEqualTo(5);
        assertThat(ReceivedValues.count(new long[] {1, 2, 3, 4}))
                .as("values in a long[]")
                .isEqualTo(4);
        assertThat(ReceivedValues.count(new Object[0]))
                .as("values in an empty array")
                .isEqualTo(1);
    }

    @Test
    void a_json_text_counts_its_scalars_but_not_its_keys() {
        String totals = "[{\"category\": \"Books\", \"revenue\": 12.10}, {\"category\": \"Toys\", \"revenue\": 0},"
                + " {\"category\": \"Say \\\"hi\\\"\", \"revenue\": null}]";

        assertThat(ReceivedValues.count(totals))
                .as("scalars in a json_agg of three objects")
                .isEqualTo(6);
    }

    @Test
    void an_array_literal_read_as_text_counts_its_elements() {
        assertThat(ReceivedValues.count("{12.10,4.20,\"a b\",7.00}"))
                .as("elements of a numeric[] read with getString")
                .isEqualTo(4);
    }

    @Test
    void any_other_text_counts_one_value_per_sixteen_characters_started() {
        assertThat(ReceivedValues.count("x".repeat(16))).as("16 characters").isEqualTo(1);
        assertThat(ReceivedValues.count("x".repeat(17))).as("17 characters").isEqualTo(2);
        assertThat(ReceivedValues.count("12.10,4.20,7.00,1.99,3.45"))
                .as("a string_agg of five amounts")
                .isEqualTo(2);
        assertThat(ReceivedValues.count(new byte[40])).as("40 bytes").isEqualTo(3);
    }
}
