package lab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KataStatusTests {

    @ParameterizedTest
    @CsvSource({"30, 30, PASSED", "29, 30, PARTIAL", "1, 30, PARTIAL", "0, 30, FAILED"})
    void a_kata_that_ran_to_the_end_is_classified_by_its_score(int score, int max, KataStatus expected) {
        assertThat(KataStatus.fromScore(score, max))
                .as("status for %d / %d", score, max)
                .isEqualTo(expected);
    }

    @Test
    void labels_are_the_words_of_the_readme() {
        assertThat(KataStatus.values())
                .extracting(KataStatus::label)
                .as("labels")
                .containsExactly("passed", "partial", "failed", "not-compiled", "crashed", "timed-out", "errored");
    }
}
