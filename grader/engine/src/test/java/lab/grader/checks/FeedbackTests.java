package lab.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackTests {

    @Test
    void the_four_parts_follow_what_was_checked_in_order() {
        Feedback feedback = Feedback.check("GET /customers/7/orders ran one query per order.")
                .next("Load the lines of all orders in one query.")
                .cause("Each order's lines are loaded lazily.")
                .actual("51 statements")
                .expected("at most 3 statements");

        assertThat(feedback.toString()).as("feedback").isEqualTo("""
                GET /customers/7/orders ran one query per order.
                Expected:     at most 3 statements
                But was:      51 statements
                Likely cause: Each order's lines are loaded lazily.
                Next:         Load the lines of all orders in one query.""");
    }

    @Test
    void blank_parts_are_left_out() {
        Feedback feedback = Feedback.check("The cache was never read.")
                .expected(" ")
                .actual("0 GET")
                .next("Read the cache before the database.");

        assertThat(feedback.toString()).as("feedback").isEqualTo("""
                The cache was never read.
                But was:      0 GET
                Next:         Read the cache before the database.""");
    }

    @Test
    void only_what_was_checked_when_no_part_is_given() {
        assertThat(Feedback.check("Nothing more to say.").toString())
                .as("feedback")
                .isEqualTo("Nothing more to say.");
    }

    @Test
    void multi_line_values_are_indented_under_their_label() {
        Feedback feedback = Feedback.check("Too many statements.")
                .actual("51 statements:\n  50 x `select ...`\n  1 x `select ...`")
                .next("Join the lines.\nOr load them in one query.");

        assertThat(feedback.toString()).as("feedback").isEqualTo("""
                Too many statements.
                But was:      51 statements:
                                50 x `select ...`
                                1 x `select ...`
                Next:         Join the lines.
                              Or load them in one query.""");
    }

    @Test
    void a_failure_carries_the_feedback_and_the_metrics() {
        Feedback feedback = Feedback.check("Too slow.").actual("p99 1200 ms");

        Verdict verdict = feedback.failure(Map.of("p99Ms", 1200L)).verdict();

        assertThat(verdict.passed()).as("passed").isFalse();
        assertThat(verdict.message()).as("message").isEqualTo(feedback.toString());
        assertThat(verdict.metrics()).as("metrics").containsOnly(entry("p99Ms", 1200L));
    }

    @Test
    void a_failure_without_metrics_has_none() {
        Verdict verdict = Feedback.check("Wrong answer.").failure().verdict();

        assertThat(verdict.message()).as("message").isEqualTo("Wrong answer.");
        assertThat(verdict.metrics()).as("metrics").isEmpty();
    }
}
