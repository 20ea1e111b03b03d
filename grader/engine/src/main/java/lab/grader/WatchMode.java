package lab.grader;

import java.util.Locale;

/** Whether {@code -Dlab.watch} re-grades a kata on every save, and how saves are noticed. */
public enum WatchMode {
    /** Grade once and stop: no {@code -Dlab.watch}, or {@code -Dlab.watch=false}. */
    OFF,
    /** The file system's change events, through {@link java.nio.file.WatchService}: {@code -Dlab.watch}. */
    EVENTS,
    /** Compare the files' times and sizes a few times a second: {@code -Dlab.watch=poll}. */
    POLL;

    /** Read the option; {@code null} means it was not given. */
    static WatchMode parse(String value) {
        if (value == null) {
            return OFF;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "false" -> OFF;
            case "", "true" -> EVENTS;
            case "poll" -> POLL;
            default ->
                throw new IllegalArgumentException("-Dlab.watch=" + value + " is not a watch mode; write -Dlab.watch"
                        + " to re-grade on every save, or -Dlab.watch=poll where saves go unnoticed (WSL, a"
                        + " mounted folder).");
        };
    }

    public boolean on() {
        return this != OFF;
    }
}
