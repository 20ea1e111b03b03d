package lab.grader.model;

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
        Feedback feedback = Feedback.check("Too many statements.").actual("51 statements");

        CheckFailure failure = feedback.failure(Map.of("statements", 51L));

        assertThat(failure.feedback()).as("feedback").isSameAs(feedback);
        assertThat(failure.getMessage()).as("message").isEqualTo(feedback.toString());
        assertThat(failure.metrics()).as("metrics").containsOnly(entry("statements", 51L));
    }

    @Test
    void a_failure_without_metrics_has_none() {
        CheckFailure failure = Feedback.check("Wrong answer.").failure();

        assertThat(failure.metrics()).as("metrics").isEmpty();
    }

    @Test
    void the_next_step_points_at_the_task_of_the_readme() {
        Feedback feedback = Feedback.check("Too many statements.").next("Join the lines in OrderHistoryRepository.");

        assertThat(feedback.render(new TaskReference(2, "exercises/01-n-plus-one/README.md")))
                .as("rendered feedback")
                .isEqualTo("""
                        Too many statements.
                        Next:         Join the lines in OrderHistoryRepository. -- task 2 of \
                        exercises/01-n-plus-one/README.md""");
    }

    @Test
    void a_named_hint_is_rendered_with_its_task() {
        Feedback feedback =
                Feedback.check("Too many statements.").next("Join the lines.").hint(1);

        assertThat(feedback.parts(new TaskReference(2, "exercises/01-n-plus-one/README.md"))
                        .next())
                .as("next step")
                .isEqualTo("Join the lines. -- task 2 of exercises/01-n-plus-one/README.md, hint 1");
    }

    @Test
    void without_a_next_step_the_task_is_the_next_step() {
        Feedback feedback = Feedback.check("Wrong answer.").hint(2);

        assertThat(feedback.parts(new TaskReference(3, "exercises/05-x/README.md"))
                        .next())
                .as("next step")
                .isEqualTo("task 3 of exercises/05-x/README.md, hint 2");
    }
}
