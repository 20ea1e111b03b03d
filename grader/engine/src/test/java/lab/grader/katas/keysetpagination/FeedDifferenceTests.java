package lab.grader.katas.keysetpagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import lab.grader.katas.keysetpagination.FeedAnswers.Row;
import org.junit.jupiter.api.Test;

class FeedDifferenceTests {

    private static final Instant TIE = Instant.parse("2026-06-01T12:00:00.123456Z");
    private static final Row A = new Row(30, TIE, "LIKE", "a");
    private static final Row B = new Row(20, TIE, "LIKE", "b");
    private static final Row C = new Row(10, TIE.minusSeconds(1), "SHARE", "c");

    @Test
    void the_same_rows_in_the_same_order_differ_in_nothing() {
        assertThat(FeedDifference.difference(List.of(A, B, C), List.of(A, B, C), 2))
                .as("difference")
                .isEmpty();
    }

    @Test
    void a_skipped_row_is_named_with_the_rows_it_ties_with() {
        assertThat(FeedDifference.difference(List.of(A, C), List.of(A, B, C), 1))
                .as("difference")
                .contains("2 items for 3 activities: 1 skipped, 0 repeated, 0 unexpected.\nFirst skipped: id 20"
                        + " (createdAt 2026-06-01T12:00:00.123456Z), position 1 of the feed, which shares its createdAt"
                        + " with 1 other activity");
    }

    @Test
    void rows_out_of_order_are_named_by_page_and_item() {
        assertThat(FeedDifference.difference(List.of(B, A, C), List.of(A, B, C), 2))
                .as("difference")
                .contains("position 0 (page 1, item 0) shows id 20 (createdAt 2026-06-01T12:00:00.123456Z), expected"
                        + " id 30 (createdAt 2026-06-01T12:00:00.123456Z), which shares its createdAt with 1 other"
                        + " activity");
    }

    @Test
    void ties_are_counted() {
        assertThat(FeedDifference.tied(List.of(A, B, C)))
                .as("rows sharing a timestamp")
                .isEqualTo(2);
    }
}
