package lab.grader.model;

/**
 * One graded check: a learner-readable title, the README task it belongs to, and its points.
 *
 * @param id stable, kebab-case; reports and the self-check refer to it
 */
public record Check<D>(String id, int task, String title, int points, CheckBody<D> body) {}
