package lab.grader.katas.batchwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BadRowTests {

    private final PaymentLine good =
            new SettlementFiles(new SplittableRandom(3)).next('M', 1).lines().getFirst();

    @Test
    void a_bad_amount_replaces_the_fourth_field_only() {
        String[] fields = BadRow.AMOUNT.csvOf(good, "12.5O").split(",", -1);
        String[] expected = good.csv().split(",", -1);
        expected[3] = "12.5O";
        assertThat(fields).as("fields of the line with a bad amount").containsExactly(expected);
    }

    @Test
    void a_bad_booking_date_replaces_the_second_field_only() {
        String[] fields = BadRow.BOOKED_ON.csvOf(good, "31/03/2026").split(",", -1);
        String[] expected = good.csv().split(",", -1);
        expected[1] = "31/03/2026";
        assertThat(fields).as("fields of the line with a bad booked_on").containsExactly(expected);
    }

    @Test
    void every_bad_value_is_one_of_the_kind_and_not_valid_for_its_column() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20; i++) {
            assertThat(BadRow.AMOUNT.pick(random))
                    .as("a bad amount is not a plain number with at most two decimals")
                    .isIn(BadRow.AMOUNT.values())
                    .doesNotMatch("-?\\d+(\\.\\d{1,2})?");
            assertThat(BadRow.BOOKED_ON.pick(random))
                    .as("a bad booked_on is one of the listed values")
                    .isIn(BadRow.BOOKED_ON.values());
        }
    }
}
