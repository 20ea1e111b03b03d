package lab.grader.checks;

/** What a check does against a running kata; it passes, or throws a {@link CheckFailure} saying why not. */
@FunctionalInterface
public interface CheckBody<D> {

    Verdict run(KataRun kata, D data) throws Exception;
}
