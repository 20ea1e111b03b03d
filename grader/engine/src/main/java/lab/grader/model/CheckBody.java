package lab.grader.model;

/**
 * What a check does against a running kata: it returns a passing {@link Verdict}, or throws {@link CheckFailure}
 * (the kata did the wrong thing) or {@link CheckSkipped} (the check cannot run in this service mode). Any other
 * exception is taken as the grader's own fault.
 */
@FunctionalInterface
public interface CheckBody<D> {

    Verdict run(KataRun kata, D data) throws Exception;
}
