package lab.grader.katas.batchwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PaymentDifferencesTests {

    private final SettlementFile file = new SettlementFiles(new SplittableRandom(11)).next('C', 5);

    @Test
    void a_table_that_holds_exactly_the_file_has_no_difference() {
        assertThat(PaymentDifferences.firstDifference(file, stored(file.lines())))
                .as("difference for a table holding the file's five payments once each")
                .isEmpty();
    }

    @Test
    void a_missing_payment_is_named_with_its_line_in_the_file() {
        List<PaymentLine> withoutThird = new ArrayList<>(file.lines());
        PaymentLine third = withoutThird.remove(2);
        assertThat(PaymentDifferences.firstDifference(file, stored(withoutThird)))
                .as("difference when the third data row (line 4) is not stored")
                .hasValue("payment " + third.reference() + " (line 4) is not stored; 4 of 5 references are");
    }

    @Test
    void a_payment_stored_twice_is_reported() {
        Map<String, List<PaymentLine>> stored = stored(file.lines());
        PaymentLine first = file.lines().getFirst();
        stored.put(first.reference(), List.of(first, first));
        assertThat(PaymentDifferences.firstDifference(file, stored))
                .as("difference when the first payment has two rows")
                .hasValue("payment " + first.reference() + " is stored 2 times");
    }

    @Test
    void a_changed_amount_shows_the_stored_and_the_expected_values() {
        PaymentLine second = file.lines().get(1);
        PaymentLine rounded = new PaymentLine(
                second.reference(),
                second.bookedOn(),
                second.account(),
                second.amount().add(new BigDecimal("0.01")),
                second.description());
        Map<String, List<PaymentLine>> stored = stored(file.lines());
        stored.put(second.reference(), List.of(rounded));
        assertThat(PaymentDifferences.firstDifference(file, stored))
                .as("difference when the second payment's amount is a cent off")
                .hasValue("payment " + second.reference() + " is stored as\n  " + rounded.describe()
                        + "\nbut the file has\n  " + second.describe());
    }

    @Test
    void references_beyond_the_file_are_reported() {
        Map<String, List<PaymentLine>> stored = stored(file.lines());
        PaymentLine extra = new SettlementFiles(new SplittableRandom(12))
                .next('C', 1)
                .lines()
                .getFirst();
        stored.put(file.prefix() + "9999999", List.of(extra));
        assertThat(PaymentDifferences.firstDifference(file, stored))
                .as("difference when a sixth reference with the file's prefix is stored")
                .hasValue("6 references stored for a file of 5 rows");
    }

    private static Map<String, List<PaymentLine>> stored(List<PaymentLine> lines) {
        Map<String, List<PaymentLine>> stored = new LinkedHashMap<>();
        lines.forEach(line -> stored.put(line.reference(), List.of(line)));
        return stored;
    }
}
