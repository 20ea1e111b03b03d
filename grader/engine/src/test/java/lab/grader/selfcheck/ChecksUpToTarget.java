package lab.grader.selfcheck;

import java.util.List;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * A kata's grading that ends with the check a known-bad submission targets. The checks before it still run, as in a
 * learner's grading, since a check may rely on the state the earlier ones left; the checks after it cannot change
 * what the self-check concludes ({@link SelfCheckRules#knownBadProblems} looks at the target only), so they are left
 * out to keep CI within its budget (decision 0021).
 */
record ChecksUpToTarget<D>(KataGrading<D> grading, String target) implements KataGrading<D> {

    ChecksUpToTarget {
        if (grading.checks().stream().noneMatch(check -> check.id().equals(target))) {
            throw new IllegalArgumentException(grading.definition().id() + " has no check " + target);
        }
    }

    @Override
    public KataDefinition definition() {
        return grading.definition();
    }

    @Override
    public D seed(SeedContext context) throws Exception {
        return grading.seed(context);
    }

    @Override
    public List<Check<D>> checks() {
        List<Check<D>> all = grading.checks();
        int last = all.stream().map(Check::id).toList().indexOf(target);
        return all.subList(0, last + 1);
    }

    @Override
    public List<KataFixture.Factory> fixtures() {
        return grading.fixtures();
    }
}
