package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for error answers, with the exact sentence for each way an answer can break it. */
class ProblemDetailsTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void a_problem_detail_with_the_status_and_a_detail_follows_the_rule() {
        assertThat(ProblemDetails.expect(400)
                        .mentioning("limit")
                        .problemWith(
                                400, PROBLEM, "{\"status\": 400, \"detail\": \"Limit must be 1 to 100, was 500\"}"))
                .as("problem")
                .isEmpty();
    }

    @Test
    void each_way_of_breaking_the_rule_is_named() {
        ProblemDetails rule = ProblemDetails.expect(400);

        assertThat(rule.problemWith(500, PROBLEM, "{\"detail\": \"boom\"}"))
                .as("wrong status")
                .contains("HTTP 500 {\"detail\": \"boom\"}");
        assertThat(rule.problemWith(400, "application/json", "{\"detail\": \"bad\"}"))
                .as("plain JSON")
                .contains("HTTP 400 with content type application/json, not application/problem+json: {\"detail\":"
                        + " \"bad\"}");
        assertThat(rule.problemWith(400, PROBLEM, "bad request"))
                .as("not JSON")
                .contains("HTTP 400 whose body is not a JSON object: bad request");
        assertThat(rule.problemWith(400, PROBLEM, "{\"status\": 500, \"detail\": \"bad\"}"))
                .as("status field differs")
                .contains("HTTP 400 whose problem detail says \"status\": 500");
        assertThat(rule.problemWith(400, PROBLEM, "{\"title\": \"Bad Request\"}"))
                .as("no detail")
                .contains("HTTP 400 without a `detail` saying what was wrong: {\"title\": \"Bad Request\"}");
    }

    @Test
    void the_options_ask_the_detail_for_a_word_and_a_line() {
        ProblemDetails rule = ProblemDetails.expect(400).mentioning("cursor").namingLine(12);

        assertThat(rule.describe())
                .as("what the rule asks for")
                .isEqualTo("HTTP 400, application/problem+json with a `detail` that mentions cursor and names line 12");
        assertThat(rule.problemWith(400, PROBLEM, "{\"detail\": \"bad input on line 12\"}"))
                .as("word missing")
                .contains("HTTP 400 whose detail does not mention cursor: \"bad input on line 12\"");
        assertThat(rule.problemWith(400, PROBLEM, "{\"detail\": \"bad cursor on line 120\"}"))
                .as("another line")
                .contains("HTTP 400 whose detail does not name line 12: \"bad cursor on line 120\"");
        assertThat(rule.problemWith(400, PROBLEM + ";charset=UTF-8", "{\"detail\": \"Cursor: line 12 broken\"}"))
                .as("both, any case, with a charset")
                .isEmpty();
    }
}
