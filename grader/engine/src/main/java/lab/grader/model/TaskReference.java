package lab.grader.model;

/**
 * Where in a kata's README a check's task is explained, so that feedback can point at it.
 *
 * @param readme the README's path relative to the repository root, e.g. {@code exercises/01-n-plus-one/README.md}
 */
public record TaskReference(int task, String readme) {

    public static TaskReference of(KataDefinition kata, int task) {
        return new TaskReference(task, kata.readme());
    }

    /** "task 2 of exercises/01-n-plus-one/README.md", with ", hint 1" when a hint is named. */
    public String describe(int hint) {
        return "task " + task + " of " + readme + (hint > 0 ? ", hint " + hint : "");
    }
}
