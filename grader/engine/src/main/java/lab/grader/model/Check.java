package lab.grader.model;

/**
 * One graded check: a learner-readable title, the README task it belongs to, and its points.
 *
 * @param id stable, kebab-case; reports and the self-check refer to it
 * @param timeLimitFactor how many times the run's per-check time limit this check may take: more than 1 only for a
 *     check that sends a large file, where a kata that is slow but correct (a statement per row) must not be taken
 *     for one that hangs
 */
public record Check<D>(String id, int task, String title, int points, CheckBody<D> body, int timeLimitFactor) {

    public Check(String id, int task, String title, int points, CheckBody<D> body) {
        this(id, task, title, points, body, 1);
    }

    /** The same check, allowed {@code factor} times the run's per-check time limit. */
    public Check<D> withTimeLimitFactor(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("A time-limit factor is at least 1, was " + factor);
        }
        return new Check<>(id, task, title, points, body, factor);
    }
}
