package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Map;
import lab.grader.model.Check;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckSkipped;
import lab.grader.model.Feedback;
import lab.grader.model.Verdict;
import lab.grader.report.CheckStatus;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** Whose fault a check's end was: the learner's (failed), nobody's (skipped), or the grader's (errored). */
class CheckOutcomesTests {

    @Test
    void a_verdict_passes_with_its_metrics() {
        CheckOutcome outcome = run((kata, data) -> Verdict.pass(Map.of("statements", 3L)));

        assertThat(outcome.status()).as("status").isEqualTo(CheckStatus.PASSED);
        assertThat(outcome.metrics()).as("metrics").containsEntry("statements", 3L);
    }

    @Test
    void a_check_failure_is_the_learners() {
        CheckOutcome outcome = run((kata, data) -> {
            throw Feedback.check("Too many statements.").failure(Map.of("statements", 51L));
        });

        assertThat(outcome.status()).as("status").isEqualTo(CheckStatus.FAILED);
        assertThat(outcome.feedback().toString()).as("feedback").isEqualTo("Too many statements.");
        assertThat(outcome.metrics()).as("metrics kept").containsEntry("statements", 51L);
    }

    @Test
    void a_skipped_check_says_why() {
        CheckOutcome outcome = run((kata, data) -> {
            throw new CheckSkipped("Redis is external");
        });

        assertThat(outcome.status()).as("status").isEqualTo(CheckStatus.SKIPPED);
        assertThat(outcome.message()).as("reason").isEqualTo("Redis is external");
    }

    @Test
    void a_grader_bug_is_errored_and_not_blamed_on_the_learner() {
        CheckOutcome outcome = run((kata, data) -> {
            throw new NullPointerException("expected value was null");
        });

        assertThat(outcome.status()).as("status").isEqualTo(CheckStatus.ERRORED);
        assertThat(outcome.message())
                .as("message")
                .contains("the grader broke")
                .contains("NullPointerException")
                .contains("not your code's fault");
    }

    @Test
    void a_database_or_redis_failing_under_the_grader_is_errored() {
        CheckOutcome sql = run((kata, data) -> {
            throw new SQLException("connection lost", "08006");
        });
        CheckOutcome redis = run((kata, data) -> {
            throw new JedisConnectionException("Unexpected end of stream");
        });

        assertThat(sql.status()).as("status after a SQLException").isEqualTo(CheckStatus.ERRORED);
        assertThat(redis.status()).as("status after a Jedis connection error").isEqualTo(CheckStatus.ERRORED);
    }

    @Test
    void a_kata_that_does_not_answer_fails() {
        CheckOutcome outcome = run((kata, data) -> {
            throw new UncheckedIOException(new ConnectException("Connection refused"));
        });

        assertThat(outcome.status()).as("status").isEqualTo(CheckStatus.FAILED);
        assertThat(outcome.message()).as("message").contains("got no usable answer from the kata");
    }

    private static CheckOutcome run(CheckBody<Void> body) {
        return CheckOutcomes.run(new Check<>("some-check", 1, "Some check", 1, body), null, null);
    }
}
