package lab.grader.selfcheck;

import java.util.Locale;

/**
 * How much of the self-check a run proves, from {@code -Dlab.selfcheck.scope}. {@code full} (the default) grades
 * every reference, starter, known-bad submission and correct variant; {@code core} grades the references, the
 * starters and the engine's fixtures only, which is what CI asks of the modes after the first (decision 0021): a mode
 * decides where the services run, never what a check concludes, and the cross-mode comparison proves it on the core.
 */
enum SelfCheckScope {
    FULL,
    CORE;

    static final String PROPERTY = "lab.selfcheck.scope";

    static SelfCheckScope current() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    static SelfCheckScope parse(String value) {
        String scope = value.strip().toLowerCase(Locale.ROOT);
        return switch (scope) {
            case "", "full" -> FULL;
            case "core" -> CORE;
            default ->
                throw new IllegalArgumentException(
                        "-D" + PROPERTY + "=" + value + " is not a self-check scope; use full"
                                + " (every submission, the default) or core (references, starters and fixtures).");
        };
    }

    boolean gradesSubmissions() {
        return this == FULL;
    }
}
