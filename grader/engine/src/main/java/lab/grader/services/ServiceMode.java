package lab.grader.services;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where PostgreSQL and Redis come from in a grading run. */
public enum ServiceMode {
    AUTO,
    DOCKER,
    EMBEDDED,
    EXTERNAL;

    public static ServiceMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-Dlab.services=" + value + " is not a service mode; use one of "
                    + Arrays.stream(values()).map(ServiceMode::label).collect(Collectors.joining(", ")));
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
