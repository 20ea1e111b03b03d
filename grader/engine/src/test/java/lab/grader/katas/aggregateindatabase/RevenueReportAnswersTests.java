package lab.grader.katas.aggregateindatabase;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Cell;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Month;
import lab.grader.katas.aggregateindatabase.RevenueReportAnswers.Difference;
import lab.grader.katas.aggregateindatabase.SalesData.Line;
import lab.grader.katas.aggregateindatabase.SalesData.Order;
import lab.grader.katas.aggregateindatabase.SalesData.Product;
import lab.grader.kit.HttpAnswers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RevenueReportAnswersTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    // Books sells in January and March (one order 30 minutes after midnight on 1 March in Berlin, still February in
    // UTC); February has no order in Berlin; Toys never sells.
    private static final SalesData DATA = new SalesData(
            List.of("Books", "Toys"),
            "Toys",
            "Books",
            List.of(new Product(1, "Books")),
            List.of(
                    order(10, "2025-01-10T12:00:00Z", "12.10", 2),
                    order(11, "2025-02-28T23:30:00Z", "0.20", 1),
                    order(12, "2025-03-05T08:00:00Z", "7.05", 3)),
            YearMonth.of(2025, 1),
            YearMonth.of(2025, 3),
            YearMonth.of(2025, 2),
            List.of(BERLIN),
            YearMonth.of(2025, 3));

    private final ExpectedReport expected = DATA.report(YearMonth.of(2025, 1), YearMonth.of(2025, 3), BERLIN);

    @Test
    void the_expected_report_written_as_json_has_no_difference() {
        assertThat(RevenueReportAnswers.firstDifference(json(expected), expected, DATA))
                .as("difference of the exact answer")
                .isEmpty();
    }

    @Test
    void a_sum_off_by_less_than_a_cent_is_blamed_on_floating_point_and_points_at_hint_1() {
        String body = json(expected).toString().replace("24.20", "24.200000000000003");

        Difference difference = first(body);

        assertThat(difference.what())
                .as("what")
                .isEqualTo("months[0] (2025-01) · Books: revenue is 24.200000000000003, expected 24.20 (off by"
                        + " 0.000000000000003)");
        assertThat(difference.cause()).as("cause").contains("passed through, floating point");
        assertThat(difference.hint()).as("hint of task 1").isEqualTo(1);
    }

    @Test
    void a_total_cut_to_fifteen_digits_by_float8_is_a_rounding_error_and_a_lost_line_is_not() {
        assertThat(AmountDifferences.isRoundingError(new BigDecimal("0.03"), new BigDecimal("12345678901234.57")))
                .as("12345678901234.6 for 12345678901234.57")
                .isTrue();
        assertThat(AmountDifferences.isRoundingError(new BigDecimal("0.50"), new BigDecimal("85944.54")))
                .as("a lost line of 0.50 in 85944.54")
                .isFalse();
        assertThat(AmountDifferences.isRoundingError(new BigDecimal("0.01"), BigDecimal.ZERO))
                .as("anything where nothing was sold")
                .isFalse();
    }

    @Test
    void a_month_without_orders_left_out_points_at_the_grid_of_hint_2() {
        ExpectedReport withoutFebruary = new ExpectedReport(
                expected.from(),
                expected.to(),
                BERLIN,
                List.of(expected.months().get(0), expected.months().get(2)));

        Difference difference = first(json(withoutFebruary).toString());

        assertThat(difference.what())
                .as("what")
                .isEqualTo("months [2025-01, 2025-03], expected [2025-01, 2025-02, 2025-03]; missing: [2025-02]");
        assertThat(difference.cause()).as("cause").contains("has no group in a GROUP BY");
        assertThat(difference.hint()).as("hint of task 1").isEqualTo(2);
    }

    @Test
    void months_cut_at_midnight_utc_are_recognised_and_point_at_hint_3() {
        ExpectedReport inUtc = DATA.report(expected.from(), expected.to(), BERLIN, ZoneId.of("UTC"));

        Difference difference = first(json(inUtc).toString());

        assertThat(difference.what())
                .as("what")
                .startsWith("months[1] (2025-02) · Books: revenue is 0.20, expected 0 (off by 0.20). That is the sum"
                        + " with months cut at midnight UTC");
        assertThat(difference.cause()).as("cause").contains("computed in UTC");
        assertThat(difference.hint()).as("hint of task 1").isEqualTo(3);
    }

    @Test
    void a_category_without_sales_left_out_names_the_silent_category() {
        ExpectedReport booksOnly = new ExpectedReport(
                expected.from(),
                expected.to(),
                BERLIN,
                expected.months().stream()
                        .map(month ->
                                new Month(month.month(), month.categories().subList(0, 1)))
                        .toList());

        Difference difference = first(json(booksOnly).toString());

        assertThat(difference.what())
                .as("what")
                .isEqualTo("months[0] (2025-01) lists categories [Books], expected [Books, Toys]; missing: [Toys]");
        assertThat(difference.cause()).as("cause").contains("Toys has no products at all");
        assertThat(difference.hint()).as("hint of task 1").isEqualTo(2);
    }

    private Difference first(String body) {
        Optional<Difference> difference =
                RevenueReportAnswers.firstDifference(HttpAnswers.readOrMissing(body), expected, DATA);
        assertThat(difference).as("difference of " + body).isPresent();
        return difference.orElseThrow();
    }

    private static Order order(long id, String placedAt, String unitPrice, int quantity) {
        return new Order(
                id,
                Instant.parse(placedAt),
                List.of(new Line(id * 10, 1, "Books", quantity, new BigDecimal(unitPrice))));
    }

    /** The report as the service writes it. */
    private static JsonNode json(ExpectedReport report) {
        String months = report.months().stream()
                .map(month -> "{\"month\": \"" + month.month() + "\", \"total\": "
                        + month.total().toPlainString()
                        + ", \"categories\": ["
                        + month.categories().stream()
                                .map(RevenueReportAnswersTests::cell)
                                .collect(Collectors.joining(", "))
                        + "]}")
                .collect(Collectors.joining(", "));
        return HttpAnswers.readOrMissing("{\"from\": \"" + report.from() + "\", \"to\": \"" + report.to()
                + "\", \"zone\": \"" + report.zone().getId() + "\", \"months\": [" + months + "]}");
    }

    private static String cell(Cell cell) {
        return "{\"category\": \"" + cell.category() + "\", \"revenue\": "
                + cell.revenue().toPlainString() + "}";
    }
}
