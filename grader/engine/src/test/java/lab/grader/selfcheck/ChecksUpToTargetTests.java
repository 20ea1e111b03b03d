package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lab.grader.katas.Gradings;
import lab.grader.model.Check;
import lab.grader.model.KataGrading;
import org.junit.jupiter.api.Test;

/** A known-bad submission is graded on the checks up to its target, in the kata's order, and on nothing after it. */
class ChecksUpToTargetTests {

    private final KataGrading<?> grading = Gradings.forKata("04-batch-writes");
    private final List<String> all = ids(grading);

    @Test
    void the_checks_end_with_the_target_and_keep_the_ones_before_it() {
        String target = all.get(2);

        assertThat(ids(new ChecksUpToTarget<>(grading, target)))
                .as("checks graded for a known-bad aimed at %s", target)
                .containsExactlyElementsOf(all.subList(0, 3));
    }

    @Test
    void a_target_the_kata_does_not_have_is_refused() {
        assertThatThrownBy(() -> new ChecksUpToTarget<>(grading, "no-such-check"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("04-batch-writes has no check no-such-check");
    }

    private static List<String> ids(KataGrading<?> grading) {
        return grading.checks().stream().map(Check::id).toList();
    }
}
